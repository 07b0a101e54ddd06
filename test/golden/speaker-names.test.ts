// The page floor of issue 10 over the CLI's output for every saved news page in ../shared/newspages
// (skipped with a notice when absent): no speaker typed person, organization or unnamed is named by a
// pronoun, a number, a date, a contraction, a section or label word, or an all-caps label.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeInput } from '../../src/cli/analyze-input';
import { extractHtml } from '../../src/cli/extract-html';
import { lowerCaseWords, notANameReason } from './not-a-name';

const DIR = join(import.meta.dirname, '../../../shared/newspages');
const PAGES = existsSync(DIR)
  ? readdirSync(DIR).filter((name) => statSync(join(DIR, name)).isDirectory())
  : [];
if (PAGES.length === 0) console.warn(`[golden] ${DIR} is absent: the speaker-name floor is skipped.`);

const NAMED_TYPES = new Set(['person', 'organization', 'unnamed']);

describe('notANameReason', () => {
  const page = lowerCaseWords('keeping score of the economy, the police said');
  it.each([
    ['she', 'pronoun'],
    ['They', 'pronoun'],
    ['6.2', 'number'],
    ['2,000', 'number'],
    ['October 28', 'date'],
    ['a Dec', 'date'],
    ['May 3', 'date'],
    ['Tuesday', 'date'],
    ['I’ve', 'contraction'],
    ["We'll", 'contraction'],
    ['Additional', 'label word'],
    ['RELATED', 'label word'],
    ['BELOW', 'label word'],
    ['ECONOMY', 'all-caps label'],
    ['KEEPING SCORE', 'all-caps label'],
    ['SPRINGFIELD POLICE', null],
    ['WHO', null],
    ['I', 'pronoun'],
    ['sources', null],
    ['Theresa May', null],
    ['May', null],
    ['NASA', null],
    ['Jane Roe', null],
    ['an 8-year-old boy', null],
    ['the company', null],
  ])('%s → %s', (name, reason) => {
    expect(notANameReason(name, page)).toBe(reason);
  });
});

describe.skipIf(PAGES.length === 0)('speaker names on real news pages', () => {
  it.each(PAGES)('%s', (name) => {
    const input = join(DIR, name, 'source.html');
    const { text, analysis } = analyzeInput(input, readFileSync(input, 'utf8'), extractHtml);
    const pageWords = lowerCaseWords(text);
    const bad = analysis.statements.flatMap((s) => {
      const speaker = s.speaker;
      if (!speaker || !NAMED_TYPES.has(speaker.type)) return [];
      const reason = notANameReason(speaker.name, pageWords);
      return reason ? [`${speaker.type} "${speaker.name}" (${reason})`] : [];
    });
    expect([...new Set(bad)]).toEqual([]);
  });
});
