// @vitest-environment jsdom
// The entry decides whether the pass runs by itself; where it does not (no article at document_idle,
// auto-run off, the site switched off since the document_start script read the settings), the paint that
// script adopted for the pass (early-styles.ts) goes. Where it runs, the session takes that paint.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArticleEvidence } from '../../../src/page/detect-article';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings';

const early = vi.hoisted(() => ({ dropped: 0 }));
vi.mock('../../../src/content/early-styles', () => ({ dropEarlyStyles: () => void early.dropped++ }));

const { createAutoRun } = await import('../../../src/content/auto-run');

const controller = new AbortController();
afterEach(() => {
  early.dropped = 0;
});

function autoRun(evidence: ArticleEvidence, settings: Partial<Settings>, blocked = false) {
  const session = { run: vi.fn(async () => undefined) };
  const slot = { load: vi.fn(async () => session), drop: vi.fn(async () => undefined) };
  const store = { state: 'analyzing', enter: vi.fn(), assume: vi.fn() };
  const reader = {
    current: () => ({ ...DEFAULT_SETTINGS, ...settings }),
    load: async () => undefined,
    follow: () => undefined,
  };
  const env = { store, settings: reader, slot, blockedHere: () => blocked, signal: controller.signal };
  return { run: createAutoRun(env as never, evidence), slot };
}

describe('auto-run and the paint adopted early', () => {
  it.each([
    ['no article at document_idle', null, {}, false],
    ['auto-run off', 'og:type', { autoRun: false }, false],
    ['the site switched off', 'og:type', {}, true],
  ] as const)('%s: the paint goes and no session is made', async (_, evidence, settings, blocked) => {
    const { run, slot } = autoRun(evidence, settings, blocked);
    await run.run();
    expect(early.dropped).toBe(1);
    expect(slot.load).not.toHaveBeenCalled();
  });

  it('a pass that runs: the paint stays, for the session to take', async () => {
    const { run, slot } = autoRun('og:type', {});
    await run.run();
    expect(early.dropped).toBe(0);
    expect(slot.load).toHaveBeenCalledOnce();
  });
});
