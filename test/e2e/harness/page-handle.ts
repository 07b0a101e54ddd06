// One small page API over Playwright and Puppeteer pages, so each spec runs unchanged in both browsers.
import { readFileSync } from 'node:fs';
import type { UiState } from '../../../src/shared/ui-state';

const PROBES_SOURCE = readFileSync(new URL('./probes.js', import.meta.url), 'utf8');

interface HighlightSummary {
  readonly api: boolean;
  readonly names: readonly string[];
  readonly sizes: Readonly<Record<string, number>>;
  /** Ranges in highlights whose name starts with `sourcelight`. */
  readonly ranges: number;
  /** `<sourcelight-mark>` elements (the fallback where the Highlight API is missing). */
  readonly marks: number;
  readonly total: number;
}
export interface Point {
  readonly x: number;
  readonly y: number;
}
interface CardState {
  readonly present: boolean;
  readonly open: boolean;
  /** Its UI lives in a shadow root (closed: only the content script's `describeUi` reads it). */
  readonly shadow: boolean;
  readonly text: string;
  /** Each `part`'s text; empty where only the page's view was available. */
  readonly parts: Readonly<Record<string, string>>;
}
interface PopupEntry {
  readonly id: string | null;
  readonly speaker: string | null;
  readonly text: string;
}
interface PopupState {
  readonly ready: boolean;
  readonly entries: readonly PopupEntry[];
  readonly credits: string | null;
}
interface Measure {
  readonly name: string;
  readonly start: number;
  readonly duration: number;
}
interface BodyComparison {
  readonly sameText: boolean;
  readonly sameElements: boolean;
  readonly liveElements: number;
  readonly parsedElements: number;
  readonly diff: { live: string; parsed: string } | null;
}

/** What each probe in probes.js takes and returns. */
export interface Probes {
  highlights: { arg: null; result: HighlightSummary };
  highlightTexts: { arg: null; result: { name: string; text: string }[] };
  measures: { arg: null; result: Measure[] };
  pointOnText: { arg: { needle: string }; result: (Point & { covered: boolean }) | null };
  pointInHighlight: { arg: null; result: (Point & { text: string; blocked: boolean }) | null };
  pointInLongestHighlight: { arg: null; result: (Point & { text: string; blocked: boolean }) | null };
  dismissOverlays: { arg: null; result: number };
  card: { arg: null; result: CardState };
  bodyUnchanged: { arg: null; result: BodyComparison };
  popup: { arg: null; result: PopupState };
  tabs: { arg: null; result: { id: number; url: string | null }[] };
  extensionPageReady: { arg: null; result: boolean };
  store: { arg: { area: 'local' | 'sync'; items: Record<string, unknown> }; result: boolean };
  describeUi: { arg: { tabId: number }; result: UiState | null };
  loaded: { arg: null; result: boolean };
}

/** The part of a Playwright or Puppeteer page the harness uses. */
export interface RawPage {
  evaluate(expression: string): Promise<unknown>;
  url(): string;
  mouse: { click(x: number, y: number): Promise<unknown> };
  keyboard: { press(key: never): Promise<unknown>; type(text: string): Promise<unknown> };
  close(): Promise<unknown>;
  screenshot(options: { type: 'png' }): Promise<Uint8Array>;
  /** Playwright's and Puppeteer's names for one thing. */
  setViewportSize?(size: { width: number; height: number }): Promise<unknown>;
  setViewport?(size: { width: number; height: number }): Promise<unknown>;
}

/** Asks the page's content script what it shows (the `describeUi` message from an extension page). */
export type DescribeUi = () => Promise<UiState | null>;

export class PageHandle {
  /** `describeUi`: how to read the card and keyboard link inside their closed shadow roots, where known. */
  constructor(
    private readonly raw: RawPage,
    private readonly describeUi?: DescribeUi,
  ) {}

  /** The card and keyboard link as the content script describes them (null: no answer, or no way to ask). */
  async ui(): Promise<UiState | null> {
    return this.describeUi ? this.describeUi() : null;
  }

  get url(): string {
    return this.raw.url();
  }

  /** Runs a probe from probes.js in the page's main world. */
  async probe<K extends keyof Probes>(name: K, arg: Probes[K]['arg'] = null): Promise<Probes[K]['result']> {
    // The card's root is closed: the page cannot read it, so neither can a main-world probe.
    if (name === 'card' && this.describeUi) {
      const card = (await this.describeUi())?.card;
      const state: CardState = card
        ? { present: card.present, open: card.open, shadow: card.present, text: card.text, parts: card.parts }
        : { present: false, open: false, shadow: false, text: '', parts: {} };
      return state as Probes[K]['result'];
    }
    const expression = `(() => { ${PROBES_SOURCE}; return PROBES[${JSON.stringify(name)}](${JSON.stringify(arg)}); })()`;
    return (await this.raw.evaluate(expression)) as Probes[K]['result'];
  }

  /** Evaluates an expression in the page's main world. */
  evaluate<T>(expression: string): Promise<T> {
    return this.raw.evaluate(expression) as Promise<T>;
  }

  async click(point: Point): Promise<void> {
    await this.raw.mouse.click(point.x, point.y);
  }

  async press(key: 'Escape' | 'Tab' | 'Enter' | 'ArrowDown' | 'Home' | 'Shift+Tab'): Promise<void> {
    await this.raw.keyboard.press(key as never);
  }

  /** Types text as key presses into whatever has the focus. */
  async type(text: string): Promise<void> {
    await this.raw.keyboard.type(text);
  }

  /** The viewport as a PNG. */
  async screenshot(): Promise<Buffer> {
    return Buffer.from(await this.raw.screenshot({ type: 'png' }));
  }

  async resize(width: number, height: number): Promise<void> {
    if (this.raw.setViewportSize) await this.raw.setViewportSize({ width, height });
    else await this.raw.setViewport?.({ width, height });
  }

  async close(): Promise<void> {
    await this.raw.close().catch(() => undefined);
  }
}
