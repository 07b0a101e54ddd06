import { describe, expect, it } from 'vitest';
import { citation, toMarkdown } from '../../../../src/shared/export';
import { analysis, direct, empty, probable, unattributed, unresolved } from './fixtures';

describe('citation', () => {
  it.each([
    ['full', direct, '> “We will, "always" defend” — Jane Doe, Minister of Defence (said; via Reuters)'],
    ['no speaker, no cue', unattributed, '> “the talks were over” — no attribution'],
    [
      'no role',
      { ...direct, speaker: { ...direct.speaker!, role: null } },
      '> “We will, "always" defend” — Jane Doe (said; via Reuters)',
    ],
    [
      'outlet only',
      { ...direct, cue: null },
      '> “We will, "always" defend” — Jane Doe, Minister of Defence (via Reuters)',
    ],
    [
      'already quoted',
      { ...direct, text: '“Yes”', outlet: null },
      '> “Yes” — Jane Doe, Minister of Defence (said)',
    ],
    [
      'markdown in page text',
      { ...unattributed, text: '<img src=x> *bold* [a](b)' },
      '> “\\<img src=x\\> \\*bold\\* \\[a\\](b)” — no attribution',
    ],
    [
      'a low-confidence speaker is "probably"',
      probable,
      '> “We will, "always" defend” — probably Jane Doe, Minister of Defence (said; via Reuters)',
    ],
    [
      'an unresolved "she" is not a name',
      unresolved,
      '> “We will, "always" defend” — Unresolved speaker (“she”) (said)',
    ],
    ['control characters', { ...unattributed, text: 'a\u001b[2Jb' }, '> “a\\[2Jb” — no attribution'],
    // Each must render exactly as it reads on the page: no live link, no decoded entity.
    [
      'a bare URL',
      { ...unattributed, text: 'see https://x.test/a' },
      '> “see https\\://x.test/a” — no attribution',
    ],
    [
      'a www address',
      { ...unattributed, text: 'go to www.x.test now' },
      '> “go to www\\.x.test now” — no attribution',
    ],
    [
      'an e-mail address',
      { ...unattributed, text: 'write to a@x.test' },
      '> “write to a\\@x.test” — no attribution',
    ],
    [
      'an HTML entity',
      { ...unattributed, text: 'R&amp;D &#x3c;b&#x3e;' },
      '> “R\\&amp;D \\&#x3c;b\\&#x3e;” — no attribution',
    ],
    [
      'a time and a handle stay plain',
      { ...unattributed, text: 'at 10:30, @team' },
      '> “at 10:30, @team” — no attribution',
    ],
  ])('%s', (_name, statement, expected) => {
    expect(citation(statement)).toBe(expected);
  });
});

describe('toMarkdown', () => {
  it('puts title, link, article facts, credits and citations in order', () => {
    const md = toMarkdown(analysis, { url: 'https://example.com/a' });
    const lines = md.split('\n');
    expect(lines[0]).toBe('# Talks \\*end\\*');
    expect(md).toContain('<https://example.com/a>');
    expect(md).toContain('- **Publisher:** Daily Example');
    expect(md).toContain('- **Credited:** Reuters (news agency): “(Reuters) -”, “reported by Reuters”');
    expect(md).toContain('## 2 statements');
    expect(md.indexOf(citation(direct))).toBeLessThan(md.indexOf(citation(unattributed)));
    expect(md.endsWith('\n')).toBe(true);
  });

  it.each([
    ['javascript: url is not a link', 'javascript:alert(1)', 'javascript:alert(1)', '<javascript'],
    ['spaces in a url are encoded', 'https://x.test/a b', '<https://x.test/a%20b>', 'a b>'],
  ])('%s', (_name, url, present, absent) => {
    const md = toMarkdown(empty, { url });
    expect(md).toContain(present);
    expect(md).not.toContain(absent);
  });

  it('handles an empty analysis', () => {
    expect(toMarkdown(empty)).toBe('# Statements\n\n## 0 statements\n');
  });
});
