// Small hand-made analyses for the formatter tables (not engine output: the formatters are tested alone).
import type { Analysis, Statement } from '../../../../src/core/types';

export const direct: Statement = {
  id: 's1',
  start: 10,
  end: 30,
  text: 'We will, "always" defend',
  kind: 'direct',
  cue: { text: 'said', start: 40, end: 44 },
  speaker: {
    name: 'Jane Doe',
    type: 'person',
    role: 'Minister of Defence',
    mention: { start: 32, end: 39, text: 'Ms. Doe' },
    id: 'e1',
    aliases: ['Ms. Doe'],
    confidence: 0.9,
  },
  outlet: 'Reuters',
  confidence: 0.9,
};

export const unattributed: Statement = {
  id: 's2',
  start: 50,
  end: 70,
  text: 'the talks\nwere over',
  kind: 'indirect',
  cue: null,
  speaker: null,
  outlet: null,
  confidence: 0.6,
};

/** A pronoun the engine matched to Jane Doe, less surely. */
export const probable: Statement = {
  ...direct,
  id: 's3',
  speaker: { ...direct.speaker!, mention: { start: 80, end: 83, text: 'She' }, confidence: 0.7 },
};

/** A mention nothing resolved: its name is what the article wrote, never to be shown as a name. */
export const unresolved: Statement = {
  ...direct,
  id: 's4',
  outlet: null,
  speaker: {
    id: 'e2',
    name: 'she',
    type: 'unknown',
    role: null,
    mention: { start: 90, end: 93, text: 'she' },
    aliases: [],
    confidence: 0,
  },
};

export const analysis: Analysis = {
  statements: [direct, unattributed],
  article: {
    title: 'Talks *end*',
    publisher: 'Daily Example',
    byline: 'By A. Writer',
    published: '2024-02-11',
    credits: [{ name: 'Reuters', type: 'news agency', evidence: ['(Reuters) -', 'reported by Reuters'] }],
  },
};

export const empty: Analysis = {
  statements: [],
  article: { title: null, publisher: null, byline: null, published: null, credits: [] },
};

/** The same statement with some fields replaced. */
export const withStatement = (overrides: Partial<Statement>): Analysis => ({
  ...empty,
  statements: [{ ...direct, ...overrides }],
});
