// Every cue filter proves itself on its own example: the rule rejects the [bracketed] form there, and
// findCues keeps no cue at it; a `keeps` sentence shows the near miss the rule must let through.
import { describe, expect, it } from 'vitest';
import { CUE_FILTERS, cueForm, findCues } from '../../../../src/core/cues/find-cues';
import { findQuotes } from '../../../../src/core/quotes/find-quotes';
import { splitSentences, type Sentence } from '../../../../src/core/sentences/split-sentences';
import { splitParagraphs } from '../../../../src/core/text/paragraphs';
import { tokenWindow } from '../../../../src/core/text/token-window';

/** The example's one sentence, and the token index of its [bracketed] word. */
function marked(example: string): { sentence: Sentence; index: number } {
  const at = example.indexOf('[');
  expect(at, `"${example}" marks no [word]`).toBeGreaterThanOrEqual(0);
  const text = example.replace(/[[\]]/g, '');
  const paragraphs = splitParagraphs(text);
  const sentence = splitSentences(text, paragraphs, findQuotes(text, paragraphs)).find(
    (s) => s.start <= at && at < s.end,
  );
  if (!sentence) throw new Error(`no sentence holds the mark in "${example}"`);
  const index = sentence.tokens.findIndex((t) => t.start === at);
  expect(index, `the mark in "${example}" does not start a token`).toBeGreaterThanOrEqual(0);
  return { sentence, index };
}

function verdict(filter: (typeof CUE_FILTERS)[number], example: string) {
  const { sentence, index } = marked(example);
  const hit = cueForm(sentence.tokens[index]?.lower ?? '');
  if (!hit) throw new Error(`the marked word in "${example}" is no cue-verb form`);
  return {
    rejected: filter.rejects(tokenWindow(sentence.tokens, index), hit),
    found: findCues(sentence).some((c) => c.index === index),
  };
}

describe('cue filters: each example shows its rule', () => {
  it('names every filter once', () => {
    const names = CUE_FILTERS.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(CUE_FILTERS.map((f) => [f.name, f] as const))('%s', (_name, filter) => {
    expect(filter.reason.length).toBeGreaterThan(10);
    expect(verdict(filter, filter.example)).toEqual({ rejected: true, found: false });
    if (filter.keeps) expect(verdict(filter, filter.keeps).rejected).toBe(false);
  });
});
