// Settings arrive from storage.sync, where another version of the extension (or the user's other
// browser) may have written anything. Every reader goes through here, so malformed values fall
// back to the defaults one key at a time instead of breaking the extension.
import { DEFAULT_SETTINGS, type ColorScheme, type Settings } from './settings';

const COLOR_SCHEMES: readonly ColorScheme[] = ['auto', 'light', 'dark', 'high-contrast'];

/** Longest hostname DNS allows; anything longer is not a site. */
const MAX_HOST_LENGTH = 253;
const HOST_LABELS = /^(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))*$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/**
 * A site as the user may type it ("Example.com", "https://www.example.com/news/x", "localhost:8080")
 * reduced to its hostname ("example.com", "www.example.com", "localhost"); null if it is not one.
 */
export function normalizeSite(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (trimmed === '') return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `http://${trimmed}`;
  let host: string;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    host = url.hostname.replace(/\.$/, '');
  } catch {
    return null;
  }
  if (host.length === 0 || host.length > MAX_HOST_LENGTH) return null;
  return HOST_LABELS.test(host) || IPV4.test(host) ? host : null;
}

/** Whether `host` (a page's hostname) falls under a disabled site: the site itself or a subdomain. */
export function isSiteDisabled(host: string, disabledSites: readonly string[]): boolean {
  const normal = host.toLowerCase();
  return disabledSites.some((site) => normal === site || normal.endsWith(`.${site}`));
}

/** The settings with `host` added to or removed from the disabled sites (and its parent domains). */
export function withSiteEnabled(settings: Settings, host: string, enabled: boolean): Settings {
  const site = normalizeSite(host);
  if (site === null) return settings;
  const others = settings.disabledSites.filter((s) => !(site === s || site.endsWith(`.${s}`)));
  return { ...settings, disabledSites: enabled ? others : [...others, site] };
}

/** storage.sync's limit on one item, key and JSON value together (Chrome and Firefox: 8,192 bytes). */
export const SYNC_ITEM_MAX_BYTES = 8192;

/** The sites without duplicates, and without any that a listed parent domain already covers. */
export function compactSites(sites: readonly string[]): string[] {
  const unique = new Set(sites);
  // Looks up each parent domain instead of comparing every pair: lists run to thousands of sites.
  const coveredByParent = (site: string) =>
    site.split('.').some((_, i, labels) => i > 0 && unique.has(labels.slice(i).join('.')));
  return [...unique].filter((site) => !coveredByParent(site));
}

/** Whether `value` fits one storage.sync item under `key`; a write that does not is refused. */
export function fitsSyncItem(key: string, value: unknown): boolean {
  return new TextEncoder().encode(key + JSON.stringify(value)).length <= SYNC_ITEM_MAX_BYTES;
}

function normalizeSites(value: unknown): readonly string[] {
  if (!Array.isArray(value)) return DEFAULT_SETTINGS.disabledSites;
  const sites = value
    .filter((v): v is string => typeof v === 'string')
    .map(normalizeSite)
    .filter((s): s is string => s !== null);
  return [...new Set(sites)];
}

/** Reads whatever storage holds into complete, valid Settings. */
export function normalizeSettings(raw: unknown): Settings {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    autoRun: typeof value.autoRun === 'boolean' ? value.autoRun : DEFAULT_SETTINGS.autoRun,
    disabledSites: normalizeSites(value.disabledSites),
    colorScheme: COLOR_SCHEMES.includes(value.colorScheme as ColorScheme)
      ? (value.colorScheme as ColorScheme)
      : DEFAULT_SETTINGS.colorScheme,
    showUnattributed:
      typeof value.showUnattributed === 'boolean'
        ? value.showUnattributed
        : DEFAULT_SETTINGS.showUnattributed,
  };
}

export { COLOR_SCHEMES };
