// The panel bench's script time: only the extension's own samples; the lower bound for a loaded machine
// does not charge a long scheduling gap to whatever function ran next.
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
  const rows: [string, number[], number[], boolean, number][] = [
    ['the extension and the natives it calls count', [2, 3], [0, 100, 100], false, 0.2],
    ["the bench's probe and what it calls do not", [4, 5, 2], [0, 100, 100, 100], false, 0.1],
    ['idle and (program) do not', [6, 7, 3], [0, 100, 100, 100], false, 0.1],
    ['a 20 ms gap counts whole in the verdict’s figure', [2, 2], [0, 100, 20_000], false, 20.1],
    ['and as one interval in the lower bound', [2, 2], [0, 100, 20_000], true, 0.2],
  ];
  it.each(rows)('%s', (_name, samples, timeDeltas, dropGaps, ms) => {
    expect(scriptMs({ nodes: NODES, samples, timeDeltas }, dropGaps)).toBeCloseTo(ms, 6);
  });
});
