import { describe, expect, it } from 'vitest';
import { isAnalyzeReply, isBackgroundMessage } from '../../../src/shared/messages';

const ARTICLE = { title: null, publisher: null, byline: null, published: null, credits: [] };

describe('isAnalyzeReply', () => {
  const cases: [string, unknown, boolean][] = [
    ['a reply', { analysis: { statements: [], article: ARTICLE }, workMs: 3 }, true],
    ['nothing (no listener answered)', undefined, false],
    ['null', null, false],
    ['no workMs', { analysis: { statements: [], article: ARTICLE } }, false],
    ['statements not a list', { analysis: { statements: {}, article: ARTICLE }, workMs: 3 }, false],
    ['no article', { analysis: { statements: [] }, workMs: 3 }, false],
  ];
  it.each(cases)('%s → %s', (_, value, expected) => expect(isAnalyzeReply(value)).toBe(expected));
});

describe('isBackgroundMessage', () => {
  it.each([
    [{ type: 'analyze', payload: { text: 'x', hints: {} } }, true],
    [{ type: 'reportChanged', payload: { state: 'ready', count: 1 } }, true],
    [{ type: 'getReport', payload: {} }, false],
  ])('%j → %s', (message, expected) => expect(isBackgroundMessage(message)).toBe(expected));
});
