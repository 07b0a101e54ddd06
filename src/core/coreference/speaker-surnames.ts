// Single words the article uses alone as a speaker ("“…,” Farinloye said"): a capitalised pair ending in
// one of them elsewhere is that person's full name, even with a first name no lexicon lists.
import { SINGULAR_VERBS } from '../lexicon/clause-words';
import { AUXILIARIES_AND_ADVERBS } from '../lexicon/subject-cue-gap';
import { PLACES } from '../lexicon/places';
import { NAME_PARTICLES } from '../lexicon/first-names';
import { NON_NAME_CAPS } from '../lexicon/pronouns';
import type { Sentence } from '../sentences/split-sentences';
import type { Draft } from '../statements/draft';
import { hasVerb } from '../statements/has-verb';
import { NearbyWords } from '../text/nearby-words';
import { withoutPossessive } from '../text/possessive';

/** A statement whose speaker phrase is one capitalised word: the word as written, and where. */
export interface SpeakerWordUse {
  readonly said: string;
  readonly at: number;
}

const THE_BEFORE = /(?:^|[^\p{L}])the\s$/iu;

/** The article's one-word speaker phrases, read once for every selection below. */
export function speakerWordUses(text: string, drafts: readonly Draft[]): SpeakerWordUse[] {
  const out: SpeakerWordUse[] = [];
  for (const d of drafts) {
    const p = d.phrase;
    // ("the Premier told", "the Pentagon said": an office or a body, no one's surname)
    if (p?.kind !== 'proper' || THE_BEFORE.test(text.slice(Math.max(0, p.start - 4), p.start))) continue;
    const written = withoutPossessive(text.slice(p.start, p.end));
    // ("Van Den Hoek said", "de Waal said": the surname after its particles)
    const said = afterParticles(written);
    if (/^\p{Lu}[\p{L}’'-]+$/u.test(said)) out.push({ said, at: p.start + written.length - said.length });
  }
  return out;
}

/** The last word of a phrase that is particles before it ("Van Den Hoek" → "Hoek"), else the phrase. */
function afterParticles(phrase: string): string {
  const words = phrase.split(' ');
  const last = words.at(-1) ?? phrase;
  return words.length > 1 && words.slice(0, -1).every((w) => NAME_PARTICLES.has(w.toLowerCase()))
    ? last
    : phrase;
}

/** `minUses`: how many statements must give the word as their speaker; with more than one, only a word
 * written as a name ("Meghan", "PlutoPete", not "KING-TV"). `keep` may refuse a word as written; it is
 * asked once per spelling. */
export function speakerSurnames(
  uses: readonly SpeakerWordUse[],
  minUses = 1,
  keep: (said: string) => boolean = () => true,
): NearbyWords {
  const kept = new Map<string, boolean>();
  const byWord = new Map<string, number[]>();
  for (const { said, at } of uses) {
    if (minUses > 1 && !/^\p{Lu}\p{L}*\p{Ll}\p{L}*$/u.test(said)) continue;
    let ok = kept.get(said);
    if (ok === undefined) kept.set(said, (ok = keep(said)));
    if (!ok) continue;
    const word = said.toLowerCase();
    const list = byWord.get(word);
    if (list) list.push(at);
    else byWord.set(word, [at]);
  }
  const out = new NearbyWords();
  for (const [word, at] of byWord) if (at.length >= minUses) for (const a of at) out.add(word, a);
  return out;
}

/** "Niederreiter has four goals", "Okafor insists": a lone capitalised word opening a sentence before a
 * singular verb is used the way news uses a surname, so a capitalised pair ending in it elsewhere ("Nino
 * Niederreiter scored twice") names that person even with a first name no lexicon lists. A plural-looking
 * word counts only before a verb that agrees with one ("Canucks have", "Leafs won" are teams). */
export function subjectWordUses(sentences: readonly Sentence[]): SpeakerWordUse[] {
  const out: SpeakerWordUse[] = [];
  for (const s of sentences) {
    // ("Mensah also addressed the funding": past one adverb to the verb; "Scott is one of …" keeps its verb)
    const adverb = AUXILIARIES_AND_ADVERBS.has(s.tokens[1]?.lower ?? '') && !hasVerb(s.tokens, 1, 2);
    const v = adverb ? 2 : 1;
    const word = s.tokens[0];
    const verb = s.tokens[v];
    if (!word?.word || !verb?.word || verb.cap || !/^\p{Lu}\p{Ll}+[’'-]?\p{Ll}*$/u.test(word.text)) continue;
    if (PLACES.has(word.lower) || NON_NAME_CAPS.has(word.lower)) continue;
    // ("Transit users said": an -s word before a verb is a plural noun the word describes, not the verb)
    const singular =
      SINGULAR_VERBS.has(verb.lower) ||
      (/^\p{Ll}+[^s’']s$/u.test(verb.text) && !hasVerb(s.tokens, v + 1, v + 2));
    if (singular || (!word.lower.endsWith('s') && hasVerb(s.tokens, v, v + 1)))
      out.push({ said: word.text, at: word.start });
  }
  return out;
}
