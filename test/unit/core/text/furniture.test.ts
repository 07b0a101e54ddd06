// Page furniture is not speech: what articleBody leaves out or trims, and what analyze then finds there.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core';
import { articleBody } from '../../../../src/core/text/article-body';
import { splitParagraphs } from '../../../../src/core/text/paragraphs';

const bodyOf = (lines: readonly string[]): string[] => {
  const text = lines.join('\n');
  return articleBody(text, splitParagraphs(text)).map((p) => text.slice(p.start, p.end));
};

const BODY = 'Mayor Jane Roe said the plan, which costs $2 million, would pass.';
const QUOTE = '“We will not back down from this fight,” Roe said on Tuesday.';

describe('articleBody', () => {
  it.each([
    // links, videos and notices
    [['READ MORE: Mayor unveils a new budget', BODY], [BODY]],
    [['WATCH BELOW: Council debates the plan. Ann Poe has more.', BODY], [BODY]],
    [['Related: Ten things to know about the budget', BODY], [BODY]],
    [['» Read more: Ten things to know', BODY], [BODY]],
    [['MORE: Council debates the plan', BODY], [BODY]],
    [
      [BODY, 'Story continues below advertisement', QUOTE],
      [BODY, QUOTE],
    ],
    [[BODY, 'Advertisement'], [BODY]],
    // a byline near the top is the writer, no one the article's descriptions name; not far down
    [
      ['City must say no', 'By Ana Poe', BODY],
      ['City must say no', BODY],
    ],
    [
      ['City must say no', BODY, QUOTE, BODY, 'By Ana Poe'],
      ['City must say no', BODY, QUOTE, BODY, 'By Ana Poe'],
    ],
    // section labels: the label goes, the text stays
    [['KEEPING SCORE: Stocks rose 2 per cent in Tokyo.'], ['Stocks rose 2 per cent in Tokyo.']],
    [['ENERGY: Oil fell 42 cents a barrel.'], ['Oil fell 42 cents a barrel.']],
    [['ANALYST’S VIEWPOINT: “Rates will fall,” said Ann Poe.'], ['“Rates will fall,” said Ann Poe.']],
    // transcript speakers and acronyms are names, not labels
    [['JANE ROE: We will win.'], ['JANE ROE: We will win.']],
    [
      ['Jane Roe spoke to reporters.', 'ROE: We will win.'],
      ['Jane Roe spoke to reporters.', 'ROE: We will win.'],
    ],
    [['AP: Senator quits the race'], ['AP: Senator quits the race']],
    [['Roe: We will win the vote'], ['Roe: We will win the vote']],
    // captions and photo credits
    [['Jane Roe speaks in Springfield on Monday. (Ann Poe/The Canadian Press)', BODY], [BODY]],
    [['Roe says the vote is close. ( Ann Poe / Contributed )', BODY], [BODY]],
    [['Jane Roe speaks in Springfield on Monday. Ann Poe/Reuters', BODY], [BODY]],
    [['Ann Poe / Getty Images Jane Roe at the rally in Springfield', BODY], [BODY]],
    [['Photo: Jane Roe at the rally', BODY], [BODY]],
    [['Open this photo in gallery Jane Roe at the rally.', BODY], [BODY]],
    [['FILE - In this 2016 photo, Jane Roe speaks.', BODY], [BODY]],
    [['Support rose, according to the poll (CNN/ORC)'], ['Support rose, according to the poll (CNN/ORC)']],
    // contributor lines
    [[BODY, 'Reporting by Jane Roe; Additional reporting by Ann Poe; Editing by Tim Loe'], [BODY]],
    [[BODY, '(Additional reporting by Ann Poe in Paris)'], [BODY]],
    [[BODY, '— With files from The Canadian Press'], [BODY]],
    [[BODY, 'Ann Poe and Bo Loe contributed reporting.'], [BODY]],
    [[BODY, 'Roe reported from Paris.'], [BODY]],
    // pull-quotes repeated from the body; a quotation printed only as its own line stays
    [
      [QUOTE, '“We will not back down from this fight”', BODY],
      [QUOTE, BODY],
    ],
    [
      ['“We will not back down from this fight”', BODY],
      ['“We will not back down from this fight”', BODY],
    ],
    [
      ['“We will not back down from this fight”', '“We will not back down from this fight”'],
      ['“We will not back down from this fight”', '“We will not back down from this fight”'],
    ],
    [
      [
        'Is that all there is for the city? Roe wants more',
        '“Is that all there is for the city?” Roe said. “No.”',
      ],
      [
        'Is that all there is for the city? Roe wants more',
        '“Is that all there is for the city?” Roe said. “No.”',
      ],
    ],
    // author bios close an article
    [
      [BODY, QUOTE, 'Tim Loe is a senior reporter for the Springfield Daily.'],
      [BODY, QUOTE],
    ],
    [[BODY, 'Ann Poe covers city hall. Follow her on Twitter'], [BODY]],
    [[BODY, 'Tim Loe is the St. Louis Post-Dispatch’s sports reporter.'], [BODY]],
    // a closing paragraph's later sentence that mentions reporters is no bio
    [
      [BODY, 'Tim Loe was furious. He told reporters that the referee had a bad day.'],
      [BODY, 'Tim Loe was furious. He told reporters that the referee had a bad day.'],
    ],
    [
      ['Tim Loe is a senior reporter for the Springfield Daily.', BODY, QUOTE, BODY, QUOTE],
      ['Tim Loe is a senior reporter for the Springfield Daily.', BODY, QUOTE, BODY, QUOTE],
    ],
  ])('%j', (lines, kept) => {
    expect(bodyOf(lines)).toEqual(kept);
  });
});

describe('analyze skips furniture', () => {
  it.each([
    'READ MORE: Mayor says the budget is balanced',
    'WATCH: Roe says the vote will be close',
    'Jane Roe says the vote will be close. (Ann Poe/The Canadian Press)',
    'Reporting by Jane Roe; Additional reporting by Ann Poe; Editing by Tim Loe',
    'TRADE TALK: Negotiators met on Monday.',
  ])('%s → no statement', (text) => {
    expect(analyze(`${BODY}\n${text}`).statements.map((s) => s.speaker?.name)).toEqual(['Jane Roe']);
  });

  it('keeps the statement after a section label, with its real speaker', () => {
    const text = 'ANALYST’S VIEWPOINT: “Rates will fall this year,” said Ann Poe, an economist.';
    const names = analyze(text).statements.map((s) => s.speaker?.name);
    expect(names).toEqual(['Ann Poe']);
  });
});
