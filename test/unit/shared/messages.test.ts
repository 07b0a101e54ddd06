import { describe, expect, it } from 'vitest';
import {
  answerContent,
  isAnalyzeReply,
  isBackgroundMessage,
  isContentReply,
  type ContentCommands,
  type ContentHandlers,
  type ContentMessage,
  type PageReport,
} from '../../../src/shared/messages';

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

const REPORT = {
  url: 'https://example.com/a',
  state: 'ready',
  analysis: { statements: [], article: ARTICLE },
};

describe('isContentReply: a reply is used only in its command’s shape', () => {
  const cases: [keyof ContentCommands, unknown, boolean][] = [
    ['getReport', REPORT, true],
    ['getReport', { ...REPORT, state: 'not-article', analysis: null }, true],
    ['getReport', { ...REPORT, state: 'finished' }, false],
    ['getReport', { state: 'ready', analysis: null }, false],
    ['getReport', { ...REPORT, analysis: { statements: 'none' } }, false],
    ['getReport', undefined, false],
    ['analyzeNow', REPORT, true],
    ['setActive', { shown: true }, false],
    ['showStatement', { shown: true }, true],
    ['showStatement', { shown: 'yes' }, false],
    ['stepStatement', REPORT, false],
    ['focusStatements', { shown: false }, true],
    ['focusStatements', REPORT, false],
    ['getStatements', { statements: [], total: 0 }, true],
    ['getStatements', { statements: [], total: '3' }, false],
    ['getStatements', REPORT, false],
  ];
  it.each(cases)('%s ← %j: %s', (type, reply, expected) => {
    expect(isContentReply(type, reply)).toBe(expected);
  });
});

describe('answerContent', () => {
  const report = REPORT as PageReport;
  const handlers: ContentHandlers = {
    getReport: async () => report,
    getStatements: async ({ from }) => ({ statements: [], total: from }),
    analyzeNow: async () => ({ ...report, state: 'analyzing' }),
    showStatement: async ({ id }) => ({ shown: id === 's1' }),
    stepStatement: async ({ direction }) => ({ shown: direction === 1 }),
    focusStatements: async ({ ids }) => ({ shown: ids !== null }),
    setActive: async ({ active }) => ({ ...report, state: active ? 'ready' : 'disabled' }),
    describeUi: () => Promise.reject(new Error('not in this test')),
  };
  const cases: [ContentMessage, unknown][] = [
    [{ type: 'getReport', payload: {} }, report],
    [{ type: 'showStatement', payload: { id: 's1' } }, { shown: true }],
    [{ type: 'showStatement', payload: { id: 's2' } }, { shown: false }],
    [{ type: 'stepStatement', payload: { direction: -1 } }, { shown: false }],
    [
      { type: 'setActive', payload: { active: false } },
      { ...report, state: 'disabled' },
    ],
  ];
  it.each(cases)('%j → %j', async (message, expected) => {
    expect(await answerContent(handlers, message)).toEqual(expected);
  });
});
