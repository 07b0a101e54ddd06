// Small builders for UI tests: invented statements, not taken from any corpus.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Analysis, Speaker, SpeakerType, Statement } from '../../src/core/types';

let next = 0;

/** A speaker whose id derives from type and name unless `extra` sets one (the core's ids are opaque). */
export function speaker(
  name: string,
  type: SpeakerType = 'person',
  role: string | null = null,
  extra: Partial<Speaker> = {},
): Speaker {
  const id = `e:${type}:${name.toLowerCase()}`;
  const confidence = type === 'unknown' ? 0 : 0.9;
  return { id, name, type, role, mention: null, aliases: [], confidence, ...extra };
}

/** A mention nothing resolved: the core keeps what the article wrote as the name, with its own id. */
export function unresolved(mention: string, id = `u:${mention}`): Speaker {
  return speaker(mention, 'unknown', null, { id, mention: { start: 0, end: mention.length, text: mention } });
}

export function statement(
  who: Speaker | null,
  text = `claim ${next + 1}`,
  extra: Partial<Statement> = {},
): Statement {
  next++;
  return {
    id: `s${next}`,
    start: next * 100,
    end: next * 100 + text.length,
    text,
    kind: 'indirect',
    cue: { text: 'said', start: 0, end: 4 },
    speaker: who,
    outlet: null,
    confidence: 0.9,
    ...extra,
  };
}

export function analysis(
  statements: readonly Statement[],
  article: Partial<Analysis['article']> = {},
): Analysis {
  return {
    statements,
    article: { title: null, publisher: null, byline: null, published: null, credits: [], ...article },
  };
}

const MESSAGES = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../_locales/en/messages.json'), 'utf8'),
) as Record<string, { message: string }>;

/** browser.i18n.getMessage over the real English strings; a missing key fails the test. */
export function translate(key: string, substitutions?: string | string[]): string {
  const entry = MESSAGES[key];
  if (!entry) throw new Error(`No message "${key}" in _locales/en/messages.json`);
  const subs =
    substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

export { MESSAGES };
