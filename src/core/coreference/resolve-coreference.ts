// The coreference step as the pipeline sees it: drafts in, one resolved speaker (with its entity id) per
// draft out. Each line below is one pass over the article.
import type { Sentence } from '../sentences/split-sentences';
import { inQuoteTest } from '../quotes/in-quote';
import type { Draft } from '../statements/draft';
import type { Speaker } from '../types';
import { findOrganizations } from './find-organizations';
import { shortNamed } from './short-named';
import { groupSubjects } from './group-subjects';
import { unnamedSubjects } from './unnamed-subjects';
import { heldNames } from './lone-name-subject';
import { ledeOffice } from './lede-office';
import { findPeople, type PersonMention } from './find-people';
import { groupEntities } from './group-entities';
import { inferGenders } from './infer-genders';
import { resolveSpeakers } from './resolve-speakers';
import { speakerSurnames, speakerWordUses, subjectWordUses } from './speaker-surnames';
import { surnameMentionReader } from './surname-mentions';
import type { NearbyWords } from '../text/nearby-words';
import { classifyPhrase } from '../speakers/classify-speaker';

const isPersonWord = (word: string): boolean => classifyPhrase(word, 'proper').type === 'person';
const notPeople = (word: string): boolean => classifyPhrase(word, 'proper').type !== 'unnamed';

/** `known`: the people findPeople found before statements were (no speaker surnames yet). */
export function resolveCoreference(
  text: string,
  sentences: readonly Sentence[],
  known: readonly PersonMention[],
  drafts: readonly Draft[],
): (Speaker | null)[] {
  if (drafts.length === 0) return [];
  const uses = speakerWordUses(text, drafts);
  // (not a word for people: "Builders … said" is no surname of "the Canadian Home Builders' Association")
  const surnames = speakerSurnames([...uses, ...subjectWordUses(sentences)], 1, notPeople); // “…,” Farinloye said → "farinloye"
  const named = surnames.size > 0 ? findPeople(sentences, surnames) : known; // Babatunji Farinloye, 50
  const readMentions = surnameMentionReader(sentences, named);
  // (one-word names kept only where the article writes them as names: lone-name-subject.ts)
  // (and the holder of an office the story opens on: lede-office.ts)
  const mentionsWith = (extra?: NearbyWords): readonly PersonMention[] =>
    ledeOffice(text, sentences, heldNames(text, readMentions(extra)));
  const people = mentionsWith(); // … Farinloye finished 36th
  const inQuote = inQuoteTest(sentences);
  // A word used alone as the speaker of two statements or more votes too ("Meghan said. She …"); once may
  // be a misread phrase ("Using a crude expression, he said") that a gender would let take every "he".
  const repeated = speakerSurnames(uses, 2);
  const voters = repeated.size > 0 ? mentionsWith(repeated) : people;
  const genders = inferGenders(sentences, voters, inQuote); // Kody Cook … his job → Cook is "he"
  const orgs = findOrganizations(sentences);
  const organizations = [
    ...orgs,
    ...shortNamed(text, sentences, orgs), // Redline Freight Inc. … Redline denied that
    ...groupSubjects(sentences),
    ...unnamedSubjects(sentences),
  ].sort((a, b) => a.start - b.start); // the Nova Scotia Health Authority, the Liberals; Prosecutors disagreed
  // … and such a word that names a person of known gender, as the subject of its sentence, is a mention a
  // later "he" can reach ("Obama, for all the progress …, seems to agree. “…,” he said")
  const persons = speakerSurnames(uses, 2, (w) => genders.has(w.toLowerCase()) && isPersonWord(w));
  const before = new Set(people.map((p) => p.start));
  const mentioned =
    persons.size > 0 ? mentionsWith(persons).filter((p) => before.has(p.start) || p.subject) : people;
  const resolved = resolveSpeakers({ text, people: mentioned, organizations, drafts, inQuote, genders }); // the mayor → Doug McCallum
  return groupEntities(resolved); // McCallum, the mayor, he → one speaker id
}
