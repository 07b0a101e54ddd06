// The second task, and the expensive one: Readability over a prepared clone.
import { Readability } from '@mozilla/readability';
import type { PreparedClone } from './prepare-clone';

export interface ParseOptions {
  /** Pages with more elements are not parsed (Readability's own cap); they fall back to <article>/<main>. */
  readonly maxElemsToParse?: number;
}

/** Large enough for the longest real news pages (~2.8 MB, ~40k elements); pathological pages stop here. */
const DEFAULT_MAX_ELEMS = 60_000;

type Parsed = ReturnType<Readability<Node>['parse']>;

/** The step of Readability's parse that rewrites the content it found for display. */
export const DISPLAY_CLEANUP = '_postProcessContent';

/**
 * Readability's last step readies the content for display (absolute URLs, flattened nesting, no
 * classes): a walk over the whole article that changes none of its text nodes, the only thing read
 * here. A unit test fails if a Readability update renames the step.
 */
function skipDisplayCleanup(reader: object): void {
  Object.defineProperty(reader, DISPLAY_CLEANUP, { value: () => undefined });
}

/** What Readability kept of a prepared clone (null when it found nothing or gave up). */
export interface ParsedClone {
  readonly prepared: PreparedClone;
  readonly parsed: Parsed | null;
}

/** Readability over a prepared clone: the second task, and the expensive one. */
export function parsePrepared(prepared: PreparedClone, options: ParseOptions = {}): ParsedClone {
  try {
    const reader = new Readability<Node>(prepared.clone, {
      maxElemsToParse: options.maxElemsToParse ?? DEFAULT_MAX_ELEMS,
      serializer: (node) => node,
      // The page's JSON-LD is read from the live page (article-hints); the clone has no scripts left.
      disableJSONLD: true,
    });
    skipDisplayCleanup(reader);
    return { prepared, parsed: reader.parse() };
  } catch {
    // Readability throws past maxElemsToParse: a graceful fallback, never an error on the page.
    return { prepared, parsed: null };
  }
}
