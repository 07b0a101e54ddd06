// The engine's table of contents: each step takes the previous steps' output and returns new values.
import { findPeople } from './coreference/find-people';
import { findOrganizations } from './coreference/find-organizations';
import { groupEntities } from './coreference/group-entities';
import { inferGenders } from './coreference/infer-genders';
import { resolveSpeakers } from './coreference/resolve-speakers';
import { speakerSurnames } from './coreference/speaker-surnames';
import { withSurnameMentions } from './coreference/surname-mentions';
import { findByline } from './credits/find-byline';
import { findCredits } from './credits/find-credits';
import { findQuotes } from './quotes/find-quotes';
import { inQuoteTest } from './quotes/in-quote';
import { splitSentences } from './sentences/split-sentences';
import { knownSpeakerTest } from './speakers/known-speaker';
import { buildStatements } from './statements/build-statements';
import { findStatements } from './statements/find-statements';
import { splitParagraphs } from './text/paragraphs';
import type { Credit, Statement } from './types';

export interface PipelineResult {
  readonly statements: Statement[];
  readonly credits: Credit[];
  readonly byline: string | null;
}

export function runPipeline(text: string): PipelineResult {
  const paragraphs = splitParagraphs(text); // one article line = one paragraph
  const quotes = findQuotes(text, paragraphs); // “We will,” she said. → the quote
  const sentences = splitSentences(text, paragraphs, quotes); // Mr. Smith spoke. He left. → 2 sentences
  const people = findPeople(sentences); // former President Donald Trump → person "Donald Trump"
  const drafts = findStatements(text, sentences, knownSpeakerTest(people)); // Stoltenberg warned that … → content, cue, "Stoltenberg"
  const surnames = speakerSurnames(text, drafts);
  const named = withSurnameMentions(sentences, findPeople(sentences, surnames)); // … Babatunji Farinloye, 50. → a person
  const inQuote = inQuoteTest(sentences);
  const genders = inferGenders(sentences, named, inQuote); // … Cook. He said → Cook is "he"
  const organizations = findOrganizations(sentences); // the Nova Scotia Health Authority → an organisation
  const resolved = resolveSpeakers({ text, people: named, organizations, drafts, inQuote, genders }); // He emphasized … → Donald Trump
  const speakers = groupEntities(resolved); // Trump, Donald Trump, he → one speaker id
  const statements = buildStatements(text, drafts, speakers); // … reported by Reuters → outlet Reuters
  const credits = findCredits(text, paragraphs); // WASHINGTON (Reuters) — → news agency Reuters
  return { statements, credits, byline: findByline(text, paragraphs) }; // By Jane Doe → byline
}
