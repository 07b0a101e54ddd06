// Hostile pages in both browsers (generated in hostile-classes.ts): whatever the page does, Sourcelight
// leaves its text and layout as they were, raises no error the page can see, asks the network for
// nothing, runs no payload, and still highlights where it should.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, gate, waitFor, type PageHandle } from '../e2e/harness';
import { launch } from '../e2e/harness/browsers';
import type { ExtensionBrowser } from '../e2e/harness/extension-browser';
import { HOSTILE_PAGES } from './hostile-classes';
import { startHostileServer, type HostileServer } from './hostile-server';
import { RECORDER_PATH } from './hostile-pages';

interface Recorded {
  readonly errors: readonly string[];
  readonly violations: readonly string[];
  readonly longTasks: readonly number[];
  readonly pwned: unknown;
}

const RECORDED = `({ ...window.__hostile, pwned: window.__pwned ?? null })`;
/** Layout: every element's box, so that a shift anywhere shows. */
const LAYOUT = `[...document.body.querySelectorAll('*')]
  .filter((el) => !el.localName.startsWith('sourcelight-'))
  .map((el) => { const r = el.getBoundingClientRect(); return [el.localName, r.x, r.y, r.width, r.height].join(); })
  .join('|')`;
/** Long tasks on a loaded 2-core machine: the floor is generous, a frozen page is far beyond it. */
const LONG_TASK_FLOOR_MS = 250;

describe.each(BROWSERS)('hostile pages in %s', (name) => {
  const { skip } = gate(name);
  let browser: ExtensionBrowser;
  let server: HostileServer;

  beforeAll(async () => {
    if (skip) return;
    server = await startHostileServer(HOSTILE_PAGES);
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test.skipIf(skip).each(HOSTILE_PAGES)('$name', async (hostile) => {
    const before = server.requests.length;
    const page: PageHandle = await browser.open(server.url(hostile.path));
    try {
      const layoutBefore = hostile.changesItself ? '' : await page.evaluate<string>(LAYOUT);
      if (hostile.highlighted) {
        await waitFor(
          () => page.probe('highlights'),
          (s) => s.total > 0,
          { what: `highlights on ${hostile.path}` },
        );
      } else {
        // The detector runs at document_idle; give it that long, then check it left the page alone.
        await waitFor(() => page.probe('loaded'), Boolean, { what: 'the page to load' });
        expect((await page.probe('highlights')).total).toBe(0);
      }
      if (hostile.type) return;
      const recorded = await page.evaluate<Recorded>(RECORDED);
      expect(recorded.pwned).toBeNull();
      expect(recorded.errors).toEqual([]);
      expect(recorded.violations).toEqual([]);
      if (name === 'chromium') expect(recorded.longTasks.filter((ms) => ms > LONG_TASK_FLOOR_MS)).toEqual([]);
      if (!hostile.changesItself) {
        const body = await page.probe('bodyUnchanged');
        expect(body.diff).toBeNull();
        expect(body.liveElements).toBe(body.parsedElements);
        expect(await page.evaluate<string>(LAYOUT)).toBe(layoutBefore);
      }
      // The pages (a frame may load another), their recorder, and the probe's own re-fetch: nothing else.
      const known = new Set([RECORDER_PATH, ...HOSTILE_PAGES.map((p) => p.path)]);
      const asked = server.requests.slice(before).filter((path) => !known.has(path));
      expect(asked).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
