// The paging part of the message contract (shared/messages.ts): the analysis's summary the panel lists
// first, and the pages of statements getStatements returns.
import type { Statement } from '../core/types';
import type { GroupType } from './group-by-speaker';
import { has } from './has-key';
import type { SourcingSummary } from './sourcing-summary';

/** A speaker's group as the panel lists it before it has their statements (shared/group-by-speaker.ts). */
export interface SpeakerSummary {
  readonly key: string;
  readonly name: string | null;
  readonly role: string | null;
  readonly type: GroupType;
  readonly aliases: readonly string[];
  readonly color: number;
  readonly count: number;
}

/** What the panel shows of an analysis before any of its statements: the counts and the speakers. */
export interface AnalysisSummary {
  readonly total: number;
  readonly sourcing: SourcingSummary;
  /** In the panel's order: most-quoted first, the unresolved and the unattributed last. */
  readonly speakers: readonly SpeakerSummary[];
}

/** Which statements: all, or one speaker's (a SpeakerSummary key, or the speaker of the statement with id
 * `speakerOf`), in text order from index `from`. */
export interface StatementsRequest {
  readonly from: number;
  readonly speaker?: string;
  readonly speakerOf?: string;
}

/** A page of statements (shared/statement-pages.ts bounds its size), and how many the selection has. */
export interface StatementPage {
  readonly statements: readonly Statement[];
  readonly total: number;
  /** The speaker's key, where the request was one speaker's. */
  readonly speaker?: string;
  /** On a live blog: these statements' entry times, by statement id. */
  readonly entryTimes?: Readonly<Record<string, string>>;
}

/** A reply to getStatements as far as the panel relies on it. */
export function isStatementPage(value: unknown): value is StatementPage {
  return (
    has(value, 'statements') &&
    Array.isArray(value.statements) &&
    has(value, 'total') &&
    typeof value.total === 'number'
  );
}
