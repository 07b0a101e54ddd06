// The options form as data, validated into Settings. Pure: index.ts reads the form and saves.
import type { ColorScheme, Settings } from '../shared/settings';
import { COLOR_SCHEMES, normalizeSite } from '../shared/normalize-settings';

export interface OptionsForm {
  readonly autoRun: string; // 'auto' | 'on-demand'
  readonly disabledSites: string; // one site per line
  readonly colorScheme: string;
  readonly showUnattributed: boolean;
}

export type OptionsResult =
  | { readonly ok: true; readonly settings: Settings }
  | { readonly ok: false; readonly field: keyof OptionsForm; readonly invalid: readonly string[] };

/** Lines to hostnames, dropping blanks and duplicates; lines that are not sites come back as `invalid`. */
export function parseSites(text: string): { sites: string[]; invalid: string[] } {
  const sites: string[] = [];
  const invalid: string[] = [];
  for (const line of text.split(/\r?\n|,/)) {
    if (line.trim() === '') continue;
    const site = normalizeSite(line);
    if (site === null) invalid.push(line.trim());
    else if (!sites.includes(site)) sites.push(site);
  }
  return { sites, invalid };
}

export function validateOptions(form: OptionsForm): OptionsResult {
  if (form.autoRun !== 'auto' && form.autoRun !== 'on-demand') {
    return { ok: false, field: 'autoRun', invalid: [form.autoRun] };
  }
  if (!COLOR_SCHEMES.includes(form.colorScheme as ColorScheme)) {
    return { ok: false, field: 'colorScheme', invalid: [form.colorScheme] };
  }
  const { sites, invalid } = parseSites(form.disabledSites);
  if (invalid.length > 0) return { ok: false, field: 'disabledSites', invalid };
  return {
    ok: true,
    settings: {
      autoRun: form.autoRun === 'auto',
      disabledSites: sites,
      colorScheme: form.colorScheme as ColorScheme,
      showUnattributed: form.showUnattributed,
    },
  };
}

/** The form's initial values for stored settings. */
export function formFromSettings(settings: Settings): OptionsForm {
  return {
    autoRun: settings.autoRun ? 'auto' : 'on-demand',
    disabledSites: settings.disabledSites.join('\n'),
    colorScheme: settings.colorScheme,
    showUnattributed: settings.showUnattributed,
  };
}
