// Where someone's words were read, not who said them: "“…,” Zhang said, according to Xinhua", "…, she told
// employees, according to a recording reviewed by this newspaper" (split from according-to.ts).
import { BROADCASTER_NOUNS } from '../lexicon/after-cue-words';
import { DOCUMENT_NOUNS, RECORD_NOUNS } from '../lexicon/document-nouns';
import { outletPrefix } from '../outlets/find-outlet';
import { findCues, type CueMatch } from '../cues/find-cues';
import type { Sentence } from '../sentences/split-sentences';
import { skipAuxBack } from '../speakers/skip-aux-back';
import { phraseBefore } from '../speakers/speaker-phrase';
import { SUBORDINATORS } from '../lexicon/clause-words';
import { COORDINATORS } from '../lexicon/clause-boundary-words';

/** Most words of a medium named by its kind, its article counted ("the official IRNA news agency"). */
const MAX_MEDIUM_WORDS = 5;
/** Where a record's noun may stand in the source ("a leaked audio", "an internal video"). */
const MAX_RECORD_AT = 3;
/** A participle and "by" saying who saw or released the record ("seen by", "obtained by", "heard by"). */
const ACCESSED = /\s(?:\p{Ll}+(?:ed|en)|heard)\s+by\s/u;

/** A record of the words someone saw or heard ("a copy seen by Reuters", "a recording heard by this
 * newspaper"), not a document that says things of its own ("a transcript of the show"). */
function accessedRecord(source: string): boolean {
  return leadWords(source).some((w) => RECORD_NOUNS.has(w)) && ACCESSED.test(source);
}

/** The words where a record's or a document's noun may stand, lowercased. */
const leadWords = (source: string): string[] => source.toLowerCase().split(/\s+/, MAX_RECORD_AT);

/** A news outlet by name ("Xinhua") or by its kind ("state media", "local television", "the state news
 * agency"), or a record of the words someone saw ("a copy seen by Reuters"). */
function carrier(source: string): boolean {
  const words = source.toLowerCase().split(/\s+/);
  const last = words.at(-1) ?? '';
  const medium = BROADCASTER_NOUNS.has(last) || (last === 'agency' && words.at(-2) === 'news');
  // (one the reporter saw, "a copy seen by Reuters"; "a transcript of the show" is a source PolNeAR's
  // annotators name as such)
  return !!outletPrefix(source) || (medium && words.length <= MAX_MEDIUM_WORDS) || accessedRecord(source);
}

/** The source at token i ("…, according to X") carries the words of a cue before it, which keeps them: an
 * outlet or record after a cue's clause that closes on the comma ("“…,” Zhang said, according to Xinhua"),
 * or a record someone heard after a "say" or "tell" in the clause ("Vogel told employees that …, according
 * to a recording heard by this newspaper"); `from` is where the clause starts. */
export function carriedBy(s: Sentence, i: number, source: string, from: number): boolean {
  if (carrier(source) && cueClosesAt(s, i)) return true;
  // ("Aslef said it was balloting members, according to a circular seen by Reuters": a document where the
  // words were read, after a cue of the clause's own)
  const read = accessedRecord(source) || issuedDocument(source);
  return read && findCues(s).some((c) => tells(c) && c.index >= from && c.index < i && mainClauseCue(s, c));
}

/** The cue's subject opens a main clause ("Separately, the union Aslef said"), not one a subordinator or a
 * conjunction joins to another's words ("Reporting … found …, while Dallas said"). */
function mainClauseCue(s: Sentence, c: CueMatch): boolean {
  const p = phraseBefore(s.tokens, skipAuxBack(s.tokens, c.index - 1, 0), 0);
  const before = s.tokens[(p?.first ?? 0) - 1]?.lower ?? '';
  return !!p && !SUBORDINATORS.has(before) && !COORDINATORS.has(before);
}

/** A document by its noun near the start ("a circular seen by Reuters", "a note on its website"). */
const issuedDocument = (source: string): boolean => leadWords(source).some((w) => DOCUMENT_NOUNS.has(w));

/** A plain verb of saying ("said", "told"), whose clause is someone's words. */
const tells = (c: CueMatch): boolean => !c.weak && (c.lemma === 'say' || c.lemma === 'tell');

/** A cue's clause closing with the comma before token i ("…, Zhang said, according to", "…,” Lee told
 * reporters, according to"): the cue after a comma or a quote's close, no comma between it and i. */
function cueClosesAt(s: Sentence, i: number): boolean {
  const toks = s.tokens;
  if (toks[i - 1]?.text !== ',') return false;
  return findCues(s).some((c) => {
    if (c.index >= i - 1 || toks.slice(c.index, i - 1).some((t) => t.text === ',')) return false;
    const p = phraseBefore(toks, skipAuxBack(toks, c.index - 1, 0), 0);
    return !!p && /^[,”"’]$/.test(toks[p.first - 1]?.text ?? '');
  });
}
