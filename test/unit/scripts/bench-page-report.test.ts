import { describe, expect, it } from 'vitest';
import {
  checkFloors,
  formatBench,
  medianRun,
  type BenchReport,
  type PageResult,
} from '../../../scripts/bench-page-report';

function page(busyMs: number | null, passMs: number | null, extra: Partial<PageResult> = {}): PageResult {
  return {
    page: 'p',
    stages: { detect: 1, extract: 10, analyze: 5, anchor: 1, paint: 1 },
    analyzedIn: 'background',
    backgroundMs: 3,
    busyMs,
    passMs,
    dclToPaintMs: null,
    readabilityMs: 20,
    longestTaskMs: 0,
    ...extra,
  };
}

const report = (pages: PageResult[]): BenchReport => ({ pages, notArticleDetectMs: 0.5 });

describe('checkFloors', () => {
  const cases: [string, PageResult, number][] = [
    ['busy under 1.5×, wall under 1.2×', page(20, 24), 0],
    ['the wall over 1.2×', page(20, 25), 1],
    ['the page main-thread work over 1.5×', page(31, 24), 1],
    ['a long task', page(20, 24, { longestTaskMs: 55 }), 1],
    ['no paint measure', page(null, null), 1],
  ];
  it.each(cases)('%s → %d failure(s)', (_, result, failures) =>
    expect(checkFloors(report([result]))).toHaveLength(failures),
  );

  it('judges the non-article detect', () => {
    expect(checkFloors({ pages: [], notArticleDetectMs: 1.2 })).toHaveLength(1);
  });
});

describe('medianRun', () => {
  it('keeps the load with the median work, and the longest task of any load', () => {
    const runs = [page(30, 50), page(10, 40, { longestTaskMs: 60 }), page(20, 45)];
    expect(medianRun(runs)).toMatchObject({ busyMs: 20, passMs: 45, longestTaskMs: 60 });
  });

  it('falls back to the first load when none was measured', () => {
    expect(medianRun([page(null, null)]).busyMs).toBeNull();
  });
});

describe('formatBench', () => {
  it('shows where analyze ran and says which figure the floor judges', () => {
    const text = formatBench(report([page(20, 30)]));
    expect(text).toContain('bg');
    expect(text).toMatch(/busy\/R ≤ 1\.5 and pass\/R ≤ 1\.2/);
    expect(text).toMatch(/wall pass .* median 1\.50×, worst 1\.50×, over 1\.2× on 1\/1 pages/);
  });
});
