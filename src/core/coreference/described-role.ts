// The description a name is given in apposition, the person's role where no title gives one: "Tom Baker,
// the city's chief engineer, said", "said Ana Ruiz, president of the nurses' union.", "Germany's foreign
// minister, Annalena Baerbock, said", "Ahmed Khan, 34, a shopkeeper in the old town, said".
import { DESCRIPTION_PREPOSITIONS, SUBORDINATORS } from '../lexicon/clause-words';
import { COORDINATORS } from '../lexicon/clause-boundary-words';
import { AFFILIATION_PREPOSITIONS } from '../lexicon/statement-words';
import { ARTICLES, DEMONSTRATIVES, POSSESSIVE_DETERMINERS } from '../lexicon/function-words';
import { NAME_PARTICLES } from '../lexicon/first-names';
import { tokenAt, tokenOrNone } from '../text/token-window';
import { cueForm } from '../cues/find-cues';
import { isAbbrevDot } from '../speakers/name-words';
import { particleJoined } from '../speakers/particle-joined';
import { COURTESY_TITLES } from '../lexicon/speaker-phrase-words';
import { DOTTED_HONORIFICS, TITLE_ABBREVIATIONS } from '../lexicon/titles';
import type { Token } from '../text/tokenize';
import { isPossessive } from '../text/possessive';
import { officeOverAside } from './office-over-aside';
import { isNameSuffix } from '../text/name-suffix';
import { DESCRIPTION_TIME_ADVERBS } from '../lexicon/coreference-words';
import { relativeRole } from './relative-role';
import { namedDescription } from './named-description';
import { QUOTE_MARKS, described, isRelative } from './description-words';
import { DASHES } from '../statements/clause-start';
import { opensDescription } from '../text/opens-description';
import { pastHomeState } from './past-home-state';
import { pastDescriptor, pastLabel, titlesBefore } from './titles-before';
import { portfolioListStart } from '../speakers/portfolio-list';

/** Longest description read, in tokens ("a senior fellow at the Center for Global Development"). */
const MAX_WORDS = 16;
/** A party's label after a US politician's name ("D-Conn.", "R-Texas"), and its most tokens. */
const PARTY_LABEL = /^(?:[DRI]|DFL)-\p{Lu}/u;
const MAX_LABEL = 4;
/** What may end a description: the apposition's closing comma, or its sentence. */
const ENDS = new Set([',', '.', ';', ':']);

/** A second description opening at k: an article's noun phrase or "one of …" ("a professor at … and one of
 * the study's lead authors"). */
const secondDescription = (toks: readonly Token[], k: number): boolean =>
  ARTICLES.has(toks[k]?.lower ?? '') || (toks[k]?.lower === 'one' && toks[k + 1]?.lower === 'of');

/** The description of the name at tokens first…last, after it or opening its clause before it. */
export function describedRole(toks: readonly Token[], first: number, last: number): string | null {
  // ("Kate Oyinlola KC, Mensah-Dwyer's barrister,": past a silk's letters)
  const end = isNameSuffix(tokenAt(toks, last + 1).text) ? last + 1 : last;
  const post = after(toks, pastHomeState(toks, end));
  const pre = before(toks, first);
  if (post && pre && officeOverAside(pre, post)) return pre;
  return post ?? pre ?? namedDescription(toks, first);
}

function after(toks: readonly Token[], last: number): string | null {
  if (toks[last + 1]?.text !== ',') return null;
  // "Jennifer Homendy, who chairs the National Transportation Safety Board,"
  // (past an age: "Ron Kessler, 67, who grows wheat near Dodge City,")
  const aged = /^\d{1,3}$/.test(toks[last + 2]?.text ?? '') && toks[last + 3]?.text === ',';
  const heads = relativeRole(toks, aged ? last + 2 : last);
  if (heads) return heads;
  let from = last + 2;
  // ("Anita Dunn, now a partner at …,": the description after "now")
  if (DESCRIPTION_TIME_ADVERBS.has(toks[from]?.lower ?? '') && ARTICLES.has(toks[from + 1]?.lower ?? ''))
    from++;
  // "Ahmed Khan, 34, a shopkeeper": past the age; "Chris Murphy, D-Conn., the lead negotiator": the party's
  // label
  if (/^\d{1,3}$/.test(toks[from]?.text ?? '') && toks[from + 1]?.text === ',') from += 2;
  else if (PARTY_LABEL.test(toks[from]?.text ?? '')) {
    const comma = toks.findIndex((t, k) => k > from && k <= from + MAX_LABEL && t.text === ',');
    if (comma > 0) from = comma + 1;
  }
  let to = from;
  let and = -1;
  let relative = -1;
  let now = -1; // ("a former NATO assistant secretary general now at the European Council …": what they were)
  // ("senior adviser to Mr. Sanders": an abbreviation's dot ends nothing)
  while (
    to < toks.length &&
    to - from < MAX_WORDS &&
    (!ENDS.has(tokenAt(toks, to).text) || isAbbrevDot(toks, to))
  ) {
    if (and < 0 && toks[to]?.lower === 'and' && secondDescription(toks, to + 1)) and = to;
    if (relative < 0 && isRelative(tokenAt(toks, to))) relative = to;
    if (now < 0 && to > from + 1 && nowAt(toks, to)) now = to;
    to++;
  }
  // "Peter Vail, a geologist who sailed with her in the 1970s": the noun the relative clause describes
  // (the first of two descriptions still comes first: "a Texas media consultant and an influential
  // Hispanic Republican who said …"; "the executive director … and whose …" leaves its "and" out)
  if (relative > from) {
    const end = and > from && and < relative ? and : relative;
    return described(toks, from, tokenOrNone(toks, end - 1)?.lower === 'and' ? end - 1 : end);
  }
  const whole = to >= toks.length || ENDS.has(tokenAt(toks, to).text);
  if (now > from && whole && (relative < 0 || relative > now)) return described(toks, from, now);
  // "a professor at New York University and a frequent critic of the industry": the first of two
  // descriptions, or both when the first reads as none alone
  if (and > from) return described(toks, from, and) ?? (whole ? described(toks, from, to) : null);
  return whole ? described(toks, from, to) : null;
}

/** "… general now at the European Council": a time adverb in lower case, not after "and" ("former mayor of
 * Nice and currently president of …" is one description), nor in a name ("One Wisconsin Now"). */
const nowAt = (toks: readonly Token[], k: number): boolean =>
  DESCRIPTION_TIME_ADVERBS.has(tokenAt(toks, k).text) && toks[k - 1]?.lower !== 'and';

/** A title before its dot: any title word, or an honorific only ever written so ("Hon."). */
const dottedTitle = (w: string): boolean => isTitleWord(w) || DOTTED_HONORIFICS.has(w);

function before(toks: readonly Token[], first: number): string | null {
  // ("The study's lead author, Dr. Maya Patel,", "NHS England's medical director, Professor Sir Stephen
  // Powis,": past the titles before the name, with or without their stops)
  const comma = pastDescriptor(toks, titlesBefore(toks, first, dottedTitle));
  if (
    toks[comma]?.text !== ',' ||
    toks[first]?.text === ',' ||
    !ENDS.has(toks[pastLabel(toks, pastAffiliation(toks, nameEnd(toks, first)))]?.text ?? '')
  )
    return null;
  // ("The Minister of Justice, Courts and Administration, Ana Ruiz,": from before the commas of an office's list)
  const list = portfolioListStart(toks, comma - 1, 0);
  let from = list >= 0 ? list : comma;
  // (back to the clause's start: a stop, a comma, or a quote just closed: "“…,” the victim's sister, Maria")
  // ("a country that the previous Republican presidential nominee, Mitt Romney, called": "that" too)
  // ("“…,” said his sister, Keisha Harris,": or the cue verb before its determiner)
  // ("… after its chief financial officer, Dmitri Volkov, warned", "where his coach, Greg Sands, said": a
  // subordinate clause's opener before a determiner)
  // ("KABUL (Reuters) - Afghanistan's acting foreign minister, Amir Khan Muttaqi,": a dash, a dateline's too)
  const opens = (t: Token, next: Token | undefined): boolean =>
    ENDS.has(t.text) ||
    DASHES.has(t.text) ||
    QUOTE_MARKS.has(t.text) ||
    t.lower === 'that' ||
    ((SUBORDINATORS.has(t.lower) || t.lower === 'where') && opensDescription(next?.text)) ||
    (cueForm(t.lower) !== undefined && opensDescription(next?.text));
  // ("The U.S. surgeon general, Vivek Murthy,": a dotted abbreviation's last dot opens nothing; an initial's
  // does, "the first case involved Donald J. Trump's campaign chairman, Paul Manafort" being no description)
  const dotted = (k: number): boolean => isAbbrevDot(toks, k) && tokenAt(toks, k - 1).text.includes('.');
  // ("according to her husband, Marcus Reed,": the source's "to" too)
  const according = (k: number): boolean =>
    toks[k]?.lower === 'to' && tokenOrNone(toks, k - 1)?.lower === 'according';
  const opensAt = (k: number): boolean =>
    (opens(tokenAt(toks, k), toks[k + 1]) && !dotted(k)) || according(k);
  while (from > 0 && comma - from < MAX_WORDS && !opensAt(from - 1)) from--;
  // ("But the regulator's chief executive, Fiona Marsh,": the sentence's conjunction is no part of it)
  const conjunction =
    COORDINATORS.has(tokenAt(toks, from).lower) && from < comma - 1 && (from === 0 || opensAt(from - 1));
  if (conjunction) from++;
  // a description before the name opens on a determiner or its owner's name ("His lawyer, …", "Germany's
  // foreign minister, …", "That agency's executive director, …"), never on a verb ("…, misstated the year
  // Pershing Square's founder, William …")
  const lead = tokenAt(toks, from);
  const demonstrative = tokenAt(toks, from - 1).lower;
  const owner = isPossessive(lead.text) && (demonstrative === 'that' || DEMONSTRATIVES.has(demonstrative));
  const whole =
    (lead.cap || ARTICLES.has(lead.lower) || POSSESSIVE_DETERMINERS.has(lead.lower) || owner) &&
    (from === 0 || conjunction || opensAt(from - 1))
      ? described(toks, from, comma)
      : null;
  return whole ?? afterPreposition(toks, from, comma);
}

/** "Speaking alongside Egypt's foreign minister, Sameh Shoukry, in Cairo": the description after the last
 * opening preposition of a clause that is no description itself, when a determiner or an owner opens it. */
function afterPreposition(toks: readonly Token[], from: number, comma: number): string | null {
  let p = comma - 1;
  // (not "of", "for": "a friend of Harry's mother, Princess Diana," names her inside another's phrase)
  while (p > from && !DESCRIPTION_PREPOSITIONS.has(tokenAt(toks, p).lower)) p--;
  const lead = toks[p + 1];
  if (p <= from || !lead) return null;
  const owner = lead.cap && isPossessive(lead.text);
  return ARTICLES.has(lead.lower) || POSSESSIVE_DETERMINERS.has(lead.lower) || owner
    ? described(toks, p + 1, comma)
    : null;
}

/** Past a workplace after the name ("Another analyst, Hiroshi Tanabe of Mizuho Securities, said"). */
function pastAffiliation(toks: readonly Token[], k: number): number {
  if (!AFFILIATION_PREPOSITIONS.has(tokenAt(toks, k).lower)) return k;
  let e = k + 1;
  if (tokenAt(toks, e).lower === 'the') e++;
  while (tokenAt(toks, e).cap && tokenAt(toks, e).word) e++;
  return e > k + 1 ? e : k;
}

/** A title before a name: a courtesy ("Dr.", "Professor Sir") or one written short ("Lt. Cmdr.", "Cllr"). */
const isTitleWord = (w: string): boolean => COURTESY_TITLES.has(w) || TITLE_ABBREVIATIONS.has(w);

/** Where the name starting at first ends: the token after its capitalised words. */
function nameEnd(toks: readonly Token[], first: number): number {
  let k = first;
  // ("Peter de Menocal": through the particles inside it)
  while (
    tokenAt(toks, k).cap ||
    particleJoined(tokenAt(toks, k).text) ||
    isAbbrevDot(toks, k) || // ("Donald J. Trump", not the stop after "Carol Hughes.")
    NAME_PARTICLES.has(tokenAt(toks, k).lower)
  )
    k++;
  return k;
}
