// One identity per speaker: every statement whose resolved speaker is the same person or organisation
// gets the same id ("e1", "e2", … in order of first statement) and the entity's other names as aliases
// ("the duchess", "Meghan"). Each unresolved mention ("she") is a speaker of its own.
import { RELATIVE_WHO } from '../lexicon/clause-boundary-words';
import { SPEAKER_PRONOUNS } from '../lexicon/pronouns';
import type { Speaker } from '../types';
import type { ResolvedSpeaker } from './resolve-phrase';
import { withoutPossessive } from '../text/possessive';

const keyOf = (s: ResolvedSpeaker): string =>
  s.entity === null ? `${s.type}:${s.name.toLowerCase()}` : `entity:${s.entity}`;
/** "she", "who": a pronoun is no other name for anyone. */
const isPronoun = (t: string): boolean =>
  Object.hasOwn(SPEAKER_PRONOUNS, t.toLowerCase()) || RELATIVE_WHO.has(t.toLowerCase());

export function groupEntities(speakers: readonly (ResolvedSpeaker | null)[]): (Speaker | null)[] {
  const ids = new Map<string, string>();
  const aliases = new Map<string, Set<string>>();
  let next = 0;
  const keys = speakers.map((s, i) => {
    if (!s) return null;
    // An unresolved mention is its own speaker; the quotes that continue it share its id.
    const key = s.type === 'unknown' ? `unknown:${s.mention?.start ?? `#${i}`}` : keyOf(s);
    if (!ids.has(key)) {
      ids.set(key, `e${++next}`);
      aliases.set(key, new Set());
    }
    const said = s.mention ? withoutPossessive(s.mention.text).trim() : undefined;
    if (s.type !== 'unknown' && said && !isPronoun(said) && said.toLowerCase() !== s.name.toLowerCase())
      aliases.get(key)?.add(said);
    return key;
  });
  const lists = new Map([...aliases].map(([key, set]) => [key, [...set]]));
  return speakers.map((s, i) => {
    const key = keys[i];
    const id = key && ids.get(key);
    if (!s || !key || !id) return null;
    const { name, type, role, mention, confidence } = s;
    return { id, name, type, role, mention, aliases: lists.get(key) ?? [], confidence };
  });
}
