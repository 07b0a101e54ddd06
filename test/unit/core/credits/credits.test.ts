// Contributor lines become credits (reporters, editors, agencies), never statements or speakers.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core';
import { contributorsIn } from '../../../../src/core/credits/contributors';

describe('contributorsIn', () => {
  it.each([
    [
      'Reporting by Jane Roe; Additional reporting by Ann Poe and Bo Loe in Paris; Editing by Tim Moe',
      [
        ['Jane Roe', 'reporter'],
        ['Ann Poe', 'reporter'],
        ['Bo Loe', 'reporter'],
        ['Tim Moe', 'editor'],
      ],
    ],
    [
      '(Additional reporting by Ann Poe in Orlando, Florida, and Bo Loe in JAKARTA; Writing by Cy Doe)',
      [
        ['Ann Poe', 'reporter'],
        ['Bo Loe', 'reporter'],
        ['Cy Doe', 'reporter'],
      ],
    ],
    [
      '(Reporting by Jane Roe in Washington, editing by Tim Moe and Al Voe)Editor’s note: a later line',
      [
        ['Jane Roe', 'reporter'],
        ['Tim Moe', 'editor'],
        ['Al Voe', 'editor'],
      ],
    ],
    ['With files from Reuters', [['Reuters', 'news agency']]],
    ['— With files from The Canadian Press', [['Canadian Press', 'news agency']]],
    ['With files from Ann Poe in Halifax', [['Ann Poe', 'reporter']]],
    [
      'Ann Poe and Bo Loe contributed reporting.',
      [
        ['Ann Poe', 'reporter'],
        ['Bo Loe', 'reporter'],
      ],
    ],
    [
      "NPR's Ann Poe contributed to this report.",
      [
        ['NPR', 'outlet'],
        ['Ann Poe', 'reporter'],
      ],
    ],
    [
      'Associated Press writer Ann Poe contributed to this report.',
      [
        ['Associated Press', 'news agency'],
        ['Ann Poe', 'reporter'],
      ],
    ],
    [
      'Roe reported from Paris; Poe, from Rome.',
      [
        ['Roe', 'reporter'],
        ['Poe', 'reporter'],
      ],
    ],
    ['Jane Roe contributed.', [['Jane Roe', 'reporter']]],
    ['Mr. Smith contributed $300 to the campaign.', []],
    ['The drought contributed to the decline, analysts said.', []],
    ['Reporting by the agency showed a rise in cases.', []],
    ['The figures, compiled by Statistics Canada, show a rise.', []],
    ['Roe edits the paper. He’s reported from every state.', []],
  ])('%s', (line, expected) => {
    expect(contributorsIn(line).map((c) => [c.name, c.type])).toEqual(expected);
  });

  it('keeps the crediting phrase as evidence', () => {
    const evidence = contributorsIn('Reporting by Jane Roe; Additional reporting by Ann Poe').map(
      (c) => c.evidence,
    );
    expect(evidence).toEqual(['Reporting by Jane Roe', 'Additional reporting by Ann Poe']);
  });
});

describe('analyze: contributor lines', () => {
  const article = [
    'Mayor Jane Roe said the plan would pass.',
    'Reporting by Ann Poe; Additional reporting by Bo Loe; Editing by Tim Moe',
  ].join('\n');

  it('gives no statement and no "Additional" speaker', () => {
    expect(analyze(article).statements.map((s) => s.speaker?.name)).toEqual(['Jane Roe']);
  });

  it('credits the reporters and the editor', () => {
    expect(analyze(article).article.credits.map((c) => [c.name, c.type, c.evidence])).toEqual([
      ['Ann Poe', 'reporter', ['Reporting by Ann Poe']],
      ['Bo Loe', 'reporter', ['Additional reporting by Bo Loe']],
      ['Tim Moe', 'editor', ['Editing by Tim Moe']],
    ]);
  });

  it('keeps an agency named there a news agency', () => {
    const credits = analyze('Jane Roe said the plan would pass.\nWith files from Reuters').article.credits;
    expect(credits).toEqual([
      { name: 'Reuters', type: 'news agency', evidence: ['With files from Reuters'] },
    ]);
  });
});

describe('analyze: an agency in the byline', () => {
  const text = 'The ferry will run all winter, the harbour master said on Monday.';
  it.each([
    ['Jane Roe with AFP', [['AFP', 'news agency', ['Jane Roe with AFP']]]],
    ['Jane Roe and Reuters', [['Reuters', 'news agency', ['Jane Roe and Reuters']]]],
    ['Jane Roe/AFP', [['AFP', 'news agency', ['Jane Roe/AFP']]]],
    // two reporters, no agency
    ['Jane Roe and John Doe', []],
  ])('%s', (byline, credits) => {
    const found = analyze(text, { byline }).article.credits;
    expect(found.map((c) => [c.name, c.type, c.evidence])).toEqual(credits);
  });

  // a dateline of two places, or of letters outside ASCII, credits its agency too
  it.each([
    ['PARIS/ALGIERS, April 15 (Reuters) —', 'Reuters'],
    ['SÃO PAULO (AFP) —', 'AFP'],
  ])('%s', (dateline, agency) => {
    const found = analyze(`${dateline} ${text}`).article.credits;
    expect(found.map((c) => [c.name, c.evidence])).toEqual([[agency, [dateline]]]);
  });

  it('adds the byline as evidence to an agency the text credits already', () => {
    const found = analyze(`WASHINGTON (Reuters) — ${text}`, { byline: 'Jane Roe with Reuters' }).article
      .credits;
    expect(found.map((c) => [c.name, c.evidence])).toEqual([
      ['Reuters', ['WASHINGTON (Reuters) —', 'Jane Roe with Reuters']],
    ]);
  });
});
