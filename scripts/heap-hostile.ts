// What the 5 MB article's page heap holds once Sourcelight's pass is over, in Chromium with the built
// extension: a heap snapshot of the page's renderer (page and content script share it), its objects
// counted by constructor with their self size. The garbage collections inside the pass's stalls
// (trace-hostile.ts --stall) cost by what lives: this says what that is.
//   npx tsx scripts/heap-hostile.ts [--top N] [--bare]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../test/e2e/harness/chromium';
import { extensionDir } from '../test/e2e/harness/browsers';
import { startHostileServer } from '../test/hostile/hostile-server';
import { HOSTILE_BENCH_PAGES } from './bench-hostile-pages';

const top = Number(process.argv[process.argv.indexOf('--top') + 1]) || 25;
const bare = process.argv.includes('--bare');

interface Snapshot {
  snapshot: {
    meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/** For nodes whose "type:name" starts with `key`: their retainers' "type:name.edge", counted. */
function retainers(snap: Snapshot, key: string): [string, number][] {
  const nf = snap.snapshot.meta.node_fields, ef = snap.snapshot.meta.edge_fields;
  const types = snap.snapshot.meta.node_types[0], etypes = snap.snapshot.meta.edge_types[0];
  const label = (i: number) => `${types[snap.nodes[i + nf.indexOf('type')]!]}:${snap.strings[snap.nodes[i + nf.indexOf('name')]!]!.slice(0, 40)}`;
  const by = new Map<string, number>();
  for (let i = 0, e = 0; i < snap.nodes.length; i += nf.length) {
    const count = snap.nodes[i + nf.indexOf('edge_count')]!;
    for (let k = 0; k < count; k++, e += ef.length) {
      const to = snap.edges[e + ef.indexOf('to_node')]!;
      if (!label(to).startsWith(key)) continue;
      const et = etypes[snap.edges[e + ef.indexOf('type')]!]!;
      const nameOrIndex = snap.edges[e + ef.indexOf('name_or_index')]!;
      const edge = et === 'element' || et === 'hidden' ? `[${et}]` : String(snap.strings[nameOrIndex]);
      const k2 = `${label(i)} .${edge}`;
      by.set(k2, (by.get(k2) ?? 0) + 1);
    }
  }
  return [...by].sort((a, b) => b[1] - a[1]).slice(0, 15);
} // prettier-ignore

/** Count and self bytes per "type:name" of the snapshot's nodes. */
function tally(snap: Snapshot): [string, number, number][] {
  const fields = snap.snapshot.meta.node_fields;
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [number, number, number];
  const types = snap.snapshot.meta.node_types[0];
  const by = new Map<string, [number, number]>();
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const type = types[snap.nodes[i + typeAt]!]!;
    const name = type === 'string' || type === 'concatenated string' || type === 'sliced string' ? '' : snap.strings[snap.nodes[i + nameAt]!]!.slice(0, 60);
    const key = `${type}:${name}`;
    const row = by.get(key) ?? [0, 0];
    row[0]++;
    row[1] += snap.nodes[i + sizeAt]!;
    by.set(key, row);
  }
  return [...by].map(([k, [n, b]]) => [k, n, b] as [string, number, number]).sort((a, b) => b[2] - a[2]);
} // prettier-ignore

async function main(): Promise<void> {
  const server = await startHostileServer(HOSTILE_BENCH_PAGES);
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-heap-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 720 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: chromiumArgs(bare ? null : extensionDir('chromium')),
  });
  try {
    if (!bare) {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      await worker.evaluate(`chrome.storage.local.set({ recordTimings: true })`);
    }
    const page = await context.newPage();
    await page.goto(server.url('/big.html'), { waitUntil: 'load', timeout: 120_000 });
    const count = () => page.evaluate<number>(`performance.getEntriesByType('measure').length`);
    if (bare) await page.waitForTimeout(3000);
    else
      for (let last = -1, now = await count(); now !== last || now === 0; last = now, now = await count())
        await page.waitForTimeout(3000);
    const cdp = await context.newCDPSession(page);
    const chunks: string[] = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    const snap = JSON.parse(chunks.join('')) as Snapshot;
    const rows = tally(snap);
    const [nodes, bytes] = rows.reduce(([n, b], r) => [n + r[1], b + r[2]], [0, 0]);
    console.log(`${bare ? 'bare' : 'with Sourcelight'}: ${nodes} nodes, ${(bytes / 1e6).toFixed(1)} MB`);
    for (const key of process.env.RETAINERS?.split(',') ?? [])
      console.log(
        `retainers of ${key}:\n${retainers(snap, key)
          .map(([k, n]) => `  ${n} ${k}`)
          .join('\n')}`,
      );
    for (const [key, n, bytes] of rows.slice(0, top))
      console.log(`${String(n).padStart(8)} ${(bytes / 1e6).toFixed(2).padStart(7)} MB  ${key}`);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    await server.close();
  }
}

await main();
