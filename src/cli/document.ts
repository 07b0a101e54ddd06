// What flows through the CLI: one document to analyse, from a file, a JSONL line or a WARC record, and
// what became of it. Both are plain data, so they cross to worker threads by structured clone.

/** A document to analyse. */
export interface Doc {
  /** Names it in messages and in the file record's "input": a path, "-" for stdin, or the record's id. */
  readonly name: string;
  /** Record streams (JSONL, WARC) only: the id and url the output record carries back. */
  readonly record?: { readonly id: unknown; readonly url: string | null };
  /** true: HTML, which goes through the extension's article extraction first. */
  readonly html: boolean;
  readonly content: string;
}

/** A document that could not even be read (a bad JSONL line, an unreadable file). */
export interface DocFailure {
  readonly name: string;
  readonly record?: Doc['record'];
  readonly error: string;
}

export type DocOrFailure = Doc | DocFailure;

/** The analysis, already rendered in the output format; or why there is none. */
export type DocResult =
  { readonly name: string; readonly record?: Doc['record']; readonly body: string } | DocFailure;

export const isFailure = (item: DocOrFailure | DocResult): item is DocFailure => 'error' in item;
