// Chrome: the messages that skip the service worker's hop between a page and the offscreen document that
// parses its copy (background/offscreen.ts). A content script's runtime message reaches every extension
// context, the worker and the offscreen document alike: these types only the offscreen document
// answers, and the worker answers the one it sends back (whether the pass runs by itself on a page).
import type { BackgroundCommands } from './messages';

interface OffscreenCommands {
  /** A page's parsePage, sent straight to the offscreen document (no answer where there is none). */
  parseInOffscreen: BackgroundCommands['parsePage'];
  /** A page's analysisAhead, for the copy it sent with parseInOffscreen. */
  aheadInOffscreen: BackgroundCommands['analysisAhead'];
  /** A page's analyze, for the core kept compiled there (the worker's runs only where no document answers). */
  analysisInOffscreen: BackgroundCommands['analyze'];
  /** The worker asks for the analysis ahead of a copy it handed on (ParseCopyMessage) for `frame`. */
  aheadForFrame: { request: { frame: string }; response: BackgroundCommands['analysisAhead']['response'] };
  /** The offscreen document asks the worker whether the pass runs by itself on the page at `url`. */
  runsByItself: { request: { url: string | undefined }; response: boolean };
}

export type OffscreenMessage = {
  [K in keyof OffscreenCommands]: { type: K; payload: OffscreenCommands[K]['request'] };
}[keyof OffscreenCommands];

const TYPES: ReadonlySet<unknown> = new Set<keyof OffscreenCommands>([
  'parseInOffscreen',
  'aheadInOffscreen',
  'analysisInOffscreen',
  'aheadForFrame',
  'runsByItself',
]);

/** Narrows an incoming runtime message to one of these; anything else is another receiver's. */
export function isOffscreenMessage(value: unknown): value is OffscreenMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { type, payload } = value as { type?: unknown; payload?: unknown };
  return TYPES.has(type) && typeof payload === 'object' && payload !== null;
}
