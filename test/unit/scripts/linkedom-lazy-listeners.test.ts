import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { linkedomLazyListeners } from '../../../scripts/linkedom-lazy-listeners';

const require = createRequire(import.meta.url);
const modulePath = join(require.resolve('linkedom'), '../../esm/interface/event-target.js');

type Transform = (this: { error(message: string): never }, code: string, id: string) => unknown;
const transform = linkedomLazyListeners().transform as Transform;
const context = {
  error(message: string): never {
    throw new Error(message);
  },
};
const dir = mkdtempSync(join(tmpdir(), 'sourcelight-lazy-listeners-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The rewritten module, loaded on its own (it imports nothing). */
async function rewritten(): Promise<{ EventTarget: new () => EventTarget }> {
  const out = transform.call(context, readFileSync(modulePath, 'utf8'), modulePath) as { code: string };
  const file = join(dir, 'event-target.mjs');
  writeFileSync(file, out.code);
  return (await import(pathToFileURL(file).href)) as { EventTarget: new () => EventTarget };
}

/** The fields linkedom's own Event has and its dispatch reads and writes. */
const event = (type: string) =>
  ({
    type,
    bubbles: false,
    defaultPrevented: false,
    _path: [],
    CAPTURING_PHASE: 1,
    AT_TARGET: 2,
    NONE: 0,
  }) as unknown as Event;

describe('linkedomLazyListeners', () => {
  it('makes no listener map in the constructor', async () => {
    const source = readFileSync(modulePath, 'utf8');
    expect(source).toMatch(/constructor\(\) \{\s*wm\.set\(this/);
    const out = transform.call(context, source, modulePath) as { code: string };
    expect(out.code).not.toMatch(/constructor\(\) \{\s*wm\.set\(this/);
  });

  it('still delivers, removes and tolerates listeners', async () => {
    const { EventTarget } = await rewritten();
    const target = new EventTarget();
    const seen: string[] = [];
    const listener = (e: Event) => seen.push(e.type);
    target.removeEventListener('ping', listener);
    expect(target.dispatchEvent(event('ping'))).toBe(true);
    target.addEventListener('ping', listener);
    target.addEventListener('pong', listener);
    target.dispatchEvent(event('ping'));
    target.removeEventListener('ping', listener);
    target.dispatchEvent(event('ping'));
    target.dispatchEvent(event('pong'));
    expect(seen).toEqual(['ping', 'pong']);
  });

  it('fails the build when linkedom moved the lines it rewrites', () => {
    expect(() => transform.call(context, 'class X {}', modulePath)).toThrow(/expected/);
  });

  it('ignores every other module', () => {
    expect(transform.call(context, 'wm.set(this, new Map);', '/x/linkedom/esm/cached.js')).toBeNull();
  });
});
