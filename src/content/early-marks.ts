// When the document_start script's steps ran (its detector, the settings read, the analyzer's load, the
// page's copy), kept on the content scripts' own global for the entry to record as diagnostic parts
// (sourcelight-part:early-*) once it knows the bench asks: the preload carries no polyfill to read that
// setting with, and a page that is no article records nothing at all.
const SLOT = '__sourcelightEarlyMarks';

type Mark = readonly [name: string, start: number, end: number];

const holder = globalThis as { [SLOT]?: Mark[] };

/** Notes that the early step `name` ran from `start` to `end` (performance.now()). */
export function markEarly(name: string, start: number, end = performance.now()): void {
  (holder[SLOT] ??= []).push([name, start, end]);
}

/** The marks noted so far, once. */
export function takeEarlyMarks(): readonly Mark[] {
  const marks = holder[SLOT] ?? [];
  delete holder[SLOT];
  return marks;
}
