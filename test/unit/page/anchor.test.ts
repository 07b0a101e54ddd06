import { describe, expect, it } from 'vitest';
import { anchorQuote, describeSpan } from '../../../src/page/anchor';

const ORIGINAL =
  'The mayor said the budget was balanced. Critics disagreed. ' +
  'Later the mayor said the budget was balanced again, and the council said it would vote on Friday.';

function spanOf(text: string, phrase: string, from = 0) {
  const start = text.indexOf(phrase, from);
  return { start, end: start + phrase.length };
}

describe('describeSpan', () => {
  it('keeps the quote, 32 characters of context each side and the position', () => {
    const span = spanOf(ORIGINAL, 'Critics disagreed.');
    const anchor = describeSpan(ORIGINAL, span);
    expect(anchor.exact).toBe('Critics disagreed.');
    expect(anchor.prefix).toBe(ORIGINAL.slice(span.start - 32, span.start));
    expect(anchor.suffix).toBe(ORIGINAL.slice(span.end, span.end + 32));
    expect(anchor.start).toBe(span.start);
  });
});

describe('anchorQuote', () => {
  const quote = 'the council said it would vote on Friday';
  it.each([
    ['unchanged text', ORIGINAL, quote],
    ['text inserted before it', `BREAKING: ${ORIGINAL}`, quote],
    ['an ad label inserted mid-article', ORIGINAL.replace('Critics', 'Advertisement Critics'), quote],
    ['a typo fixed inside the quote', ORIGINAL, quote, (t: string) => t.replace('would vote', 'will vote')],
    [
      'whitespace changed by a re-render',
      ORIGINAL,
      quote,
      (t: string) => t.replace('council said', 'council  said'),
    ],
  ])('finds the quote after %s', (_name, before, phrase, edit = (t: string) => t) => {
    const anchor = describeSpan(ORIGINAL, spanOf(ORIGINAL, phrase));
    const after = edit(before);
    const found = anchorQuote(after, anchor)!;
    expect(found).not.toBeNull();
    const expectedStart = after.indexOf('the council');
    expect(found.start).toBe(expectedStart);
    expect(after.slice(found.start, found.end)).toBe(edit(phrase));
  });

  it('tells repeated phrases apart by their context', () => {
    const phrase = 'the mayor said the budget was balanced';
    const second = spanOf(ORIGINAL, phrase.replace('the mayor', 'mayor'), 60);
    const anchor = describeSpan(ORIGINAL, { start: second.start - 4, end: second.end });
    // Shift everything: the position hint is now wrong, the context still points at the second one.
    const shiftedText = `${'x'.repeat(80)} ${ORIGINAL}`;
    const found = anchorQuote(shiftedText, anchor)!;
    expect(shiftedText.slice(found.end, found.end + 6)).toBe(' again');
  });

  it('uses the position when the context cannot decide', () => {
    const text = 'He said yes. He said yes. He said yes.';
    const anchor = { exact: 'He said yes.', prefix: '', suffix: '', start: 13 };
    expect(anchorQuote(text, anchor)).toEqual({ start: 13, end: 25 });
  });

  it('gives up when the quote is gone', () => {
    const anchor = describeSpan(ORIGINAL, spanOf(ORIGINAL, 'Critics disagreed.'));
    expect(anchorQuote('A completely different article about the weather in Lisbon.', anchor)).toBeNull();
  });

  it('refuses an empty quote', () => {
    expect(anchorQuote(ORIGINAL, { exact: '', prefix: '', suffix: '', start: 0 })).toBeNull();
  });
});
