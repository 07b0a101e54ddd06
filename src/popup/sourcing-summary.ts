// How much of the article rests on whom: the counts behind the popup's "Sourcing" section.
import type { Statement } from '../core/types';

export interface SourcingSummary {
  readonly total: number;
  /** Statements attributed to a named person. */
  readonly people: number;
  readonly organizations: number;
  /** "Officials said", "a source familiar with…": attributed, but to no one nameable. */
  readonly unnamed: number;
  /** Claims with no speaker, or one the engine could not classify. */
  readonly unattributed: number;
  /** Distinct named speakers (people and organizations). */
  readonly namedSpeakers: number;
}

export function summarizeSourcing(statements: readonly Statement[]): SourcingSummary {
  const counts = { people: 0, organizations: 0, unnamed: 0, unattributed: 0 };
  const named = new Set<string>();
  for (const { speaker } of statements) {
    switch (speaker?.type) {
      case 'person':
        counts.people++;
        named.add(`person:${speaker.name.toLowerCase()}`);
        break;
      case 'organization':
        counts.organizations++;
        named.add(`organization:${speaker.name.toLowerCase()}`);
        break;
      case 'unnamed':
        counts.unnamed++;
        break;
      default:
        counts.unattributed++;
    }
  }
  return { total: statements.length, ...counts, namedSpeakers: named.size };
}
