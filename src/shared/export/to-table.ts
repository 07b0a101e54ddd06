// A terminal table for people: the article's details, one row per statement, then the credits.
// Every cell is one line of printable text (see plain-text.ts), so page text cannot steer the terminal.
import type { Analysis, ArticleInfo, Statement } from '../../core/types';
import { displayLength, oneLine, truncate } from './plain-text';
import { formatConfidence, speakerLabel } from './speaker-label';

export interface TableOptions {
  /** Terminal columns; the statement column takes what the others leave. */
  readonly width?: number;
}

/** Used when the output is not a terminal (a pipe, a file), wide enough for most statements to show whole. */
const DEFAULT_TABLE_WIDTH = 120;
/** Below this the statement column would be unreadable, so the table overflows the terminal instead. */
const MIN_STATEMENT_WIDTH = 24;
const GAP = '  ';

interface Column {
  readonly title: string;
  /** Widest the column grows before its cells are cut with "…". */
  readonly max: number;
  readonly cell: (s: Statement) => string;
}

const COLUMNS: readonly Column[] = [
  { title: '#', max: 6, cell: (s) => s.id },
  {
    title: 'speaker',
    max: 32,
    cell: (s) => [speakerLabel(s.speaker), s.speaker?.role].filter(Boolean).join(', ') || '—',
  },
  // How sure the speaker is, 0–1. (The entity id is in the JSON and CSV; here the resolved name says it.)
  { title: 'conf', max: 4, cell: (s) => (s.speaker ? formatConfidence(s.speaker.confidence) : '—') },
  { title: 'type', max: 12, cell: (s) => s.speaker?.type ?? '—' },
  { title: 'kind', max: 8, cell: (s) => s.kind },
  { title: 'cue', max: 16, cell: (s) => s.cue?.text ?? '—' },
  { title: 'outlet', max: 16, cell: (s) => s.outlet ?? '—' },
];

const pad = (text: string, width: number): string =>
  text + ' '.repeat(Math.max(0, width - displayLength(text)));

function statementRows(statements: readonly Statement[], width: number): string[] {
  const cells = statements.map((s) => COLUMNS.map((c) => truncate(oneLine(c.cell(s)), c.max)));
  const widths = COLUMNS.map((c, i) =>
    Math.max(displayLength(c.title), ...cells.map((row) => displayLength(row[i] ?? ''))),
  );
  const used = widths.reduce((sum, w) => sum + w + GAP.length, 0);
  const textWidth = Math.max(MIN_STATEMENT_WIDTH, width - used);
  const line = (row: readonly string[], text: string): string =>
    (row.map((cell, i) => pad(cell, widths[i] ?? 0)).join(GAP) + GAP + text).trimEnd();
  return [
    line(
      COLUMNS.map((c) => c.title),
      'statement',
    ),
    ...statements.map((s, i) => line(cells[i] ?? [], truncate(oneLine(s.text), textWidth))),
  ];
}

function articleLines(article: ArticleInfo): string[] {
  const facts: [string, string | null][] = [
    ['Title', article.title],
    ['Publisher', article.publisher],
    ['Byline', article.byline],
    ['Published', article.published],
  ];
  return facts.filter((f): f is [string, string] => Boolean(f[1])).map(([k, v]) => `${k}: ${oneLine(v)}`);
}

function creditLines(article: ArticleInfo): string[] {
  if (article.credits.length === 0) return ['Credits: none found'];
  return [
    'Credits:',
    ...article.credits.map((c) => {
      const evidence = c.evidence.map((e) => `“${oneLine(e)}”`).join(', ');
      return `  ${oneLine(c.name)} (${c.type})${evidence ? `: ${evidence}` : ''}`;
    }),
  ];
}

/** Why a text in another language has no statements, naming the language where the code is known. */
function notRead(code: string | null): string {
  let name: string | undefined;
  try {
    name = code ? new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(code) : undefined;
  } catch {
    name = undefined; // not a code Intl knows
  }
  return `Not read: this text is in ${name ?? 'a language other than English'}; Sourcelight reads English articles.`;
}

export function toTable(analysis: Analysis, options: TableOptions = {}): string {
  const width = options.width ?? DEFAULT_TABLE_WIDTH;
  const { article, statements } = analysis;
  const head = articleLines(article);
  const body = analysis.unsupportedLanguage
    ? [notRead(analysis.unsupportedLanguage.code)]
    : statements.length > 0
      ? statementRows(statements, width)
      : ['No statements found.'];
  return [...head, ...(head.length > 0 ? [''] : []), ...body, '', ...creditLines(article)].join('\n') + '\n';
}
