// The engine's table of contents: each step takes the previous steps' output and returns new values.
import { findPeople } from './coreference/find-people';
import { knownSpeakerTest } from './coreference/known-speaker';
import { resolveCoreference } from './coreference/resolve-coreference';
import { findByline } from './credits/find-byline';
import { findCredits } from './credits/find-credits';
import { findQuotes } from './quotes/find-quotes';
import { splitSentences } from './sentences/split-sentences';
import { buildStatements } from './statements/build-statements';
import { findStatements } from './statements/find-statements';
import { joinSections, type SectionDrafts } from './statements/join-sections';
import { articleBody } from './text/article-body';
import { splitParagraphs } from './text/paragraphs';
import { sectionsOf, type Section } from './text/sections';
import type { Credit, Statement } from './types';

export interface PipelineResult {
  readonly statements: Statement[];
  readonly credits: Credit[];
  readonly byline: string | null;
}

export function runPipeline(text: string): PipelineResult {
  const paragraphs = splitParagraphs(text); // one article line = one paragraph
  const body = articleBody(text, paragraphs); // READ MORE: …, captions, "Reporting by …" → left out
  const sections = sectionsOf(body).map((section) => draftsIn(text, section)); // an article: one section
  const { drafts, speakers } = joinSections(sections); // one speaker id per name across sections
  const statements = buildStatements(text, drafts, speakers); // … reported by Reuters → outlet Reuters
  const credits = findCredits(text, paragraphs); // WASHINGTON (Reuters) — → news agency Reuters
  return { statements, credits, byline: findByline(text, paragraphs) }; // By Jane Doe → byline
}

/** One section's statements before they are built, with their speakers. */
function draftsIn(text: string, { paragraphs, from }: Section): SectionDrafts {
  const quotes = findQuotes(text, paragraphs); // “We will,” she said. → the quote
  const sentences = splitSentences(text, paragraphs, quotes); // Mr. Smith spoke. He left. → 2 sentences
  const people = findPeople(sentences); // former President Donald Trump → person "Donald Trump"
  const drafts = findStatements(text, sentences, knownSpeakerTest(people)); // Stoltenberg warned that … → content, cue, "Stoltenberg"
  const speakers = resolveCoreference(text, sentences, people, drafts); // He emphasized … → Donald Trump, one id
  return { drafts, speakers, from };
}
