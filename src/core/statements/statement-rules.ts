// The statement rules, tried on every sentence in this order; an earlier rule's statement wins where two
// overlap. Each row names its rule and shows it on a sentence (test/unit/core/statements/statement-rules.test.ts
// runs every example): the [bracketed] words are what the rule finds was said.
import type { Sentence } from '../sentences/split-sentences';
import { accordingTo } from './according-to';
import { colonStatement } from './colon-statements';
import { cueStatements } from './cue-statements';
import type { Draft } from './draft';
import { nounStatements } from './noun-statements';
import { itPassiveStatement, passiveStatement } from './passive-statements';
import { pullQuote } from './pull-quote';
import { questionStatements } from './question-statements';

/** What a rule sees: one sentence and its neighbours. */
interface SentenceContext {
  readonly text: string;
  readonly sentence: Sentence;
  readonly previous: Sentence | undefined;
  readonly next: Sentence | undefined;
  /** Whether a capitalised word names someone the article knows ("Cruz: …" is a speaker then). */
  readonly isKnownSpeaker: (word: string) => boolean;
}

export interface StatementRule {
  readonly name: string;
  readonly reason: string;
  /** Sentences where the rule finds the [bracketed] words as a statement. */
  readonly example: string;
  readonly builds: (c: SentenceContext) => readonly (Draft | null)[];
}

export const STATEMENT_RULES: readonly StatementRule[] = [
  {
    name: 'colon',
    reason:
      'a speaker before a colon at the start of a line introduces what follows; first, so a cue inside the headline does not take it',
    example: 'Mayor Okafor: [Bridge Will Reopen In May]',
    builds: (c) => [colonStatement(c.text, c.sentence, c.isKnownSpeaker)],
  },
  {
    name: 'according to',
    reason: '"according to X" attributes the clause beside it to X',
    example: '[The ferry will stop running in winter], according to the harbour master.',
    builds: (c) => accordingTo(c.text, c.sentence),
  },
  {
    name: 'question',
    reason:
      'a question put to someone by a named asker ("asked by reporters whether …") is itself reported speech',
    example: 'Asked by reporters [whether the ferry would run], the harbour master shrugged.',
    builds: (c) => questionStatements(c.text, c.sentence),
  },
  {
    name: 'cue verb',
    reason: 'a speech verb with its subject reports the clause or quote around it',
    example: 'The harbour master warned that [the ferry would stop in winter].',
    builds: (c) => cueStatements(c.text, c.sentence, c.next, c.isKnownSpeaker),
  },
  {
    name: 'report noun',
    reason: 'a report noun ("claims", "allegations") with a that-clause reports what was claimed',
    example: 'The council rejected the mayor’s claim that [the levy was fair].',
    builds: (c) => nounStatements(c.text, c.sentence),
  },
  {
    name: 'pull quote',
    reason:
      'a sentence with only a full name after it, closing its paragraph, is that person’s words set apart',
    example: '[The ferry is the heart of this town, and it always will be]. Ruth Okafor\n\nOkafor runs it.',
    builds: (c) => [pullQuote(c.text, c.sentence, c.next)],
  },
  {
    name: 'passive, pointing back',
    reason:
      'a demonstrative subject of a passive cue ("This concern was voiced by X") points back to the sentence before',
    example: '[The ferry cannot run on its budget]. This concern was voiced by Mayor Ruth Okafor.',
    builds: (c) => [passiveStatement(c.text, c.sentence, c.previous)],
  },
  {
    name: 'passive, "it … that"',
    reason: 'the agent of "It was announced by X that …" says the clause after "that"',
    example: 'It was announced by the league on Tuesday that [the coach would not return].',
    builds: (c) => [itPassiveStatement(c.text, c.sentence)],
  },
];
