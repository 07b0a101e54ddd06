import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/index';
import { WARM_UP_TEXT, warmUp } from '../../../src/background/warm-up';

describe('warmUp', () => {
  it('runs the core once per background lifetime', () => {
    expect(warmUp()).toBe(true);
    expect(warmUp()).toBe(false);
  });

  // The sample only warms the steps it reaches: it must hold every kind of statement and of speaker.
  const { statements } = analyze(WARM_UP_TEXT, {});
  it.each(['direct', 'indirect', 'mixed'])('its sample holds a %s statement', (kind) => {
    expect(statements.some((s) => s.kind === kind)).toBe(true);
  });
  it.each(['person', 'organization', 'unnamed'])(
    'its sample holds a statement by a speaker of type %s',
    (type) => {
      expect(statements.some((s) => s.speaker?.type === type)).toBe(true);
    },
  );
  it('its sample holds a statement that came through an outlet', () => {
    expect(statements.some((s) => s.outlet !== null)).toBe(true);
  });
});
