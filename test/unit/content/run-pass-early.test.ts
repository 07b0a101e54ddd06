// The first pass takes the background's analysis of the page's copy only when the page reads the very
// text and hints the copy gave (the statements' offsets are into that text); otherwise it asks for its own.
import { describe, expect, it, vi } from 'vitest';
import type { Analysis, ArticleHints } from '../../../src/shared/messages';

const asked = vi.hoisted(() => ({ texts: [] as string[] }));
vi.mock('webextension-polyfill', () => ({
  default: { storage: { local: { get: () => Promise.resolve({ recordTimings: false }) } } },
}));
vi.mock('../../../src/content/analyze-text', () => ({
  analyzeText: (text: string) => {
    asked.texts.push(text);
    return Promise.resolve(analysisTitled('asked'));
  },
}));
vi.mock('../../../src/content/anchor-statements', () => ({ anchorStatements: async () => [] }));
vi.mock('../../../src/content/paint-statements', () => ({ paintStatements: async () => undefined }));

const { runPass } = await import('../../../src/content/run-pass');

function analysisTitled(title: string): Analysis {
  return { statements: [], article: { title, publisher: null, byline: null, published: null, credits: [] } };
}

const TEXT = 'The plan is dead, the minister said on Monday.';
const HINTS: ArticleHints = { title: 'Plan', language: 'en' };

async function pass(copy: { text: string; hints: ArticleHints } | null): Promise<string | null> {
  const found = {
    located: { root: {} as Element, hints: HINTS },
    article: { root: {} as Element, text: TEXT, map: {} as never, hints: HINTS },
    analyzed: Promise.resolve(copy && { ...copy, analysis: analysisTitled('copy'), workMs: 1 }),
  };
  const view = { highlighter: {} as never, options: () => ({}) as never, replace: () => undefined };
  const page = await runPass({ extract: () => found }, view, new AbortController().signal);
  return page?.analysis.article.title ?? null;
}

describe("the background's analysis of the copy", () => {
  it('is used as it is when the page reads the same text and hints: nothing is asked', async () => {
    asked.texts = [];
    expect(await pass({ text: TEXT, hints: { ...HINTS, byline: null } })).toBe('copy');
    expect(asked.texts).toEqual([]);
  });

  it('is not used when the text differs, or a hint does: the page asks for its own', async () => {
    asked.texts = [];
    expect(await pass({ text: `${TEXT} More.`, hints: HINTS })).toBe('asked');
    expect(await pass({ text: TEXT, hints: { ...HINTS, language: 'de' } })).toBe('asked');
    expect(await pass(null)).toBe('asked');
    expect(asked.texts).toEqual([TEXT, TEXT, TEXT]);
  });
});
