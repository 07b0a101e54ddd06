// One speaker phrase resolved against the entities read so far: a document's owner ("her statement"), a
// pronoun, a full name seen in any case, a description ("the mayor"), an organisation, an unnamed source or a person.
import { withoutContraction } from '../text/contraction';
import { IRREGULAR } from '../lexicon/cue-verbs';
import { givenNameGender, honorificGender } from './given-name-gender';
import { PRONOUN_CASES, SPEAKER_PRONOUNS } from '../lexicon/pronouns';
import { classifyPhrase } from '../speakers/classify-speaker';
import type { SpeakerPhrase } from '../statements/draft';
import type { Mention, Speaker } from '../types';
import { describedEntity } from './described-entity';
import { pluralSource } from './plural-source';
import { documentAntecedent } from './document-antecedent';
import { documentAuthorAt } from './document-author';
import type { EntityRecord, EntityTable } from './entity-table';
import type { PersonMention } from './find-people';
import { introducedLater } from './introduced-later';
import { officeHolder } from './office-holder';
import { wordSurnameBearer } from './word-surname';
import { asideStart } from './aside-start';
import { openingClauseSubject } from './opening-clause-subject';
import { pronounAntecedent, type Attribution, type SeenMention } from './pronoun-antecedent';
import { ABBREVIATED_HONORIFICS } from '../lexicon/coreference-words';
import { pairNamed } from './pair-group';
import { ownerPhrase, speakingOwner } from './document-owner';
import { issuerOf, type IssuedWork } from './issued-works';
import { describedPronoun } from './described-it';
import { groupEndingAt } from './group-ending-at';
import { leadingRun } from '../text/opening-word';
import type { WordCount } from '../text/words-used';
import { isCommonWordOpening, opensSentenceAt } from './common-word';
import { classifyNamed } from './classify-named';
import { ownedName } from './description-owner';
import { upperCaseSurname } from './upper-case-surname';
import { organizationOrBearer } from './place-surname-bearer';

/** A speaker before entities are grouped: group-entities.ts adds the id and the aliases. */
export type ResolvedSpeaker = Omit<Speaker, 'id' | 'aliases'> & { readonly entity: number | null };

/** Speaker confidence by the evidence that named the speaker. */
export const CONFIDENCE = {
  fullName: 0.95,
  name: 0.85,
  unnamed: 0.8,
  described: 0.75,
  pronoun: 0.7,
  orphan: 0.5,
} as const;
/** A plural noun's ending: "Vendors", "Files"; not "Was", "Coronavirus", "Boss". */
const PLURAL = /(?<![aiosu])s$/;
/** Irregular past forms of cue verbs ("said", "told"): not the plural present. */
const PAST_FORMS = new Set(Object.values(IRREGULAR).flatMap((forms) => forms.slice(1, 3)));

export interface PhraseContext {
  readonly text: string;
  readonly p: SpeakerPhrase;
  readonly table: EntityTable;
  readonly seen: readonly SeenMention[];
  readonly prev: Attribution | null;
  /** The cue as written, lower case ("say", "said"), or null. */
  readonly cue: string | null;
  readonly genders: ReadonlyMap<string, 'm' | 'f'>;
  readonly people: readonly PersonMention[];
  /** How often the article writes a word as given, near a place (text/words-used.ts). */
  readonly wordCount: WordCount;
  /** The statement's words, when they come before the phrase ("… is his favorite activity, he said"). */
  readonly words?: { readonly start: number; readonly end: number } | undefined;
  /** The works statements so far were made in, with who made them ("said in a statement"). */
  readonly works?: readonly IssuedWork[];
}

export function resolvePhrase(ctx: PhraseContext): ResolvedSpeaker {
  const { text, p, seen, prev } = ctx;
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
  const bare = withoutContraction(said.toLowerCase());
  const word = Object.hasOwn(PRONOUN_CASES, bare) ? (PRONOUN_CASES[bare] ?? bare) : bare; // "his remarks" → he
  const pron = Object.hasOwn(SPEAKER_PRONOUNS, word) ? SPEAKER_PRONOUNS[word] : undefined;
  // "bankers who concluded …": a "who" with no speaker phrase to stand for names nobody.
  if (p.kind === 'relative' && !p.antecedent) return unknown;
  // ("the statement said": whoever made it; "Both said": the two people just named)
  const issuer = issuerOf(text, ctx.works ?? [], said, p.start, ctx.cue) ?? pairNamed(text, p, seen);
  if (issuer) return speakerOf(issuer, mention, CONFIDENCE.described);
  if (pron) {
    const e =
      (pron === 'm' || pron === 'f' ? openingClauseSubject(text, p.start, ctx.table, pron) : null) ??
      pronounAntecedent(seen, prev, p.start, pron, {
        asideFrom: asideStart(text, p.start),
        words: ctx.words,
      });
    if (!e) {
      const name = describedPronoun(text, p.start, pron);
      return name ? { ...unknown, name, type: 'unnamed', confidence: CONFIDENCE.pronoun } : unknown;
    }
    if (pron === 'm' || pron === 'f') e.gender ??= pron;
    return speakerOf(e, mention, CONFIDENCE.pronoun);
  }
  // "her statement", "Infrastructure Canada’s public database": the document's owner speaks.
  const owner = speakingOwner(text, p.start, said, ctx.table);
  if (owner !== null) {
    const byOwner = resolvePhrase({ ...ctx, p: ownerPhrase(p, said, owner) });
    return byOwner.type === 'unknown' ? { ...byOwner, name: said, mention } : { ...byOwner, mention };
  }
  // "an analysis by Corey Scher …": the author speaks.
  const author = documentAuthorAt(said);
  if (author !== null) {
    const byAuthor = resolvePhrase({ ...ctx, p: { start: p.start + author, end: p.end, kind: 'proper' } });
    if (byAuthor.type !== 'unknown') return { ...byAuthor, mention };
  }
  // "… the report said": the author of the report the article introduced before.
  const work = documentAntecedent(text, p.start, said);
  if (work) {
    const byAuthor = resolvePhrase({ ...ctx, p: { ...work, kind: 'proper' } });
    if (byAuthor.type !== 'unknown') return { ...byAuthor, mention };
  }
  // A relative "who" is named by its antecedent ("Barkley, who said …").
  const named = p.antecedent ?? p;
  const found = namedEntity(ctx, named);
  return found
    ? speakerOf(found[0], mention, found[1])
    : { ...unknown, name: text.slice(named.start, named.end).trim() };
}

const speakerOf = (e: EntityRecord, mention: Mention, confidence: number): ResolvedSpeaker => ({
  name: e.name,
  type: e.type,
  role: e.role,
  mention,
  confidence,
  entity: e.key,
});

/** The entity a name or description stands for, with the confidence its form gives; null: it names nobody. */
function namedEntity(ctx: PhraseContext, named: SpeakerPhrase): [EntityRecord, number] | null {
  const { text, table, seen, genders, people, p, cue } = ctx;
  const namedText = text.slice(named.start, named.end);
  const group = named === p && p.kind === 'proper' ? groupEndingAt(text, seen, p, table) : null;
  if (group) return [group, CONFIDENCE.name];
  const known = table.knownPerson(namedText) ?? upperCaseSurname(table, namedText); // (or "PENCE:")
  if (known) return [known, CONFIDENCE.fullName];
  const described =
    describedEntity(text, named, namedText, seen, ctx.words) ??
    introducedLater(text, named, people, table, seen);
  if (described) return [described, CONFIDENCE.described];
  const kind = named.kind === 'pronoun' || named.kind === 'relative' ? 'proper' : named.kind;
  const c = ownedName(classifyNamed(text, named, kind, classifyPhrase), seen, named, text);
  if (c.type === 'unknown') {
    const holder = wordSurnameBearer(namedText, table) ?? officeHolder(text, named, people, table);
    return holder && [holder, CONFIDENCE.described];
  }
  if (c.type === 'organization')
    return [organizationOrBearer(table, c.name, namedText, p.start), CONFIDENCE.name];
  // "Sacramento-based McClatchy, a chain of 30 newspapers … McClatchy reported": a name the article showed
  // to be an organisation's and nobody's (not a plural: "the Ebelings", "the Saudis" are people)
  const org =
    c.type === 'person' && c.role === null && !table.seenPerson(c.name)
      ? table.knownOrganization(c.name, p.start)
      : undefined;
  if (org && !org.plural) return [org, CONFIDENCE.name];
  // "Doctor said" after "analyst Ken Doctor": a capitalised role word inside a sentence is a surname.
  const surname =
    /^\p{Lu}\p{Ll}+$/u.test(namedText) &&
    !PLURAL.test(namedText) &&
    (!opensSentenceAt(text, named.start) || wordSurnameBearer(namedText, table) !== null) &&
    table.namesPerson(namedText);
  if (c.type === 'unnamed' && !surname)
    return [table.unnamed(c.name, pluralSource(c.name), p.start), CONFIDENCE.unnamed];
  // "Files reveal …", "Vendors say …": a lone capitalised word in -s that nobody in the article is named,
  // with a verb in the plural, is a common noun opening a sentence; "Reyes said", "Jones says" stay names.
  const pluralVerb = cue !== null && /^\p{Ll}+$/u.test(cue) && !/(s|ed)$/.test(cue) && !PAST_FORMS.has(cue);
  const lone =
    /^\p{Lu}\p{Ll}+s$/u.test(c.name) &&
    !table.namesPerson(c.name) &&
    !ABBREVIATED_HONORIFICS.has(leadingRun(namedText));
  if (pluralVerb && lone) return [table.unnamed(c.name, true, p.start), CONFIDENCE.unnamed];
  // "Vendors promise …": a common plural noun is an unnamed source; any other common word names no one.
  if (
    c.name === namedText &&
    !table.namesPerson(c.name) &&
    isCommonWordOpening(text, named.start, c.name, ctx.wordCount)
  )
    return PLURAL.test(c.name) ? [table.unnamed(c.name, true, p.start), CONFIDENCE.unnamed] : null;
  const titled = honorificGender(namedText) ?? null;
  const gender =
    givenNameGender(c.name.split(' ')[0] ?? '') ??
    titled ??
    genders.get(c.name.toLowerCase()) ??
    genders.get((c.name.split(' ').at(-1) ?? '').toLowerCase()) ??
    null;
  const e = table.person(c.name, c.role, gender, p.start, titled);
  for (const w of (c.role ?? '').toLowerCase().split(/\s+/)) if (w) e.roleWords.add(w);
  return [e, c.name.includes(' ') ? CONFIDENCE.fullName : CONFIDENCE.name];
}
