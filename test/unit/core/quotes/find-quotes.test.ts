// Table tests for findQuotes: the quotation marks it pairs and what they hold.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes/find-quotes';
import { splitParagraphs } from '../../../../src/core/text/paragraphs';

describe('findQuotes', () => {
  it.each([
    ['He said “we will win” today.', ['we will win']],
    ['"They sue," he said. "Everybody sues."', ['They sue,', 'Everybody sues.']],
    ["''It was my duty,'' he wrote.", ['It was my duty,']],
    // an inner single quote closing right before the doubled one: ,''' is ' then ''
    ["''They call it 'a special case,''' she said.", ["They call it 'a special case,'"]],
    ['«Nous gagnerons», a-t-il dit.', ['Nous gagnerons']],
    ['“A quote that goes on', ['A quote that goes on']],
  ])('%s', (text, inner) => {
    const quotes = findQuotes(text, splitParagraphs(text));
    expect(quotes.map((q) => text.slice(q.inner.start, q.inner.end))).toEqual(inner);
  });
});
