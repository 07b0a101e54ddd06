// Table tests for attribution forms seen in unseen news, on sentences written for this project: the
// statement each sentence holds and who said it. A regression is one new row.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';

/** The one statement of `text` and its speaker's name. */
function only(text: string): [string | undefined, string | null | undefined] {
  const statements = analyze(text).statements;
  expect(statements.map((s) => s.text)).toHaveLength(1);
  return [statements[0]?.text, statements[0]?.speaker?.name];
}

describe('forms: a speaker set off by commas', () => {
  it.each([
    [
      'Harbour clerk Ana Ruiz, 56, says the ferry has never left on time.',
      'the ferry has never left on time',
      'Ana Ruiz',
    ],
    [
      'Retired welder Tom Baird, 71, said the new rink was built on bad soil.',
      'the new rink was built on bad soil',
      'Tom Baird',
    ],
  ])('%s', (text, said, name) => {
    expect(only(text)).toEqual([said, name]);
  });
});
