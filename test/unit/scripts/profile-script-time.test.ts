// The panel bench's script time: only the extension's own samples, and a loaded machine's scheduling gaps
// are not charged to whatever function ran next.
import { describe, expect, it } from 'vitest';
import { scriptMs } from '../../../scripts/profile-script-time';

const EXT = 'chrome-extension://abc/assets/index.js';
const frame = (id: number, functionName: string, url: string, children: number[] = []) => ({
  id,
  children,
  callFrame: { functionName, url },
});
// 1 (root) → 2 render (extension) → 3 createElement (native); 1 → 4 poll (Playwright) → 5 querySelectorAll
// (native, called by the probe); 1 → 6 (idle); 1 → 7 (program).
const NODES = [
  frame(1, '(root)', '', [2, 4, 6, 7]),
  frame(2, 'render', EXT, [3]),
  frame(3, 'createElement', ''),
  frame(4, 'poll', 'playwright://injected', [5]),
  frame(5, 'querySelectorAll', ''),
  frame(6, '(idle)', ''),
  frame(7, '(program)', ''),
];

describe('scriptMs', () => {
  const rows: [string, number[], number[], number][] = [
    ['the extension and the natives it calls count', [2, 3], [0, 100, 100], 0.2],
    ["the bench's probe and what it calls do not", [4, 5, 2], [0, 100, 100, 100], 0.1],
    ['idle and (program) do not', [6, 7, 3], [0, 100, 100, 100], 0.1],
    ['a 20 ms scheduling gap counts as one interval', [2, 2], [0, 100, 20_000], 0.2],
  ];
  it.each(rows)('%s', (_name, samples, timeDeltas, ms) => {
    expect(scriptMs({ nodes: NODES, samples, timeDeltas })).toBeCloseTo(ms, 6);
  });
});
