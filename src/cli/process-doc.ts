// One document → its rendered result, or the reason it failed: the whole per-document job, the same in
// the main thread (--jobs 1) and in each worker thread.
import { analyze } from '../core';
import { isFailure, type DocOrFailure, type DocResult } from './document';
import { parseLine, type JsonlLine } from './jsonl-docs';
import type { ExtractorSource } from './load-extract-html';
import { describeError } from './read-input';
import { renderRecord, type RenderOptions } from './render-record';

/** What the sources hand the pool: a document, a JSONL line still to parse, or an input that failed. */
export type Task = DocOrFailure | JsonlLine;

export async function processTask(
  task: Task,
  extractor: ExtractorSource,
  options: RenderOptions,
): Promise<DocResult> {
  const doc = 'line' in task ? parseLine(task) : task;
  if (isFailure(doc)) return doc;
  const { name, record } = doc;
  const base = record ? { name, record } : { name };
  try {
    const article = doc.html ? (await extractor())(doc.content) : { text: doc.content, hints: {} };
    if (!article) return { ...base, error: 'no article text found in this HTML page' };
    const analysis = analyze(article.text, article.hints);
    return { ...base, body: renderRecord(doc, analysis, article.text, options) };
  } catch (error) {
    return { ...base, error: describeError(error) };
  }
}
