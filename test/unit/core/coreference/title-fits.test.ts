// Table tests for titleFits: a title on a surname against the role a person was introduced with.
import { describe, expect, it } from 'vitest';
import { titleFits } from '../../../../src/core/coreference/title-fits';

describe('titleFits', () => {
  it.each([
    ['DS', 'Detective Sergeant', true],
    ['DCI', 'Detective Chief Inspector', true],
    ['Det. Sgt.', 'Detective Sergeant', true],
    ['Sen.', 'Senator', true],
    ['President', 'former President', true],
    ['Insp.', 'Chief Inspector', true],
    ['Mr.', 'Mayor', false],
    ['Dr.', 'Dr.', false],
    ['DS', 'Detective Inspector', false],
    ['Sen.', 'Secretary', false],
    ['Mr.', null, false],
    ['Det. Sgt.', 'Sergeant', false],
  ] as const)('%s on %s: %s', (short, full, fits) => {
    expect(titleFits(short, full)).toBe(fits);
  });
});
