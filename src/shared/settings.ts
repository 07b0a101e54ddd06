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
