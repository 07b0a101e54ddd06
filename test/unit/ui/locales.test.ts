// Every UI string goes through _locales: each key the code or the pages use exists in English,
// and every English message is used (so the file stays the complete list).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../fixtures';

const ROOT = new URL('../../../', import.meta.url).pathname;
// src/shared too: the panel's group labels (groupLabel) moved there with the paging change.
const UI_DIRS = ['src/popup', 'src/options', 'src/background', 'src/content', 'src/shared'];

function sources(): { file: string; text: string }[] {
  // Files only: src/content/generated/ holds the built palette stylesheet, which has no strings.
  return UI_DIRS.flatMap((dir) =>
    readdirSync(join(ROOT, dir), { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map(({ name }) => ({
        file: `${dir}/${name}`,
        text: readFileSync(join(ROOT, dir, name), 'utf8'),
      })),
  );
}

/** Message keys referenced: data-i18n attributes, t('key'), getMessage('key'), and key tables ('…Key': 'x'). */
function usedKeys(): Set<string> {
  const keys = new Set<string>();
  const patterns = [
    /data-i18n(?:-label)?="([A-Za-z0-9_]+)"/g,
    /\bt\(\s*'([A-Za-z0-9_]+)'/g,
    /getMessage\(\s*'([A-Za-z0-9_]+)'/g,
    /\bmessage\(\s*'([A-Za-z0-9_]+)'/g,
    /'((?:analyze|state|restricted|speakerType|kind|creditType|summary|statement|filter|export|article|credits|options|scheme)[A-Z][A-Za-z0-9_]*)'/g,
  ];
  for (const { text } of sources())
    for (const p of patterns) for (const m of text.matchAll(p)) keys.add(m[1] ?? '');
  const manifest = readFileSync(join(ROOT, 'manifest.json'), 'utf8');
  for (const m of manifest.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) keys.add(m[1] ?? '');
  return keys;
}

describe('_locales/en', () => {
  const used = usedKeys();
  it('has every key the UI uses', () => {
    expect([...used].filter((k) => !(k in MESSAGES))).toEqual([]);
  });
  it('uses only key names both browsers accept', () => {
    expect(Object.keys(MESSAGES).filter((k) => !/^[A-Za-z0-9_]+$/.test(k))).toEqual([]);
  });
  it('has no unused messages', () => {
    expect(Object.keys(MESSAGES).filter((k) => !used.has(k))).toEqual([]);
  });
  it('has a non-empty message for every key', () => {
    expect(
      Object.entries(MESSAGES).filter(([, v]) => typeof v.message !== 'string' || v.message.trim() === ''),
    ).toEqual([]);
  });
});

describe('_locales/en spelling', () => {
  // One variant (American) throughout the English UI: a British spelling beside an American one reads as
  // a slip. Rows are the British forms we have used or might.
  const BRITISH = [
    /analys(e|ed|ing)\b/i,
    /colour/i,
    /recognis/i,
    /organis/i,
    /behaviour/i,
    /favour/i,
    /centre/i,
    /licence/i,
    /catalogue/i,
  ];
  it.each(BRITISH)('no %s', (pattern) => {
    expect(
      Object.entries(MESSAGES)
        .filter(([, v]) => pattern.test(String(v.message)))
        .map(([k]) => k),
    ).toEqual([]);
  });
  it('has no jargon labels', () => {
    expect(
      Object.entries(MESSAGES)
        .filter(([, v]) => /\bcue\b|attribution/i.test(String(v.message)))
        .map(([k]) => k),
    ).toEqual([]);
  });
});
