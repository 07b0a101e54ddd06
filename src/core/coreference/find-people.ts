// Person names anywhere in the text ("former President Donald Trump", "Mr. Obama"), so later surnames
// and pronouns can be linked to them. A name needs a known first name or a title before it.
import { surnameFirst, tokenSurname } from './person-name-words';
import { NAME_PARTICLES } from '../lexicon/first-names';
import { givenNameGender } from './given-name-gender';
import { ORG_HEADS } from '../lexicon/org-heads';
import { TITLE_MODIFIERS } from '../lexicon/title-kinds';
import { nameText, possessiveEnd } from './name-span';
import { HONORIFICS } from '../lexicon/titles';
import { GENDERED_TITLES } from '../lexicon/gendered-titles';
import type { Sentence } from '../sentences/split-sentences';
import { hasAgeAfter, isDatelineRun, namesNoPerson, surnameEnds, surnameOpens } from './name-run-checks';
import { isOfficeRun, officeStart, roleNounStart, roleWordsAround } from './role-words';
import { describedRole } from './described-role';
import { descriptionHead } from './description-head';
import { describesPerson } from './description-words';
import { initialsAt, withoutNickname } from './name-run';
import { readRuns, usesAny, type Run } from './name-runs';
import { afterLastTitle, firstNameFrom, honorificStart, patronymStart, surnameStart } from './name-start';
import { givenNameBefore } from './given-name-before';
import { givenNameSubject, withoutSurnamesHere } from './given-name-subject';
import { loneNameSubject } from './lone-name-subject';
import { withSharedSurnames } from './shared-surname';
import { isSentenceSubject } from './sentence-subject';
import { affiliationAfter } from './affiliation-after';
import type { Token } from '../text/tokenize';
import { SHORT_HONORIFICS } from '../lexicon/speaker-phrase-words';
import type { Span } from '../types';
import { withoutPossessive } from '../text/possessive';
import { tokenAt } from '../text/token-window';
import { NearbyWords } from '../text/nearby-words';

export interface PersonMention extends Span {
  /** "Donald Trump"; for "Mr. Obama" just "Obama". */
  readonly name: string;
  readonly surname: string;
  readonly gender: 'm' | 'f' | null;
  /** Full names (with a first name) are the ones surnames link to. */
  readonly full: boolean;
  /** Title words before the name in the same capitalised run ("Councillor", "Secretary General"). */
  readonly role: string | null;
  /** The description in apposition ("the city's chief engineer"), see described-role.ts. */
  readonly description: string | null;
  /** Where they work, named after "of" ("Kate Bell of the Trades Union Congress"), see affiliation-after.ts. */
  readonly affiliation: string | null;
  readonly sentence: number;
  /** Lowercase role nouns written around the name ("mayor", "professor"), see role-words.ts. */
  readonly roleWords: readonly string[];
  /** Opens its sentence (after at most a short opener): the likely subject, salient for a later "he". */
  readonly subject: boolean;
  /** One word no lexicon knows, read as a name only by where it stands (lone-name-subject.ts). */
  readonly lone?: true;
}

/** A role word that shows a person by itself ("professor", "mayor"); an office's words do not: "St.
 * Louis, the city …", "Minister of Small Business, … Trade", "the first novel" name no one. */
const showsPerson = (role: string): boolean => !TITLE_MODIFIERS.has(role);

/** Longest name after its first name, in tokens ("John F. Kennedy Jr."). */
const MAX_NAME_WORDS = 4;
/** The name f…j has more tokens after its first name than a name has, a nickname inside it aside. */
const tooLong = (toks: readonly Token[], f: number, j: number): boolean =>
  withoutNickname(toks.slice(f, j + 1)).length - 1 > MAX_NAME_WORDS;

/** The words from…to-1 as written ("Coun.", "Flint Mayor"). */
const text = (toks: readonly Token[], from: number, to: number): string => nameText(toks.slice(from, to));

/** The role written before a name, from…to-1; none when it is only an honorific ("Mrs Dai Shuqin"). */
function roleText(toks: readonly Token[], from: number, to: number): string | null {
  const written = text(toks, from, to);
  return SHORT_HONORIFICS.has(written.toLowerCase().replace(/\.$/, '')) ? null : written;
}

/** An honorific right before token f ("Mr. Obama", "Senator Warren"). */
const honorificBefore = (toks: readonly Token[], f: number): boolean =>
  HONORIFICS.has(toks[f - (tokenAt(toks, f - 1).text === '.' ? 2 : 1)]?.lower ?? '');

/** "South Korean President Yoon Suk Yeol": a name of two or three words right after an office, whatever
 * its first name (not an organisation's: "… National Convention"). */
const shortNameAfterOffice = (toks: readonly Token[], i: number, named: number, j: number): boolean =>
  named > i && j > named && j - named < 3 && !toks.slice(named, j + 1).some((t) => ORG_HEADS.has(t.lower));

/** How many capitalised words the run i…j has: a name's particles do not count, in either case ("Borja del
 * Pozo Cruz", "Jamon Van Den Hoek"). */
const capitalsIn = (toks: readonly Token[], i: number, j: number): number =>
  withoutNickname(toks.slice(i, j + 1)).filter((t) => t.cap && !NAME_PARTICLES.has(t.lower)).length;

/** The person a run names, if any, and whether only a given name shows them. */
interface RunFind extends Run {
  readonly person: PersonMention | null;
  readonly byGivenName: boolean;
}

// Coreference reads the people again with speaker surnames: a run without any of those words reads as
// before, so its first reading is kept (keyed weakly by the text's sentences: nothing outlives the text).
const FIRST_READING = new WeakMap<readonly Sentence[], readonly (readonly RunFind[])[]>();

/** `surnames`: single words the article uses alone as a speaker ("Farinloye said"); a capitalised pair
 * ending in one of them is a person even when the first name is not in the lexicon. */
export function findPeople(
  sentences: readonly Sentence[],
  surnames: NearbyWords = new NearbyWords(),
): PersonMention[] {
  const earlier = FIRST_READING.get(sentences);
  const finds = sentences.map(({ tokens }, k) => {
    const first = earlier?.[k];
    const reading = { surnames, sentence: k };
    if (!first) return readRuns(tokens, runFind, reading);
    if (!first.some((r) => usesAny(tokens, r, surnames))) return first;
    return first.map((r) => (usesAny(tokens, r, surnames) ? runFind(tokens, r.i, r.j, reading) : r));
  });
  if (surnames.size === 0) FIRST_READING.set(sentences, finds);
  const out: PersonMention[] = [];
  const byGivenName = new Set<number>();
  for (const found of finds)
    for (const { person, byGivenName: given } of found) {
      if (given && person) byGivenName.add(out.length);
      if (person) out.push(person);
    }
  return withSharedSurnames(withoutSurnamesHere(out, byGivenName), sentences);
}

/** Which reading a run is read in: the surnames asked about, and its sentence's index. */
interface Reading {
  readonly surnames: NearbyWords;
  readonly sentence: number;
}

const runFind = (toks: readonly Token[], i: number, j: number, reading: Reading): RunFind => {
  const named = personIn(toks, i, j, reading);
  const given = !named && j === i ? (givenNameSubject(toks, i) ?? loneNameSubject(toks, i)) : null;
  return { i, j, person: named ?? (given && { ...given, sentence: reading.sentence }), byGivenName: !named };
};

/** The person named by the capitalised run i…j, if its words show one. */
function personIn(toks: readonly Token[], i: number, j: number, reading: Reading): PersonMention | null {
  if (isDatelineRun(toks, i, j)) return null;
  // The name starts at its first name after any title ("Councillor Linda Annis", "Flint Mayor Karen
  // Weaver"), else right after an honorific; initials ("J.D. Vance") stand for a given name of either gender.
  const named = afterLastTitle(toks, i, j);
  let f = honorificStart(toks, named, firstNameFrom(toks, named, j));
  const first = f < j ? (initialsAt(toks, f) ? null : givenNameGender(tokenAt(toks, f).lower)) : undefined;
  const given = first !== undefined; // null: a name given to men and women alike
  if (given && reading.sentence > 0) f = givenNameBefore(toks, named, f, j); // (not in a headline's line)
  // Without one, the name starts after any title and affiliation ("President Trump", "Mrs Thatcher",
  // "CNN’s Kaitlan Collins"): a surname that links to the full name, with the title as its role.
  const afterOffice = !given && shortNameAfterOffice(toks, i, named, j);
  if (!given) f = surnameStart(toks, { i, named, j }, afterOffice);
  // "Natalia Mykhaylova’s Toronto-based company": a possessive ends the name it follows (name-span.ts)
  else j = possessiveEnd(toks, f, j);
  const titled = f > 0 && honorificBefore(toks, f);
  // Without a known first name or a title: a name used alone as a speaker, an age, a father's name or a role
  // noun around it ("cookbook author Dorie Greenspan", "Yuni, a resident of Lampung") still make a person.
  const evidenced =
    !given &&
    !titled &&
    (afterOffice ||
      patronymStart(toks, i, j) >= 0 ||
      (capitalsIn(toks, i, j) <= 3 &&
        ((capitalsIn(toks, i, j) > 1 && surnameEnds(toks, j, reading.surnames)) ||
          surnameOpens(toks, i, j, reading.surnames) ||
          hasAgeAfter(toks, j) || // ("Nguyen Thi Lan": a name written surname first shows itself)
          (j - i === 2 && surnameFirst(toks.slice(i, j + 1).map((t) => t.text))) ||
          roleWordsAround(toks, i, j).some(showsPerson) ||
          (j > i && describesPerson(describedRole(toks, i, j))))));
  if (tooLong(toks, f, j) || !(given || titled || evidenced)) return null;
  if (namesNoPerson(toks, { i, f, j }, titled, reading.surnames)) return null;
  const words = toks.slice(f, j + 1).filter((w) => w.word);
  const tIdx = f - (toks[f - 1]?.text === '.' ? 2 : 1);
  const titles = f > i && isOfficeRun(toks, i, f);
  const roleFrom = titles ? officeStart(toks, i) : roleNounStart(toks, f, j);
  const role = roleFrom >= 0 ? roleText(toks, roleFrom, f) : null;
  const description = describedRole(toks, f, j);
  return {
    start: tokenAt(toks, f).start,
    end: tokenAt(toks, j).end,
    name: withoutPossessive(nameText(withoutNickname(toks.slice(f, j + 1)))),
    surname: tokenSurname(words),
    gender: first ?? GENDERED_TITLES[toks[tIdx]?.lower ?? ''] ?? null,
    full: given || evidenced || (titled && j > f), // ("Dr. Aurelio Mensah": an honorific shows one too)
    role,
    description,
    affiliation: affiliationAfter(toks, j),
    // "Ana Ruiz, 56," can be "the 56-year-old" later.
    roleWords: [
      ...((titles && role?.toLowerCase().split(' ')) || []),
      ...roleWordsAround(toks, f, j),
      ...descriptionHead(description), // ("The victim's mother, Ana Ruiz," is "the mother" later)
      ...(hasAgeAfter(toks, j) ? [`${tokenAt(toks, j + 2).text}-year-old`] : []),
    ],
    // "But if Mr. Ackman has …": the subject starts at the honorific, which the run leaves out
    subject: isSentenceSubject(toks, titled ? Math.min(i, tIdx) : i, j),
    sentence: reading.sentence, // last, as the people found were always written
  };
}
