import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core';
import { companyShortNames } from '../../../../src/core/coreference/company-short-name';

describe('companyShortNames', () => {
  it.each([
    ['Samsung Electronics Co.', ['samsung electronics', 'samsung']],
    ['Apple Inc.', ['apple']],
    ['Mercury LLC', ['mercury']],
    ['General Motors Co', ['general motors', 'general']],
    // an airline's or another company-only trade head is as good as a suffix
    ['Southwest Airlines', ['southwest']],
    ['Harbour Therapeutics', ['harbour']],
    // no legal suffix, no short name: the police are never "Toronto"
    ['Toronto Police Service', []],
    ['Bank of Canada', []],
    ['Inc.', []],
  ])('%s', (name, short) => {
    expect(companyShortNames(name)).toEqual(short);
  });
});

describe('analyze: a company named with its legal suffix', () => {
  it.each([
    ['Apple Inc. said it posted a drop in profit.', ['Apple Inc.']],
    [
      'Samsung Electronics Co. said it posted a drop in profit. Later, Samsung said it expects growth next year.',
      ['Samsung Electronics Co.', 'Samsung Electronics Co.'],
    ],
    [
      'The Toronto Police Service said it was investigating. Toronto said the roads were closed.',
      ['Toronto Police Service', 'Toronto'],
    ],
    // the first of two companies joined by "and", named with its head
    [
      'Harbour Therapeutics said it will sell the drug with Biogen. Harbour said the price would be low.',
      ['Harbour Therapeutics', 'Harbour Therapeutics'],
    ],
    [
      'The drug is sold by Harbour Therapeutics and Biogen. Harbour said the price would be low.',
      ['Harbour Therapeutics'],
    ],
  ])('%s', (text, names) => {
    const statements = analyze(text).statements;
    expect(statements.map((s) => s.speaker?.name)).toEqual(names);
    expect(statements[0]?.speaker?.type).toBe('organization');
  });
});
