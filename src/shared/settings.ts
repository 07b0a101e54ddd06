// User settings, kept in storage.sync. Defaults apply to anything missing or malformed.
export type ColorScheme = 'auto' | 'light' | 'dark' | 'high-contrast';

export interface Settings {
  /** Run by itself on article pages, or only when asked from the popup or context menu. */
  readonly autoRun: boolean;
  /** Hostnames where Sourcelight never runs. */
  readonly disabledSites: readonly string[];
  readonly colorScheme: ColorScheme;
  /** Also mark claims that carry no attribution at all. */
  readonly showUnattributed: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  autoRun: true,
  disabledSites: [],
  colorScheme: 'auto',
  showUnattributed: false,
};

/**
 * storage.local key that turns on the `sourcelight:*` performance measures (the e2e harness and the bench
 * set it). Off by default: a page can read its own performance entries, and must not learn from them that
 * Sourcelight is installed.
 */
export const RECORD_TIMINGS_KEY = 'recordTimings';
