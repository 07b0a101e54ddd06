// withSurnameMentions on its own: which later capitalised words are mentions of a person, given the words
// the article uses alone as a speaker.
import { describe, expect, it } from 'vitest';
import { withSurnameMentions } from '../../../../src/core/coreference/surname-mentions';
import { findQuotes } from '../../../../src/core/quotes/find-quotes';
import { splitSentences } from '../../../../src/core/sentences/split-sentences';
import { splitParagraphs } from '../../../../src/core/text/paragraphs';
import { NearbyWords } from '../../../../src/core/text/nearby-words';

const mentionsOf = (text: string, word: string): string[] => {
  const paragraphs = splitParagraphs(text);
  const also = new NearbyWords();
  also.add(word, 0);
  const sentences = splitSentences(text, paragraphs, findQuotes(text, paragraphs));
  return withSurnameMentions(sentences, [], also).map((p) => text.slice(p.start, p.end));
};

describe('withSurnameMentions: a word used alone as a speaker', () => {
  it.each([
    ['is a mention where it is the subject', 'Then Verdant said it would wait.', ['Verdant']],
    ['is no mention modifying a noun after an article', 'A Verdant customer said he waited.', []],
    ['is no mention in "the X plant"', 'Workers at the Verdant plant were angry.', []],
    ['is a mention after an article when a name follows', 'It was a Verdant Tom could not fix.', ['Verdant']],
  ])('%s', (_rule, text, expected) => {
    expect(mentionsOf(text, 'verdant')).toEqual(expected);
  });
});
