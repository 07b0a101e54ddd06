// Table tests for the helper every statement step builds its drafts with.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes/find-quotes';
import { splitSentences, type Sentence } from '../../../../src/core/sentences/split-sentences';
import type { PhraseKind } from '../../../../src/core/speakers/speaker-phrase';
import { makeDraft, tokenCue, tokenPhrase } from '../../../../src/core/statements/make-draft';
import { splitParagraphs } from '../../../../src/core/text/paragraphs';

const sentencesOf = (text: string): Sentence[] => {
  const paras = splitParagraphs(text);
  return splitSentences(text, paras, findQuotes(text, paras));
};
const spanOf = (text: string, part: string) => ({
  start: text.indexOf(part),
  end: text.indexOf(part) + part.length,
});

describe('tokenCue', () => {
  it.each([
    ['Smith said so.', 1, 1, 'said'],
    ['According to Reuters, prices rose.', 0, 1, 'According to'],
    ['She spoke  about taxes.', 1, 2, 'spoke  about'], // as written: the inner spacing stays
    ['Cruz: Trump Would Put Liberals On Court', 1, 1, ':'],
  ])('%s: tokens %i–%i → %s', (text, first, last, cue) => {
    const c = tokenCue(text, sentencesOf(text)[0]!.tokens, first, last);
    expect(c).toEqual({ ...spanOf(text, cue), text: cue });
  });
});

describe('tokenPhrase', () => {
  it.each<[string, number, number, PhraseKind, string]>([
    ['Senior officials said no.', 0, 1, 'unnamed', 'Senior officials'],
    ['The White House said no.', 0, 2, 'proper', 'The White House'], // unlike phraseSpan, keeps "The"
    ['He said no.', 0, 0, 'pronoun', 'He'],
  ])('%s: tokens %i–%i (%s) → %s', (text, first, last, kind, phrase) => {
    const p = tokenPhrase(sentencesOf(text)[0]!.tokens, { first, last, kind });
    expect(p).toEqual({ ...spanOf(text, phrase), kind });
  });
});

describe('makeDraft', () => {
  it.each([
    ['Smith spoke.\nShe said they would win. Then she left.', 1, 'they would win', 1],
    ['“We will win,” Smith said.', 0, 'We will win', 0],
  ])('%s: sentence %i, content "%s" → paragraph %i', (text, index, content, paragraph) => {
    const s = sentencesOf(text)[index]!;
    const cue = { ...spanOf(text, 'said'), text: 'said' };
    const phrase = { start: 0, end: 5, kind: 'proper' as const };
    const draft = makeDraft(spanOf(text, content), s, { cue, phrase, via: 'verb' });
    expect(draft).toEqual({
      ...spanOf(text, content),
      cue,
      phrase,
      paragraph,
      via: 'verb',
      context: { start: s.start, end: s.end },
    });
    // the context is where the outlet is sought: the whole sentence, not just the content
    expect(text.slice(draft.context.start, draft.context.end)).toContain(content);
  });
});
