// The popup's export formats, over the same formatters the CLI prints with (src/shared/export).
import type { Analysis } from '../core/types';
import { toCsv, toJsonLine, toJsonRecord, toMarkdown } from '../shared/export';

export type ExportFormat = 'markdown' | 'json' | 'csv';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['markdown', 'json', 'csv'];

export interface ExportFile {
  readonly text: string;
  readonly mimeType: string;
  readonly extension: string;
}

/** JSON is the CLI's jsonl record for this page, with the page URL as its `input`. */
export function exportText(format: ExportFormat, analysis: Analysis, url: string): ExportFile {
  switch (format) {
    case 'json':
      return {
        text: `${toJsonLine(toJsonRecord(url, analysis), 2)}\n`,
        mimeType: 'application/json',
        extension: 'json',
      };
    case 'csv':
      return { text: toCsv(analysis), mimeType: 'text/csv', extension: 'csv' };
    default:
      return { text: toMarkdown(analysis, { url }), mimeType: 'text/markdown', extension: 'md' };
  }
}

/** A file name from the page's host, safe on every file system: "sourcelight-example.com.json". */
export function exportFileName(url: string, extension: string): string {
  let host = 'page';
  try {
    host = new URL(url).hostname.replace(/[^a-z0-9.-]/gi, '') || 'page';
  } catch {
    // Keep the fallback name.
  }
  return `sourcelight-${host}.${extension}`;
}
