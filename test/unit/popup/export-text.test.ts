import { describe, expect, it } from 'vitest';
import { exportFileName, exportText } from '../../../src/popup/export-text';
import { analysis, speaker, statement } from '../fixtures';

const sample = analysis([statement(speaker('Ana Ruiz', 'person', 'Mayor'), 'rates = "low", for now')], {
  title: 'A title',
  credits: [{ name: 'Wire Agency', type: 'news agency', evidence: ['reported by Wire Agency'] }],
});

describe('exportText', () => {
  it('JSON is the CLI record with the page URL as input', () => {
    const file = exportText('json', sample, 'https://news.example/a');
    const record = JSON.parse(file.text);
    expect(Object.keys(record)).toEqual(['input', 'statements', 'article']);
    expect(record.input).toBe('https://news.example/a');
    expect(record.statements[0]).toMatchObject({
      text: 'rates = "low", for now',
      speaker: { name: 'Ana Ruiz' },
    });
    expect(record.article.credits[0].name).toBe('Wire Agency');
    expect(file.extension).toBe('json');
  });
  it('CSV has a header and one row per statement', () => {
    const lines = exportText('csv', sample, 'https://news.example/a').text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('"rates = ""low"", for now"');
  });
  it('Markdown cites each statement with its speaker', () => {
    const text = exportText('markdown', sample, 'https://news.example/a').text;
    expect(text).toContain('Ana Ruiz, Mayor');
    expect(text).toContain('https://news.example/a');
  });
});

describe('exportFileName', () => {
  it.each([
    ['https://www.news.example/a/b', 'json', 'sourcelight-www.news.example.json'],
    ['not a url', 'md', 'sourcelight-page.md'],
  ])('%s', (url, ext, expected) => expect(exportFileName(url, ext)).toBe(expected));
});
