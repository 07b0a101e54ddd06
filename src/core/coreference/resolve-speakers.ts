// Typed, resolved speakers: surnames and titled mentions link to the first full mention
// ("Stoltenberg" → Jens Stoltenberg), pronouns to the latest compatible person, and quotes that
// continue a speaker reuse the mention that named them. Unknown beats wrong.
import { FIRST_NAMES } from '../lexicon/first-names';
import { SPEAKER_PRONOUNS } from '../lexicon/pronouns';
import { classifyPhrase } from '../speakers/classify-speaker';
import type { Draft } from '../statements/draft';
import type { Speaker } from '../types';

/** A speaker before entities are grouped: group-entities.ts adds the id and the aliases. */
export type ResolvedSpeaker = Omit<Speaker, 'id' | 'aliases'>;
import type { PersonMention } from './find-people';

const POSSESSIVES: Readonly<Record<string, string>> = { his: 'he', her: 'she', their: 'they', its: 'it' };
/** Speaker confidence by the evidence that named the speaker. */
const CONFIDENCE = { named: 0.9, pronoun: 0.7 } as const;
/** How far back (characters) a pronoun looks for its antecedent. */
const PRONOUN_WINDOW = 1500;

interface Entity {
  readonly name: string;
  readonly role: string | null;
  readonly gender: 'm' | 'f' | null;
}
interface Seen extends Entity {
  readonly offset: number;
  readonly type: Speaker['type'];
  readonly plural: boolean;
}

/** The role with more words wins ("former President" over "President"); ties keep the first seen. */
const fuller = (a: string | null, b: string | null): string | null =>
  !a ? b : !b ? a : b.split(' ').length > a.split(' ').length ? b : a;

export function resolveSpeakers(
  text: string,
  people: readonly PersonMention[],
  drafts: readonly Draft[],
): (ResolvedSpeaker | null)[] {
  const bySurname = new Map<string, Entity>();
  for (const p of people)
    if (p.full && !bySurname.has(p.surname.toLowerCase()))
      bySurname.set(p.surname.toLowerCase(), { name: p.name, role: p.role, gender: p.gender });
  const known: Seen[] = people.map((p) => {
    const ent = bySurname.get(p.surname.toLowerCase());
    const gender = p.gender ?? ent?.gender ?? null;
    return {
      name: ent?.name ?? p.name,
      role: ent?.role ?? p.role,
      gender,
      offset: p.start,
      type: 'person',
      plural: false,
    };
  });
  const seen: Seen[] = []; // speakers, in text order like the drafts
  const resolved = new Map<string, ResolvedSpeaker>();
  const classified = new Map<string, ReturnType<typeof classifyPhrase>>(); // same words, same reading
  const out: (ResolvedSpeaker | null)[] = [];
  for (const d of drafts) {
    const p = d.phrase;
    if (!p) {
      out.push(null);
      continue;
    }
    const key = `${p.start}:${p.end}`;
    const prior = resolved.get(key);
    if (prior) {
      out.push(prior);
      continue;
    }
    const mentionText = text.slice(p.start, p.end);
    const mention = { start: p.start, end: p.end, text: mentionText };
    let speaker: ResolvedSpeaker;
    const bareText = mentionText.toLowerCase().replace(/[’'](s|ll|d|ve|re)$/, '');
    const pron = SPEAKER_PRONOUNS[POSSESSIVES[bareText] ?? bareText]; // "his remarks" → he
    if (p.kind === 'relative' && !p.antecedent) {
      // "bankers who concluded …": "who" with no speaker phrase to stand for names nobody
      speaker = { name: mentionText, type: 'unknown', role: null, mention, confidence: 0 };
    } else if (pron) {
      const ante = antecedent(seen, known, p.start, pron);
      speaker = ante
        ? { name: ante.name, type: ante.type, role: ante.role, mention, confidence: CONFIDENCE.pronoun }
        : { name: mentionText, type: 'unknown', role: null, mention, confidence: 0 };
    } else {
      // A relative "who" is named by its antecedent ("Barkley, who said …").
      const named = p.antecedent ?? p;
      const kind = named.kind === 'pronoun' || named.kind === 'relative' ? 'proper' : named.kind;
      const namedText = text.slice(named.start, named.end);
      const cacheKey = `${kind}:${namedText}`;
      const c = classified.get(cacheKey) ?? classifyPhrase(namedText, kind);
      classified.set(cacheKey, c);
      let { name, role } = c;
      let gender: 'm' | 'f' | null = null;
      if (c.type === 'person') {
        const words = name.split(/\s+/);
        const surname = words[words.length - 1]!.toLowerCase();
        const ent = bySurname.get(surname);
        gender = FIRST_NAMES.get(words[0]!.toLowerCase()) ?? null;
        if (ent && (words.length === 1 || ent.name === name)) {
          name = ent.name;
          role = fuller(ent.role, role);
          gender = ent.gender ?? gender;
        }
        if (words.length > 1 || !ent) {
          const merged = {
            name,
            role: fuller(ent?.role ?? null, role),
            gender: gender ?? ent?.gender ?? null,
          };
          if (!ent || ent.name === name) bySurname.set(surname, merged);
        }
        const honor = /^(mr|sir)\b/i.test(text.slice(named.start, named.end))
          ? 'm'
          : /^(mrs|ms|miss)\b/i.test(text.slice(named.start, named.end))
            ? 'f'
            : null;
        gender = gender ?? honor;
      }
      speaker = { name, type: c.type, role, mention, confidence: CONFIDENCE.named };
      seen.push({
        name,
        role,
        gender,
        offset: p.start,
        type: c.type,
        plural: c.type === 'unnamed' && /s$/.test(name),
      });
    }
    resolved.set(key, speaker);
    out.push(speaker);
  }
  return out;
}

/** Index of the last item before offset (items sorted by offset). */
function lastBefore(items: readonly Seen[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.offset < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function fits(s: Seen, pron: 'm' | 'f' | 'plural' | 'thing'): boolean {
  if (pron === 'thing') return s.type === 'organization';
  if (pron === 'plural') return s.plural;
  return s.type === 'person' && (s.gender === pron || s.gender === null);
}

/** The latest compatible speaker or person mention within the window before offset. */
function antecedent(
  seen: readonly Seen[],
  known: readonly Seen[],
  offset: number,
  pron: 'm' | 'f' | 'plural' | 'thing',
): Seen | null {
  let i = lastBefore(seen, offset);
  let k = lastBefore(known, offset);
  while (i >= 0 || k >= 0) {
    const a = i >= 0 ? seen[i]! : null;
    const b = k >= 0 ? known[k]! : null;
    const s = a && (!b || a.offset >= b.offset) ? a : b!;
    if (s === a) i--;
    else k--;
    if (offset - s.offset > PRONOUN_WINDOW) return null;
    if (fits(s, pron)) return s;
  }
  return null;
}
