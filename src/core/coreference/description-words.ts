// Whether some words make a description with a role noun at its head ("a senior fellow at the Brookings
// Institution", "the city's chief engineer"), and the description as the card shows it.
import { FINITE_AUXILIARIES } from '../lexicon/clause-words';
import { RELATIVE_OPENERS } from '../lexicon/clause-boundary-words';
import {
  ARTICLES,
  IMPERSONAL_POSSESSIVES,
  POSSESSIVE_DETERMINERS,
  REFLEXIVE_PRONOUNS,
} from '../lexicon/function-words';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { GENDERED_ROLE_NOUNS, PLAIN_PERSON_NOUNS } from '../lexicon/gendered-role-nouns';
import { ASSOCIATE_NOUNS, CIRCUMSTANCE_NOUNS } from '../lexicon/circumstance-nouns';
import { UNNAMED_SOURCE_NOUNS } from '../lexicon/unnamed-source-nouns';
import { PREPOSITIONS } from '../lexicon/subject-words';
import { TITLE_WORDS } from '../lexicon/titles';
import { cueForm } from '../cues/find-cues';
import { DISTINCT_PAST } from '../lexicon/past-verbs';
import type { Token } from '../text/tokenize';
import { OBJECT_PRONOUNS } from '../lexicon/pronouns';
import { isPossessive } from '../text/possessive';
import { pluralPossessiveMark } from '../speakers/name-words';
import { namedModifier, ownerName } from './named-modifier';
import { nameText } from './name-span';
import { singularOf } from '../text/singular-of';
import { DESCRIPTION_HEDGES } from '../lexicon/coreference-words';
import { isAgentNoun } from '../text/agent-noun';

/** Marks that open or close a quotation inside a description. */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['“', '”', '"', "''"]);

/** A role noun, or one of the many "-ist", "-worker" and "-man" trades the lexicon lists only in part ("a
 * hydrologist with …", "a steelworker at the Mon Valley Works", "a lobsterman in Beals"). */
const isRoleNoun = (w: string): boolean => listedRole(w) || isAgentNoun(lastPart(w));

/** ("a co-author from the University of California", "the chamber's vice-chairman": the last part's role) */
const lastPart = (w: string): string => w.slice(w.lastIndexOf('-') + 1);

const listedRole = (w: string): boolean => {
  const bare = lastPart(w);
  return (
    PERSON_ROLE_NOUNS.has(bare) ||
    TITLE_WORDS.has(bare) ||
    CIRCUMSTANCE_NOUNS.has(bare) || // ("a parent on the district's budget committee")
    ASSOCIATE_NOUNS.has(bare) || // ("her colleague from the Marshall Islands")
    (GENDERED_ROLE_NOUNS.has(bare) && !PLAIN_PERSON_NOUNS.has(bare)) || // ("Tillman's younger brother, Derek")
    /^[a-z]{3,}(?:ist|worker|man|woman)$/.test(bare) ||
    (bare.endsWith('ian') && isAgentNoun(bare)) // ("a laboratory technician")
  );
};

/** "Chief Executive of Acme Corp", "Labour MP for Bristol East": capitalised words up to the first preposition,
 * the last a role the lexicon lists. */
function titledHead(words: readonly Token[]): boolean {
  const prep = words.findIndex((t) => PREPOSITIONS.has(t.lower));
  const head = prep < 0 ? words : words.slice(0, prep);
  return head.every((t) => t.cap && t.word) && listedRole(head.at(-1)?.lower ?? '');
}

/** A description that shows a person: one whose head a lexicon lists as someone's. */
export const describesPerson = (d: string | null): boolean => d !== null && !agentOnly(d);

/** A description headed by a word only its ending makes someone's ("a programmer with the Turin Film
 * Festival", "a season-ticket holder"): a role, but no sign that the name it describes is a person's ("Six
 * Thirty, a financial technology accelerator"). */
function agentOnly(description: string): boolean {
  const words = description.toLowerCase().split(/\s+/);
  const prep = words.findIndex((w, k) => k > 0 && PREPOSITIONS.has(w));
  const head = words[(prep > 0 ? prep : words.length) - 1] ?? '';
  return !listedRole(head) && isAgentNoun(lastPart(head));
}

/** A relative clause's opener, not the WHO ("a WHO technical officer who led …"). */
export const isRelative = (t: Token): boolean =>
  RELATIVE_OPENERS.has(t.lower) && t.text !== t.text.toUpperCase();

/** A finite verb ("Comey, said that …", "Rubio, criticized the trade") or a relative clause's opener. */
const isVerbOrRelative = (t: Token): boolean =>
  FINITE_AUXILIARIES.has(t.lower) ||
  DISTINCT_PAST.has(t.lower) ||
  isRelative(t) ||
  // (a capitalised form is a name's word: "the chair of the Alliance of Small Island States")
  (!t.cap && ['s', 'ed'].includes(cueForm(t.lower)?.form ?? ''));

/** What "based" goes on with to say where someone works ("based in", "based at", "based near"). */
const BASED_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'near', 'out']);

/** "an aviation consultant based in London": the description, not where the person is based. */
function beforeBased(words: readonly Token[]): readonly Token[] {
  const based = words.findIndex(
    (t, k) => k > 1 && t.lower === 'based' && BASED_PREPOSITIONS.has(words[k + 1]?.lower ?? ''),
  );
  return based > 0 ? words.slice(0, based) : words;
}

/** The words from…to-1 when they are a description with a role noun at its head, without "a"/"an". */
export function described(toks: readonly Token[], from: number, to: number): string | null {
  // ("a Navy veteran herself", "herself a former education secretary": the stress says no role)
  const words = beforeBased(toks.slice(from, to).filter((t) => !REFLEXIVE_PRONOUNS.has(t.lower)));
  const lead = words[0];
  // ("Clinton, in serving as first lady …, said": a prepositional phrase is no description)
  if (
    !lead?.word ||
    PREPOSITIONS.has(lead.lower) ||
    words.some((t, k) => isVerbOrRelative(t) && !inNameAt(words, k))
  )
    return null;
  // ("Mr. Sloan, 56, remained a staunch defender of …": a word before an article is a verb and its object)
  const verb = !lead.cap && !ARTICLES.has(lead.lower) && !DESCRIPTION_HEDGES.has(lead.lower);
  // ("Terrence Boyd, remembered him as a guard": nor a word before an object's pronoun; "her" may own what
  // follows, "then her private secretary")
  const object = OBJECT_PRONOUNS.has(words[1]?.lower ?? '') && words[1]?.lower !== 'her';
  if (verb && (ARTICLES.has(words[1]?.lower ?? '') || object)) return null;
  // ("Another economist at the institute, Dr. Aoife O'Brien," reads as "an economist")
  const another = lead.lower === 'another';
  const determiner = ARTICLES.has(lead.lower) || POSSESSIVE_DETERMINERS.has(lead.lower) || another;
  // a name may own it ("Ana Ruiz’s deputy", "NATO's secretary general", "Ontario's Minister of
  // Agriculture") or modify its head ("Iran project director at …"); no other name opens it
  const lower = words.findIndex((t, k) => t.word && !t.cap && !mark(words, k));
  const owner = words.findIndex((t, k) => isPossessive(t.text) || mark(words, k));
  const at = headAt(words);
  const head = words[at];
  const owned = owner >= 0 && ownerName(words, owner);
  if (lead.cap && !determiner && !owned && !titledHead(words) && !namedModifier(words, lower, at))
    return null;
  // no quotation cut in two ("host of “Morning Joe,”"), no abbreviation's dot taken for the end ("Rep.")
  if (words.filter((t) => QUOTE_MARKS.has(t.text)).length % 2 === 1) return null;
  // ("one of the organizers", "one of the Haas drivers": one of a group of people)
  const group = words.at(-1)?.lower ?? '';
  const people = UNNAMED_SOURCE_NOUNS.has(group) || isRoleNoun(singularOf(group));
  if (lead.lower === 'one' && words[1]?.lower === 'of' && people) return nameText(words);
  if (!head?.word || !isRoleNoun(head.lower)) return null;
  if (head === words.at(-1) && head.cap && toks[to]?.text === '.') return null;
  // ("New Media, the GateHouse parent,": a company's parent is no person's circumstance)
  const before = words[at - 1];
  if (CIRCUMSTANCE_NOUNS.has(head.lower) && lead.lower === 'the' && before?.cap) return null;
  // ("Their chief science officer, Dr. …" → "chief science officer"; "its" stays, for whose it is to be
  // read where the names are known: description-owner.ts)
  const indefinite =
    lead.lower === 'a' ||
    lead.lower === 'an' ||
    another ||
    (IMPERSONAL_POSSESSIVES.has(lead.lower) && lead.lower !== 'its');
  const shown = indefinite ? words.slice(1) : words;
  const text = nameText(shown); // as written: "the nurses' union"
  // ("The city's chief engineer, Tom Baker," → "the city's chief engineer")
  return determiner && !indefinite ? lead.lower + text.slice(lead.text.length) : text;
}

/** ("Nichols' mother": the plural's apostrophe is a token of its own) */
const mark = (words: readonly Token[], k: number): boolean => k > 0 && pluralPossessiveMark(words, k);

/** A short lowercase word between capitalised ones is a name's: "a senator from Mato Grosso do Sul". */
const inNameAt = (words: readonly Token[], k: number): boolean =>
  (words[k]?.lower.length ?? 0) <= 2 && !!words[k - 1]?.cap && !!words[k + 1]?.cap;

/** Where the description's head is: before a preposition's tail, or after an owner's name that has one
 * ("The National Union of Mineworkers' energy sector coordinator"); a name's own preposition ends nothing
 * ("a Horn of Africa expert at …"), one after a role does ("Minister of Fisheries and Oceans"). */
function headAt(words: readonly Token[]): number {
  const headAfter = (from: number): number => {
    const prep = words.findIndex(
      (t, k) =>
        k > from &&
        PREPOSITIONS.has(t.lower) &&
        !(inNameAt(words, k) && !isRoleNoun(words[k - 1]?.lower ?? '')),
    );
    return (prep > 0 ? prep : words.length) - 1;
  };
  const owned = words.findLastIndex((t, k) => isPossessive(t.text) || mark(words, k));
  const first = headAfter(0);
  const w = words[first];
  return w && !isRoleNoun(w.lower) && w.cap && owned > 0 ? headAfter(owned) : first;
}
