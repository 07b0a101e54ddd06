// Typed, resolved speakers. The article is read once in text order: every person mention and every
// statement's speaker phrase lands on an entity (entity-table.ts), so "McCallum", "the mayor" and "he"
// come out as the fullest name the article gives ("Doug McCallum"). Unknown beats wrong.
import { noteIntroduction } from './surname-bearer';
import { commonWordCompany } from './common-word';
import { GENDERED_ROLE_NOUNS } from '../lexicon/gendered-role-nouns';
import type { Draft } from '../statements/draft';
import { EntityTable, type EntityRecord, type Gender } from './entity-table';
import type { OrgMention } from './find-organizations';
import type { PersonMention } from './find-people';
import { pronounAntecedent, type Attribution, type SeenMention } from './pronoun-antecedent';
import { wordsUsed } from '../text/words-used';
import { CONFIDENCE, resolvePhrase, type ResolvedSpeaker } from './resolve-phrase';
import { itemAt } from '../text/item-at';
import { describeLate } from './describe-late';
import { shownSpeakers } from './role-holder';
import { genderedPronoun, namedAfter } from './named-after';
import { SpanMap } from '../text/span-map';
import { worksMadeIn, type IssuedWork } from './issued-works';
import { endsParagraph } from './ends-paragraph';
import { mentionReader } from './mention-reader';
import { spokespersonFor } from './spokesperson-for';

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
  organizations: found,
  drafts,
  inQuote,
  genders,
}: ResolveInput): (ResolvedSpeaker | null)[] {
  const wordCount = wordsUsed(text);
  const organizations = found.filter((o) => !commonWordCompany(text, o, wordCount));
  const table = new EntityTable(organizations.filter((o) => o.cued).map((o) => o.name));
  const genderOf = genderReader(genders);
  // Full names first, so a surname seen before the full name still resolves to the fullest name.
  for (const p of people) if (p.full) noteIntroduction(table.person(p.name, p.role, genderOf(p), -1), p);
  const seen: SeenMention[] = [];
  const readUpTo = mentionReader({ text, table, people, organizations, inQuote, genderOf }, seen);
  const out: (ResolvedSpeaker | null)[] = drafts.map(() => null);
  const byPhrase = new SpanMap<ResolvedSpeaker>();
  const works: IssuedWork[] = [];
  let prev: Attribution | null = null;
  const order = drafts.map((d, i) => ({ d, i, at: d.phrase?.start ?? d.start })).sort((a, b) => a.at - b.at);
  for (const { d, i, at } of order) {
    // with the name's own mention (after its titles: "Chief John Rao of …"): a group may end there
    readUpTo(d.phrase?.kind === 'proper' ? Math.max(at + 1, d.phrase.end) : at);
    const p = d.phrase;
    const speaker: ResolvedSpeaker | null = p
      ? (byPhrase.get(p) ??
        resolvePhrase({
          text,
          p,
          table,
          seen,
          prev,
          genders,
          people,
          wordCount,
          cue: d.cue?.text.toLowerCase() ?? null,
          words: d.end <= p.start ? d : undefined,
          works,
        }))
      : d.via === 'float' && endsParagraph(text, d.end)
        ? orphanSpeaker(seen, prev, d.start)
        : null;
    if (!speaker) continue;
    const own: ResolvedSpeaker = p ? spokespersonFor(text, seen, table, speaker, p.start) : speaker;
    if (p) byPhrase.set(p, own);
    out[i] = own;
    const e: EntityRecord | null = own.entity === null ? null : itemAt(table.all, own.entity);
    if (!e) continue;
    e.statements++;
    prev = { entity: e, end: Math.max(d.end, p?.end ?? 0) };
    if (p) works.push(...worksMadeIn(text, p, d.cue, e));
    if (p && p.kind !== 'pronoun') seen.push({ entity: e, start: p.start, ...SPEAKER_MENTION });
  }
  describeLate(table, people);
  return shownSpeakers(namedLater(text, order, out, table.all), table.all);
}

/** Each speaker, or the person a later name shows a pronoun to stand for (named-after.ts). */
function namedLater(
  text: string,
  order: readonly { d: Draft; i: number; at: number }[],
  out: readonly (ResolvedSpeaker | null)[],
  all: readonly EntityRecord[],
): (ResolvedSpeaker | null)[] {
  const named = namedAfter(
    order.map(({ d, i, at }) => ({ at, pronoun: genderedPronoun(text, d.phrase), speaker: out[i] ?? null })),
    all,
  );
  const shown = [...out];
  order.forEach(({ i }, k) => (shown[i] = named[k] ?? null));
  return shown;
}

/** A person's gender: their first name or title, the article's pronouns for them, a gendered role noun,
 * the article's pronouns for their surname. */
const genderReader =
  (genders: ReadonlyMap<string, 'm' | 'f'>) =>
  (p: PersonMention): Gender =>
    p.gender ??
    genders.get(p.name.toLowerCase()) ??
    // ("his wife Kelly Marsh", whatever "Mr. Marsh … he" made of the surname; not "whose husband")
    roleGender(p.role) ??
    genders.get(p.surname.toLowerCase()) ??
    p.roleWords.map((w) => GENDERED_ROLE_NOUNS.get(w)).find(Boolean) ?? // "spokeswoman Ana Ruiz"
    null;

const roleGender = (role: string | null): Gender =>
  (role ?? '')
    .toLowerCase()
    .split(/\s+/)
    .map((w) => GENDERED_ROLE_NOUNS.get(w))
    .find(Boolean) ?? null;

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
/** A named speaker is a mention like a sentence's subject: salient for a later "he" or description. */
const SPEAKER_MENTION = { quoted: false, salient: true, subject: true } as const;
