// The outlet a claim came through: "reported by Reuters", "told CNN", "in an interview with the BBC",
// "according to The New York Times". Looks at the statement's sentence outside what was said.
import { AMBIGUOUS_OUTLETS, OUTLETS_BY_NAME } from '../lexicon/outlets';
import { MONTHS, WEEKDAYS } from '../lexicon/calendar';
import { OUTLET_KIND_NOUNS, PAPER_HEADS } from '../lexicon/org-kinds';
import type { Span } from '../types';
import { withoutPossessive } from '../text/possessive';
import { PREPOSITIONS } from '../lexicon/subject-words';

/** How far around the cue (characters) the outlet phrase may be. */
const WINDOW = 240;
const LEADS =
  /\b(reported by|told|telling|tells|according to|interview with|interviewed by|reports? (?:by|from|in)|wrote in|writing in|said on|appeared on|[Ss]peaking to|spoke to|quoted by)\s+(?=((?:[Tt]he\s+)?(?:\p{Ll}+\s+){0,3}[A-Z][\p{L}&.'’-]*(?:\s+[A-Z][\p{L}&.'’-]*){0,4})|(\p{Ll}+)\b)/gu;

/** The longest known outlet name that opens `words` ("The New York Times on Monday" → New York Times). */
export function outletPrefix(words: string): string | null {
  const parts = words.split(/\s+/);
  for (let n = Math.min(parts.length, 5); n >= 1; n--) {
    const cand = withoutPossessive(
      parts
        .slice(0, n)
        .join(' ')
        .replace(/[.,:;]$/, ''),
    );
    const bare = cand.replace(/^[Tt]he\s+/, '');
    // ("told the Guardian": the outlet's own "The", written in lower case mid-sentence)
    const titled = cand.replace(/^the\s/, 'The ');
    const known =
      (OUTLETS_BY_NAME.has(titled) && !AMBIGUOUS_OUTLETS.has(titled)) ||
      (OUTLETS_BY_NAME.has(bare) && !AMBIGUOUS_OUTLETS.has(bare));
    if (known) return opensLongerName(bare, parts[n]) ? null : bare;
  }
  return null;
}

/** "told the Australian Securities Exchange": a one-word name written with "The" ("The Australian", "The
 * Independent"), before another capitalised word (not a day: "told The Australian Monday"), opens some other
 * body's name; "told Bloomberg Television" still credits Bloomberg. */
function opensLongerName(bare: string, next: string | undefined): boolean {
  const word = (next ?? '').replace(/[.,:;]$/, '');
  return (
    !bare.includes(' ') &&
    OUTLETS_BY_NAME.has(`The ${bare}`) &&
    /^\p{Lu}\p{Ll}/u.test(word) &&
    word === next &&
    !WEEKDAYS.has(word.toLowerCase()) &&
    !MONTHS.has(word.toLowerCase())
  );
}

export interface OutletHit extends Span {
  readonly name: string;
  /** The phrase as written ("reported by Reuters"). */
  readonly evidence: string;
}

export function outletsIn(text: string, span: Span): OutletHit[] {
  const out: OutletHit[] = [];
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(LEADS)) {
    // (words describing an outlet hold no preposition: "according to documents seen by The Guardian" credits a
    // record, not an outlet; the name is only looked ahead at, so a lead inside it is read on its own)
    const describing = (m[2] ?? '').split(/\s+/).slice(0, -1);
    if (describing.some((w) => PREPOSITIONS.has(w))) continue;
    // (a name in lower case only when the lexicon knows it: "told dpa", not "told reporters")
    const name = m[3]
      ? outletPrefix(m[3])
      : describedOutlet(slice.slice((m.index ?? 0) + (m[1] ?? '').length, (m.index ?? 0) + NAME_CHARS));
    if (!name) continue;
    const start = span.start + (m.index ?? 0);
    const nameAt = slice.indexOf(name, (m.index ?? 0) + (m[1] ?? '').length);
    const end = span.start + nameAt + name.length;
    out.push({ start, end, name, evidence: text.slice(start, end) });
  }
  return out;
}

/** How far after a lead (characters) its outlet's name may end ("told the Italian newspaper Corriere della Sera"). */
const NAME_CHARS = 90;
/** Most words describing an outlet before its name ("the state news agency TASS"). */
const MAX_DESCRIBING = 4;

const PAPERS: ReadonlySet<string> = new Set(PAPER_HEADS);
/** Most words of a newspaper's name the lexicon does not know ("the Springfield News-Leader"). */
const MAX_PAPER_WORDS = 4;

/** "the Springfield News-Leader", "the Eastbrook Herald", "the Herald": "the", a place's capitalised words
 * and a newspaper's head (the lexicon knows the big outlets, not every town's paper). */
function unknownPaper(parts: readonly string[]): string | null {
  if (!/^[Tt]he$/.test(parts[0] ?? '')) return null;
  const name: string[] = [];
  for (const w of parts.slice(1, MAX_PAPER_WORDS + 1)) {
    const word = w.replace(/[.,:;]$/, '');
    if (!/^\p{Lu}\p{Ll}/u.test(word)) break;
    name.push(withoutPossessive(word));
    if (word !== w || word !== name.at(-1)) break;
  }
  const head = (name.at(-1) ?? '').toLowerCase().split('-');
  return head.some((h) => PAPERS.has(h)) ? name.join(' ') : null;
}

/** "told the ABC", "told the AP": after a lead and "the", a name that alone may be anything is the outlet. */
function theAmbiguous(parts: readonly string[]): string | null {
  const name = withoutPossessive((parts[1] ?? '').replace(/[.,:;]$/, ''));
  return /^[Tt]he$/.test(parts[0] ?? '') &&
    AMBIGUOUS_OUTLETS.has(name) &&
    OUTLETS_BY_NAME.has(name) &&
    !opensLongerName(name, parts[2])
    ? name
    : null;
}

/** Lowercase words inside a foreign outlet's name ("Corriere della Sera", "La Voz de Galicia"). */
const OUTLET_NAME_PARTICLES = /^(?:da|de|del|della|des|di|do|du|e|el|la|le|y)$/;

/** "told Swiss broadcaster SRF", "told the newspaper La Tribuna": a name the lexicon does not know, right
 * after a few words whose last says what kind of outlet it is. */
function kindNamedOutlet(parts: readonly string[]): string | null {
  const at = parts.slice(0, MAX_DESCRIBING + 1).findIndex((w) => OUTLET_KIND_NOUNS.has(w));
  if (at < 0 || parts.slice(0, at).some((w) => !/^[\p{L}-]+$/u.test(w))) return null;
  const name: string[] = [];
  for (const w of parts.slice(at + 1, at + 1 + MAX_PAPER_WORDS)) {
    const word = withoutPossessive(w.replace(/[.,:;]$/, ''));
    // (a particle or a number only after the name's first word: "France 2")
    const inner = name.length > 0 && (OUTLET_NAME_PARTICLES.test(word) || /^\d+$/.test(word));
    if (!/^\p{Lu}/u.test(word) && !inner) break;
    name.push(word);
    if (word !== w) break;
  }
  while (OUTLET_NAME_PARTICLES.test(name.at(-1) ?? '')) name.pop();
  const first = (name[0] ?? '').toLowerCase();
  return name.length > 0 && !WEEKDAYS.has(first) && !MONTHS.has(first) ? name.join(' ') : null;
}

/** The known outlet that opens `words`, past a few words describing it ("the Italian newspaper …"), or a
 * town's newspaper or an outlet of a named kind right there. */
function describedOutlet(words: string): string | null {
  const parts = words.trim().split(/\s+/);
  const paper = outletPrefix(parts.join(' ')) ?? theAmbiguous(parts) ?? unknownPaper(parts);
  if (paper) return paper;
  for (let skip = 0; skip <= MAX_DESCRIBING && skip < parts.length; skip++) {
    if (parts.slice(0, skip).some((w) => !/^[\p{L}-]+$/u.test(w))) break;
    const name = outletPrefix(parts.slice(skip).join(' '));
    if (name) return name;
  }
  return kindNamedOutlet(parts);
}

/** How far before "quoted" (characters) the quoting outlet's name may start ("The Interfax news agency"). */
const QUOTER_CHARS = 40;

/** "Interfax quoted Peskov as saying", "the state news agency RIA quoted him": a known outlet among the
 * few words right before an active "quoted", or anywhere before a "quoting" that adds to what the outlet
 * reported ("SPA reported the accord, quoting the minister as saying"). */
function quotingOutlets(text: string, span: Span): OutletHit[] {
  const out: OutletHit[] = [];
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(/\squot(?:ed|ing)\s/g)) {
    const from = m[0].includes('ing') ? 0 : Math.max(0, m.index - QUOTER_CHARS);
    const words = slice.slice(from, m.index).split(/\s+/);
    for (let k = words.length - 1; k >= 0; k--) {
      const name = /^\p{Lu}/u.test(words[k] ?? '') ? outletPrefix(words.slice(k).join(' ')) : null;
      if (!name) continue;
      const start = span.start + from + slice.slice(from, m.index).lastIndexOf(name);
      const end = span.start + m.index + m[0].length - 1;
      out.push({ start, end, name, evidence: text.slice(start, end) });
      break;
    }
  }
  return out;
}

/** The outlet for one statement: in its sentence, outside its content, near its cue. */
export function findOutlet(text: string, statement: Span, context: Span, cue: Span | null): string | null {
  const at = cue?.start ?? statement.start;
  const span = { start: Math.max(context.start, at - WINDOW), end: Math.min(context.end, at + WINDOW) };
  const hits = [...outletsIn(text, span), ...quotingOutlets(text, span)].filter(
    (h) => h.end <= statement.start || h.start >= statement.end,
  );
  return hits[0]?.name ?? null;
}
