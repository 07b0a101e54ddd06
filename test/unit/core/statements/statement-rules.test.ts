// Every statement rule proves itself on its own example: run alone over the example's sentences, it finds
// the [bracketed] words as a statement.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes/find-quotes';
import { splitSentences } from '../../../../src/core/sentences/split-sentences';
import { STATEMENT_RULES, type StatementRule } from '../../../../src/core/statements/statement-rules';
import { splitParagraphs } from '../../../../src/core/text/paragraphs';

/** Everything `rule` finds in `text`, as the words it found. */
function found(rule: StatementRule, text: string): string[] {
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text, paragraphs, findQuotes(text, paragraphs));
  return sentences.flatMap((sentence, i) =>
    rule
      .builds({
        text,
        sentence,
        previous: sentences[i - 1],
        next: sentences[i + 1],
        isKnownSpeaker: () => false,
      })
      .flatMap((d) => (d ? [text.slice(d.start, d.end)] : [])),
  );
}

describe('statement rules: each example shows its rule', () => {
  it('names every rule once', () => {
    const names = STATEMENT_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(STATEMENT_RULES.map((r) => [r.name, r] as const))('%s', (_name, rule) => {
    const said = /\[([^\]]+)\]/.exec(rule.example)?.[1];
    expect(said, `"${rule.example}" marks no [words]`).toBeDefined();
    expect(found(rule, rule.example.replace(/[[\]]/g, ''))).toContain(said);
  });

  it.each(STATEMENT_RULES.map((r) => [r.name, r] as const))(
    '%s finds nothing in a plain sentence',
    (_n, rule) => {
      expect(found(rule, 'The ferry leaves the harbour at noon every day.')).toEqual([]);
    },
  );
});
