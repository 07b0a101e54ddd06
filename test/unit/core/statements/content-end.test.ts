// Where what was said ends, on sentences written for this project: before the speaker's own next predicate,
// a trailing circumstance of the cue, or a clause that is the writer's; relative and subordinate clauses
// that belong to the claim stay inside.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core';

describe('content end: the speaker goes on with a predicate of their own', () => {
  it.each([
    ['The mayor praised the new rink and pledged to build two more.', 'the new rink'],
    [
      'Ana Ruiz vowed to keep the clinic open and thanked the nurses for their work.',
      'to keep the clinic open',
    ],
    [
      'Tom Baird said the ferry would not run this winter, and handed the keys to the harbour master.',
      'the ferry would not run this winter',
    ],
    // the content's own subject may go on: nothing is cut
    [
      'Ana Ruiz said she did not condone the vandalism and hoped the council would listen.',
      'she did not condone the vandalism and hoped the council would listen',
    ],
  ])('%s', (text, said) => {
    expect(analyze(text).statements.map((s) => s.text)[0]).toBe(said);
  });
});

describe('content end: another report joined by "and"', () => {
  it('splits at the second speaker’s own cue', () => {
    const text = 'He said the vote was a warning to his party and she said nothing would change.';
    expect(analyze(text).statements.map((s) => s.text)).toEqual([
      'the vote was a warning to his party',
      'nothing would change',
    ]);
  });
});

describe('content end: subordinate clauses of the claim stay inside', () => {
  it.each([
    [
      'Lena Park said she would run again, because the town deserved a real choice.',
      'she would run again, because the town deserved a real choice',
    ],
    [
      'Ana Ruiz said she plans to campaign all month, so she can win the seat outright.',
      'she plans to campaign all month, so she can win the seat outright',
    ],
    [
      'Tom Baird said families should leave the coast, even those on high ground.',
      'families should leave the coast, even those on high ground',
    ],
    [
      'Ana Ruiz said the pier must be rebuilt, before the storms return in the fall.',
      'the pier must be rebuilt, before the storms return in the fall',
    ],
    // an age set off by commas closes no clause: "and" goes on with the subject
    [
      'Prosecutors said Tom Baird, 31, and four other officers beat the driver.',
      'Tom Baird, 31, and four other officers beat the driver',
    ],
  ])('%s', (text, said) => {
    expect(analyze(text).statements.map((s) => s.text)).toEqual([said]);
  });
});

describe('content end: one statement per that-clause', () => {
  it.each([
    [
      'The report warned that rents would rise, that vacancies would fall and that tenants would be squeezed.',
      ['rents would rise', 'vacancies would fall', 'tenants would be squeezed'],
    ],
    [
      'The committee said it was troubled by the gaps, and that the ministry must publish its spending.',
      ['it was troubled by the gaps', 'the ministry must publish its spending'],
    ],
    // "that" as a pronoun or determiner opens no clause
    [
      'The aide insisted that he never said it, that was the obvious reading.',
      ['he never said it, that was the obvious reading'],
    ],
    [
      'A majority said that fares rose in May, but that group was smaller than before.',
      ['fares rose in May, but that group was smaller than before'],
    ],
    [
      'Ana Ruiz said the ferry was late, and that means the plan failed.',
      ['the ferry was late, and that means the plan failed'],
    ],
  ])('%s', (text, said) => {
    expect(analyze(text).statements.map((s) => s.text)).toEqual(said);
  });
});

describe('content end: an aside cue splits what was said in two', () => {
  it.each([
    [
      'The pills have a few uses, she says, and are meant to be taken only for a week.',
      ['The pills have a few uses', 'and are meant to be taken only for a week'],
    ],
    [
      'The rink was never the problem, Ana Ruiz said, for the pool costs twice as much to run.',
      ['The rink was never the problem', 'for the pool costs twice as much to run'],
    ],
  ])('%s', (text, said) => {
    expect(analyze(text).statements.map((s) => s.text)).toEqual(said);
  });
});

describe('content end: a cue inside an opening subordinate clause', () => {
  it.each([
    [
      'Though Justice Ruiz said she was loath to fine a charity, she found the station at fault.',
      'she was loath to fine a charity',
    ],
    [
      'But when the mayor said the rink would close, the crowd booed for a full minute.',
      'the rink would close',
    ],
    // a plain noun and its verb open the main clause too; a number's comma does not
    ['When the county said it would cut funding, residents organized a drive.', 'it would cut funding'],
    [
      'Though the state said about 12,000 voters were ex-convicts, it purged them.',
      'about 12,000 voters were ex-convicts',
    ],
    // "As …" joins the cue to what follows instead
    ['As Ana Ruiz said, the rink was never the problem.', 'the rink was never the problem'],
  ])('%s', (text, said) => {
    expect(analyze(text).statements.map((s) => s.text)).toEqual([said]);
  });
});

describe('content end: relative clauses', () => {
  it.each([
    // inside the claim's subject, before its verb: kept
    [
      'Ana Ruiz said the old rink, which opened in 1970, had been unsafe for years.',
      'the old rink, which opened in 1970, had been unsafe for years',
    ],
    // after the claim, about a name in it: the writer's
    ['Ana Ruiz predicted a win in Halifax, which votes on Monday.', 'a win in Halifax'],
  ])('%s', (text, said) => {
    expect(analyze(text).statements.map((s) => s.text)).toEqual([said]);
  });
});

describe('content end: brackets', () => {
  it.each([
    [
      'Jo Isak said he remembers dining with Tom Dodd (D-Conn.) the night the report was filed.',
      'he remembers dining with Tom Dodd (D-Conn.) the night the report was filed',
    ],
    [
      'Ana Ruiz said the rink was safe (though the council never checked the roof) and would open in May.',
      'the rink was safe',
    ],
  ])('%s', (text, said) => {
    expect(analyze(text).statements.map((s) => s.text)).toEqual([said]);
  });
});
