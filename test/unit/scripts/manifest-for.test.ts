// The panel beside the article: Chrome's side panel (with the sidePanel permission) and Firefox's sidebar
// (no permission), both showing the toolbar popup's own page. Chrome's other additions: `offscreen`, and
// `scripting` with the content scripts' own matches as host permissions (the analyzer injected).
import { describe, expect, it } from 'vitest';
import base from '../../../manifest.json' with { type: 'json' };
import { manifestFor } from '../../../scripts/manifest-for';

const chrome = manifestFor('chrome', { production: true }) as unknown as Record<string, unknown>;
const firefox = manifestFor('firefox', { production: true }) as unknown as Record<string, unknown>;

describe('manifestFor: the side panel', () => {
  it.each([
    ['chrome side_panel', chrome.side_panel, { default_path: base.action.default_popup }],
    ['chrome permissions', chrome.permissions, [...base.permissions, 'sidePanel', 'offscreen', 'scripting']],
    ['chrome host permissions', chrome.host_permissions, ['http://*/*', 'https://*/*']],
    ['firefox has no host permissions', firefox.host_permissions, undefined],
    ['chrome has no sidebar_action', chrome.sidebar_action, undefined],
    [
      'firefox sidebar_action page',
      (firefox.sidebar_action as { default_panel?: string }).default_panel,
      base.action.default_popup,
    ],
    ['firefox permissions unchanged', firefox.permissions, base.permissions],
    ['firefox has no side_panel', firefox.side_panel, undefined],
  ])('%s', (_name, actual, expected) => expect(actual).toEqual(expected));
});
