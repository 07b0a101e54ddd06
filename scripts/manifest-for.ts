// One Chrome-shaped manifest.json for both browsers. The version comes from package.json (the one place it
// is set); Firefox gets an event page and its gecko settings here, because crxjs' firefox mode converts
// neither. A production build's content scripts are bundled by content-script-pieces.ts, not crxjs.
import type { ManifestV3Export } from '@crxjs/vite-plugin';
import base from '../manifest.json' with { type: 'json' };
import pkg from '../package.json' with { type: 'json' };

export type Target = 'chrome' | 'firefox';

/** The gecko id; tests pin the moz-extension UUID against it. */
export const GECKO_ID = 'sourcelight@sourcelight.dev';

/**
 * 142: the first desktop and Android release that reads data_collection_permissions, which AMO requires
 * of new add-ons; Android has had Manifest V3 and the CSS Custom Highlight API since before it.
 */
export const GECKO_MIN_VERSION = '142.0';

/** The content scripts' entries as manifest.json lists them, one array per content_scripts item. */
export const CONTENT_SCRIPT_ENTRIES: readonly (readonly string[])[] = base.content_scripts.map((c) => c.js);

export interface ManifestOptions {
  /** True for `vite build`: the content scripts' js is left to contentScriptPieces. */
  readonly production: boolean;
}

export function manifestFor(target: Target, { production }: ManifestOptions): ManifestV3Export {
  const manifest: Record<string, unknown> = { ...structuredClone(base), version: pkg.version };
  if (production) manifest.content_scripts = base.content_scripts.map(({ js: _js, ...rest }) => rest);
  if (target === 'chrome') {
    // The panel beside the article; `sidePanel` is what Chrome asks for it (docs/permissions.md).
    manifest.side_panel = { default_path: base.action.default_popup };
    // `offscreen`: a DOM for parsing a copy of the page off its main thread (docs/permissions.md).
    // `scripting`: the analyzer injected into an article's frame only (docs/permissions.md); it needs the
    // pages as host permissions, the content scripts' own matches (the same install warning).
    manifest.permissions = [...base.permissions, 'sidePanel', 'offscreen', 'scripting'];
    manifest.host_permissions = [...new Set(base.content_scripts.flatMap((c) => c.matches))];
  }
  if (target === 'firefox') {
    manifest.sidebar_action = {
      default_panel: base.action.default_popup,
      default_title: base.action.default_title,
      default_icon: base.action.default_icon,
    };
    manifest.background = { scripts: [base.background.service_worker], type: 'module' };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: GECKO_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: GECKO_MIN_VERSION },
    };
  }
  return manifest as unknown as ManifestV3Export;
}
