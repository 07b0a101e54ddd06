// The page bench's breakdown: each page's wall pass split into its waits and its stages' work, which add
// up to the pass; the pages over the wall floor listed worst first.
import { describe, expect, it } from 'vitest';
import { breakDown, formatBreakdown } from '../../../scripts/bench-page-breakdown';
import type { BenchReport, PageResult } from '../../../scripts/bench-page-report';

/** A pass of 60 ms: analyzer loaded at 20, extract 20–38 (6 busy), analyze waits 10, anchor + paint. */
const page = (name: string, readabilityMs: number): PageResult => ({
  page: name,
  stages: { detect: 0.5, extract: 6, analyze: 10, anchor: 2, paint: 3 },
  analyzedIn: 'background',
  backgroundMs: 8,
  busyMs: 11.5,
  passMs: 60,
  dclToPaintMs: 100,
  readabilityMs,
  longestTaskMs: 0,
  timeline: {
    dcl: [-40, 0],
    'part:early-session': [-90, 70],
    'part:copy-sent': [-38, 50],
    'part:copy-ahead': [-38, 68],
    detect: [0, 0.5],
    extract: [20, 6],
    analyze: [38, 10],
    anchor: [48, 2],
    paint: [57, 3],
  },
});

describe('breakDown', () => {
  it('splits the pass into waits and work that add up to it', () => {
    const b = breakDown(page('a', 30))!;
    expect(b).toMatchObject({ ratio: 2, dcl: -40, analyzerAt: -20, copyAnsweredAt: 12, aheadAt: 30 });
    expect(b.loadWait).toBeCloseTo(19.5);
    expect(b.extractWait).toBeCloseTo(12);
    expect(b.analyzeWait).toBeCloseTo(10);
    expect(b.tailWait).toBeCloseTo(7);
    expect(b.busy).toBeCloseTo(11.5);
    expect(b.loadWait + b.extractWait + b.analyzeWait + b.tailWait + b.busy).toBeCloseTo(b.passMs);
  });

  it('counts an analysis made in the page as work, not as a wait', () => {
    const b = breakDown({ ...page('a', 30), analyzedIn: 'page' })!;
    expect(b.analyzeWait).toBe(0);
    expect(b.busy).toBeCloseTo(21.5);
  });

  it('has nothing to say of a page without a whole pass', () => {
    expect(breakDown({ ...page('a', 30), passMs: null })).toBeNull();
    expect(breakDown({ ...page('a', 30), timeline: undefined })).toBeNull();
  });
});

describe('formatBreakdown', () => {
  const report: BenchReport = {
    pages: [page('fast', 100), page('slow', 20), page('slower', 10)],
    notArticleDetectMs: 0.2,
  };
  const rows = (text: string) => text.split('\n').filter((line) => /^(fast|slow)/.test(line));

  it('lists the pages over the wall floor, worst first', () => {
    expect(rows(formatBreakdown(report)).map((line) => line.split(/\s+/)[0])).toEqual(['slower', 'slow']);
  });

  it('lists every page when asked', () => {
    expect(rows(formatBreakdown(report, true))).toHaveLength(3);
  });
});
