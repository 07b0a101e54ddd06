// Every lexicon list is written one entry a line, in code-unit order (src/core/lexicon/word-list.ts says
// why), and holds no word twice. Checked on the source text, where a duplicate still shows (a set hides it),
// and on what each module exports: sets and maps built from several lists, arrays, records.
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { mapOf, setOf, wordList, writtenCount } from '../../../../src/core/lexicon/word-list';

const DIR = 'src/core/lexicon';

/** Files this test leaves alone, and why. */
const NOT_CHECKED: Readonly<Record<string, string>> = {
  'cue-verbs.ts': 'one record per verb, not a word list: cue-verbs.test.ts checks its order and duplicates',
  'word-list.ts': 'the helpers that read the lists',
};

/** Exported arrays whose order is read by code (first match wins), by name: none today. */
const ORDERED_ARRAYS: readonly string[] = [];

/** Where `entries` are not strictly increasing in code units: out of order, or written twice. */
function disorder(entries: readonly string[]): string[] {
  return entries.flatMap((entry, i) => {
    const previous = entries[i - 1];
    return previous !== undefined && !(previous < entry) ? [`"${previous}" before "${entry}"`] : [];
  });
}

/** The template literals of a source file, each as its list of entries. */
function templateLists(code: string): (readonly string[])[] {
  const source = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true);
  const lists: (readonly string[])[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isNoSubstitutionTemplateLiteral(node)) lists.push(wordList(node.text));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return lists;
}

/** What is wrong with one export: a set or map built with a word twice, entries out of order. */
function exportProblems(name: string, value: unknown): string[] {
  if (value instanceof Set || value instanceof Map) {
    const written = writtenCount(value);
    if (written !== undefined)
      return written === value.size ? [] : [`${name}: ${written - value.size} word(s) written twice`];
    if (value instanceof Set) return [`${name}: a set not built by setOf`];
    return disorder([...value.keys()].map(String)).map((p) => `${name} keys: ${p}`);
  }
  if (Array.isArray(value))
    return ORDERED_ARRAYS.includes(name) ? [] : disorder(value.map(String)).map((p) => `${name}: ${p}`);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    return [
      ...disorder(entries.map(([key]) => key)).map((p) => `${name} keys: ${p}`),
      ...entries.flatMap(([key, v]) => (Array.isArray(v) ? exportProblems(`${name}.${key}`, v) : [])),
    ];
  }
  return [`${name}: not a list (${typeof value})`];
}

describe('the list helpers', () => {
  it.each([
    ['\n  about\n  above\n', ['about', 'above']],
    ['\n  according to\n\n    after  \n', ['according to', 'after']],
    ['', []],
  ])('wordList(%j) = %j', (text, expected) => {
    expect(wordList(text)).toEqual(expected);
  });

  it('setOf counts what it was written with, so a word written twice shows', () => {
    const set = setOf('\n  a\n  b\n', new Set(['b', 'c']), ['d']);
    expect([...set]).toEqual(['a', 'b', 'c', 'd']);
    expect([writtenCount(set), set.size]).toEqual([5, 4]);
    expect(exportProblems('S', set)).toEqual(['S: 1 word(s) written twice']);
  });

  it('mapOf maps each word to its group, and counts too', () => {
    const map = mapOf({ m: '\n  al\n  kim\n', f: '\n  ann\n  kim\n' });
    expect(map.get('al')).toBe('m');
    expect([writtenCount(map), map.size]).toEqual([4, 3]);
    expect(writtenCount(new Map())).toBeUndefined();
  });

  it.each([
    [['a', 'b', 'c'], []],
    [['b', 'a'], ['"b" before "a"']],
    [['a', 'a'], ['"a" before "a"']],
    [['Zulu', 'apple'], []],
    [['mr', 'mr.', 'mrs'], []],
    [['québec', 'quebec'], ['"québec" before "quebec"']],
  ])('disorder(%j) = %j', (entries, expected) => {
    expect(disorder(entries)).toEqual(expected);
  });

  it.each([
    ['an unsorted array', ['b', 'a'], ['X: "b" before "a"']],
    ['a record with unsorted keys', { b: 1, a: 2 }, ['X keys: "b" before "a"']],
    ['a record with an unsorted array', { a: ['z', 'y'] }, ['X.a: "z" before "y"']],
    ['a set built by hand', new Set(['a']), ['X: a set not built by setOf']],
    ['a map by hand, keys sorted', new Map([['a', 1]]), []],
  ])('exportProblems: %s', (_, value, expected) => {
    expect(exportProblems('X', value)).toEqual(expected);
  });

  it('templateLists reads every template literal of a file', () => {
    const code = 'const A = setOf(`\n  b\n  a\n`);\nconst B = `\n  c\n`;\nconst C = "d e";';
    expect(templateLists(code)).toEqual([['b', 'a'], ['c']]);
  });
});

describe('every lexicon list: one entry a line, sorted, no word twice', () => {
  // given-names/ holds the generated list in files of 290 names
  const files = readdirSync(DIR, { recursive: true, encoding: 'utf8' }).filter(
    (name) => name.endsWith('.ts') && !(name in NOT_CHECKED),
  );

  it('finds the lexicon files', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files)('%s: its lists are sorted and hold no duplicate', (file) => {
    const code = readFileSync(`${DIR}/${file}`, 'utf8');
    expect(templateLists(code).flatMap(disorder)).toEqual([]);
    // The old shapes ('a b c'.split(' '), wordSet('a b c')) would hide a list from the check above.
    expect(code).not.toMatch(/\.split\(|\.join\(|\bwordSet\(|new Set\(/);
  });

  it.each(files)('%s: its exports are sorted and were written once', async (file) => {
    const module = (await import(pathToFileURL(`${DIR}/${file}`).href)) as Record<string, unknown>;
    expect(Object.keys(module).length).toBeGreaterThan(0);
    expect(Object.entries(module).flatMap(([name, value]) => exportProblems(name, value))).toEqual([]);
  });
});
