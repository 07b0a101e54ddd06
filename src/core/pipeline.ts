// The engine's table of contents: each step takes the previous steps' output and returns new values.
import { splitParagraphs } from './text/paragraphs';
import { findQuotes } from './quotes/find-quotes';
import { splitSentences } from './sentences/split-sentences';
import { findStatements } from './statements/find-statements';
import { resolveSpeakers } from './coreference/resolve-speakers';
import type { Statement } from './types';

export function runPipeline(text: string): Statement[] {
  const paragraphs = splitParagraphs(text); // one article line = one paragraph
  const quotes = findQuotes(text, paragraphs); // “We will,” she said. → the quote
  const sentences = splitSentences(text, paragraphs, quotes); // Mr. Smith said so. He left. → 2
  const drafts = findStatements(text, sentences); // Stoltenberg warned that … → content + cue + "Stoltenberg"
  return resolveSpeakers(text, sentences, drafts); // He emphasized … → Donald Trump
}
