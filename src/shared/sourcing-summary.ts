// How much of the article rests on whom: the counts behind the popup's "Sourcing" section.
import type { Statement } from '../core/types';

export interface SourcingSummary {
  readonly total: number;
  /** Statements attributed to a named person. */
  readonly people: number;
  readonly organizations: number;
  /** "Officials said", "a source familiar with…": attributed, but to no one nameable. */
  readonly unnamed: number;
  /** Attributed to a mention nothing resolved ("she"): someone, but the engine could not tell who. */
  readonly unresolved: number;
  /** Claims with no speaker at all. */
  readonly unattributed: number;
  /** Distinct named speakers (people and organizations), counted by entity, not by spelling. */
  readonly namedSpeakers: number;
}

export function summarizeSourcing(statements: readonly Statement[]): SourcingSummary {
  const counts = { people: 0, organizations: 0, unnamed: 0, unresolved: 0, unattributed: 0 };
  const named = new Set<string>();
  for (const { speaker } of statements) {
    switch (speaker?.type) {
      case 'person':
        counts.people++;
        named.add(speaker.id);
        break;
      case 'organization':
        counts.organizations++;
        named.add(speaker.id);
        break;
      case 'unnamed':
        counts.unnamed++;
        break;
      case 'unknown':
        counts.unresolved++;
        break;
      default:
        counts.unattributed++;
    }
  }
  return { total: statements.length, ...counts, namedSpeakers: named.size };
}
