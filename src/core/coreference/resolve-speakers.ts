// Typed, resolved speakers. The article is read once in text order: every person mention and every
// statement's speaker phrase lands on an entity (entity-table.ts), so "McCallum", "the mayor" and "he"
// come out as the fullest name the article gives ("Doug McCallum"). Unknown beats wrong.
import { IRREGULAR } from '../lexicon/cue-verbs';
import { DOCUMENT_NOUNS } from '../lexicon/document-nouns';
import { FIRST_NAMES } from '../lexicon/first-names';
import { SPEAKER_PRONOUNS } from '../lexicon/pronouns';
import { GENDERED_ROLE_NOUNS } from '../lexicon/role-nouns';
import { classifyPhrase, type Classified } from '../speakers/classify-speaker';
import type { Draft, SpeakerPhrase } from '../statements/draft';
import type { Speaker } from '../types';
import { describedEntity } from './described-entity';
import { EntityTable, type EntityRecord, type Gender } from './entity-table';
import { introducedLater } from './introduced-later';
import type { OrgMention } from './find-organizations';
import type { PersonMention } from './find-people';
import { pronounAntecedent, type Attribution, type SeenMention } from './pronoun-antecedent';

/** A speaker before entities are grouped: group-entities.ts adds the id and the aliases. */
export type ResolvedSpeaker = Omit<Speaker, 'id' | 'aliases'> & { readonly entity: number | null };

/** Speaker confidence by the evidence that named the speaker. */
const CONFIDENCE = {
  fullName: 0.95,
  name: 0.85,
  unnamed: 0.8,
  described: 0.75,
  pronoun: 0.7,
  orphan: 0.5,
} as const;
const POSSESSIVES: Readonly<Record<string, string>> = { his: 'he', her: 'she', their: 'they', its: 'it' };
/** Irregular past forms of cue verbs ("said", "told"): not the plural present. */
const PAST_FORMS: ReadonlySet<string> = new Set(
  Object.values(IRREGULAR).flatMap((forms) => forms.slice(1, 3)),
);
const HONORIFIC = /^(mr|mrs|ms|miss|dr|prof|sen|rep|gov)\b/i;
const HONORIFIC_GENDER: readonly [RegExp, 'm' | 'f'][] = [
  [/^(mr|sir)\b/i, 'm'],
  [/^(mrs|ms|miss)\b/i, 'f'],
];

export interface ResolveInput {
  readonly text: string;
  readonly people: readonly PersonMention[];
  readonly organizations: readonly OrgMention[];
  readonly drafts: readonly Draft[];
  /** Is this offset inside a quotation? Names inside quotes are not antecedents of the speaker's "he". */
  readonly inQuote: (offset: number) => boolean;
  /** Surname → gender from the article's own pronouns (infer-genders.ts), for names no lexicon knows. */
  readonly genders: ReadonlyMap<string, 'm' | 'f'>;
}

export function resolveSpeakers({
  text,
  people,
  organizations,
  drafts,
  inQuote,
  genders,
}: ResolveInput): (ResolvedSpeaker | null)[] {
  const table = new EntityTable();
  // Full names first, so a surname seen before the full name still resolves to the fullest name.
  const genderOf = (p: PersonMention): Gender =>
    p.gender ??
    genders.get(p.name.toLowerCase()) ??
    genders.get(p.surname.toLowerCase()) ??
    p.roleWords.map((w) => GENDERED_ROLE_NOUNS[w]).find(Boolean) ?? // "spokeswoman Ana Ruiz"
    null;
  for (const p of people) if (p.full) table.person(p.name, p.role, genderOf(p), -1);
  const seen: SeenMention[] = [];
  const out: (ResolvedSpeaker | null)[] = drafts.map(() => null);
  const byPhrase = new Map<string, ResolvedSpeaker>();
  let prev: Attribution | null = null;
  const cache = new Map<string, Classified>();
  const classified = (said: string, kind: 'proper' | 'unnamed' | 'raw'): Classified => {
    const key = `${kind}:${said}`;
    const c = cache.get(key) ?? classifyPhrase(said, kind);
    cache.set(key, c);
    return c;
  };
  const order = drafts.map((d, i) => ({ d, i, at: d.phrase?.start ?? d.start })).sort((a, b) => a.at - b.at);
  let m = 0;
  let o = 0;
  for (const { d, i, at } of order) {
    for (; o < organizations.length && organizations[o]!.start < at; o++) {
      const om = organizations[o]!;
      const e = table.organization(om.name, om.start, om.plural);
      seen.push({ entity: e, start: om.start, quoted: inQuote(om.start), salient: true });
    }
    for (; m < people.length && people[m]!.start < at; m++) {
      const pm = people[m]!;
      const e = table.person(pm.name, pm.role, genderOf(pm), pm.start);
      for (const w of pm.roleWords) e.roleWords.add(w);
      seen.push({ entity: e, start: pm.start, quoted: inQuote(pm.start), salient: pm.subject });
    }
    const p = d.phrase;
    const speaker: ResolvedSpeaker | null = p
      ? (byPhrase.get(`${p.start}:${p.end}`) ??
        resolvePhrase({
          text,
          p,
          table,
          seen,
          prev,
          genders,
          people,
          classified,
          cue: d.cue?.text.toLowerCase() ?? null,
        }))
      : d.via === 'float' && endsParagraph(text, d.end)
        ? orphanSpeaker(seen, prev, d.start)
        : null;
    if (!speaker) continue;
    if (p) byPhrase.set(`${p.start}:${p.end}`, speaker);
    out[i] = speaker;
    const e: EntityRecord | null = speaker.entity === null ? null : table.all[speaker.entity]!;
    if (e) {
      e.statements++;
      prev = { entity: e, end: Math.max(d.end, p?.end ?? 0) };
      if (p && p.kind !== 'pronoun') seen.push({ entity: e, start: p.start, quoted: false, salient: true });
    }
  }
  return out.map((s) => s && { ...s, ...(s.entity === null ? {} : current(table.all[s.entity]!)) });
}

/** "her statement" → "her"; "Infrastructure Canada’s public database" → "Infrastructure Canada"; null when
 * the phrase names no document. */
function documentOwner(said: string): string | null {
  const m = /^(.+?)(?:[’']s)?\s+(?:[\p{L}-]+\s+){0,2}([\p{Ll}]+)$/u.exec(said);
  if (!m || !DOCUMENT_NOUNS.has(m[2]!)) return null;
  const owner = m[1]!;
  const possessive = /[’']s\s/.test(said.slice(owner.length, owner.length + 3));
  return possessive || /^(his|her|their|its)$/i.test(owner) ? owner : null;
}

/** Only closing marks and stops follow the span in its paragraph: a quote with words after it may have
 * an attribution there that no rule read ("“…,” DUP MP Nigel Dodds said on Monday"); guessing would be wrong. */
function endsParagraph(text: string, end: number): boolean {
  // A scan, not a slice to the paragraph's end: a paragraph may be a megabyte long.
  for (let i = end; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') return true;
    if (!CLOSING.has(c) && !/\s/.test(c)) return false;
  }
  return true;
}
const CLOSING = new Set([...'"\'“”‘’»«.,!?…)]']);

/** A quote standing alone in its paragraph with no cue near it: newspapers give such a quote to the
 * person the previous lines were about ("Her message now is simple: … ⏎ “You don't know …”"). */
function orphanSpeaker(
  seen: readonly SeenMention[],
  prev: Attribution | null,
  offset: number,
): ResolvedSpeaker | null {
  const e = pronounAntecedent(seen, prev, offset, 'person');
  return (
    e && {
      name: e.name,
      type: e.type,
      role: e.role,
      mention: null,
      confidence: CONFIDENCE.orphan,
      entity: e.key,
    }
  );
}

/** Names and roles grow while the article is read: every statement shows the entity's final form. */
const current = (e: EntityRecord): Pick<Speaker, 'name' | 'role' | 'type'> => ({
  name: e.name,
  role: e.role,
  type: e.type,
});

interface PhraseContext {
  readonly text: string;
  readonly p: SpeakerPhrase;
  readonly table: EntityTable;
  readonly seen: readonly SeenMention[];
  readonly prev: Attribution | null;
  /** The cue as written, lower case ("say", "said"), or null. */
  readonly cue: string | null;
  readonly genders: ReadonlyMap<string, 'm' | 'f'>;
  readonly people: readonly PersonMention[];
  /** classifyPhrase, remembered per phrase: news repeats its speakers' names. */
  readonly classified: (said: string, kind: 'proper' | 'unnamed' | 'raw') => Classified;
}

function resolvePhrase(ctx: PhraseContext): ResolvedSpeaker {
  const { text, p, table, seen, prev, genders, people } = ctx;
  const said = text.slice(p.start, p.end);
  const mention = { start: p.start, end: p.end, text: said };
  const unknown: ResolvedSpeaker = {
    name: said,
    type: 'unknown',
    role: null,
    mention,
    confidence: 0,
    entity: null,
  };
  const of = (e: EntityRecord, confidence: number): ResolvedSpeaker => ({
    name: e.name,
    type: e.type,
    role: e.role,
    mention,
    confidence,
    entity: e.key,
  });
  const bare = said.toLowerCase().replace(/[’'](s|ll|d|ve|re)$/, '');
  const word = Object.hasOwn(POSSESSIVES, bare) ? POSSESSIVES[bare]! : bare; // "his remarks" → he
  const pron = Object.hasOwn(SPEAKER_PRONOUNS, word) ? SPEAKER_PRONOUNS[word] : undefined;
  // "bankers who concluded …": a "who" with no speaker phrase to stand for names nobody.
  if (p.kind === 'relative' && !p.antecedent) return unknown;
  if (pron) {
    const e = pronounAntecedent(seen, prev, p.start, pron);
    if (!e) return unknown;
    if (pron === 'm' || pron === 'f') e.gender ??= pron;
    return of(e, CONFIDENCE.pronoun);
  }
  // "her statement", "Infrastructure Canada’s public database": the document's owner speaks.
  const owner = documentOwner(said);
  if (owner !== null && owner.length < said.length) {
    const byOwner = resolvePhrase({
      ...ctx,
      p: { start: p.start, end: p.start + owner.length, kind: 'proper' },
    });
    return byOwner.type === 'unknown' ? { ...byOwner, name: said, mention } : { ...byOwner, mention };
  }
  // A relative "who" is named by its antecedent ("Barkley, who said …").
  const named = p.antecedent ?? p;
  const namedText = text.slice(named.start, named.end);
  const known = table.knownPerson(namedText);
  if (known) return of(known, CONFIDENCE.fullName);
  const described =
    describedEntity(text, named, namedText, seen) ??
    introducedLater(text, named.start, named.end, people, table);
  if (described) return of(described, CONFIDENCE.described);
  const kind = named.kind === 'pronoun' || named.kind === 'relative' ? 'proper' : named.kind;
  const c = ctx.classified(namedText, kind);
  if (c.type === 'unknown') return { ...unknown, name: c.name };
  if (c.type === 'organization') return of(table.organization(c.name, p.start), CONFIDENCE.name);
  if (c.type === 'unnamed') return of(table.unnamed(c.name, /s$/.test(c.name), p.start), CONFIDENCE.unnamed);
  // "Files reveal …", "Vendors say …": a lone capitalised word in -s that nobody in the article is named,
  // with a verb in the plural, is a common noun opening a sentence; "Reyes said", "Jones says" stay names.
  const pluralVerb =
    ctx.cue !== null && /^\p{Ll}+$/u.test(ctx.cue) && !/(s|ed)$/.test(ctx.cue) && !PAST_FORMS.has(ctx.cue);
  if (
    pluralVerb &&
    /^\p{Lu}\p{Ll}+s$/u.test(c.name) &&
    !table.namesPerson(c.name) &&
    !HONORIFIC.test(namedText)
  )
    return of(table.unnamed(c.name, true, p.start), CONFIDENCE.unnamed);
  const gender =
    FIRST_NAMES.get(c.name.split(' ')[0]!.toLowerCase()) ??
    HONORIFIC_GENDER.find(([re]) => re.test(namedText))?.[1] ??
    genders.get(c.name.toLowerCase()) ??
    genders.get(c.name.split(' ').at(-1)!.toLowerCase()) ??
    null;
  const e = table.person(c.name, c.role, gender, p.start);
  for (const w of (c.role ?? '').toLowerCase().split(/\s+/)) if (w) e.roleWords.add(w);
  return of(e, c.name.includes(' ') ? CONFIDENCE.fullName : CONFIDENCE.name);
}
