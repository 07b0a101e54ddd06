// A Markdown digest of one analysis: the article's attribution details, then one citation per statement:
// > “statement” — Speaker, role (cue; via Outlet)
// A speaker the engine is unsure of reads "probably Speaker"; an unresolved one "Unresolved speaker (“she”)".
import type { Analysis, ArticleInfo, Statement } from '../../core/types';
import { oneLine } from './plain-text';
import { speakerLabel } from './speaker-label';

export interface MarkdownOptions {
  /** The page the analysis came from; linked under the title. */
  readonly url?: string;
}

// Page text must stay text: escape what Markdown would read as emphasis, code, links, raw HTML or an
// entity ("&amp;" must read as written, not as "&").
const MARKDOWN_SPECIAL = /[\\`*_[\]<>|~&]/g;
// GitHub-flavoured Markdown also links bare URLs ("https://…", "www.…") and e-mail addresses; an
// escaped colon, dot or at sign breaks the match and still reads as the character itself.
const BARE_LINK = /(?<=\b[a-z][a-z0-9+.-]*):(?=\/\/)|(?<=\bwww)\.|(?<=\w)@(?=\w)/gi;
const escapeMarkdown = (text: string): string =>
  oneLine(text).replace(MARKDOWN_SPECIAL, '\\$&').replace(BARE_LINK, '\\$&');

// Opening quote marks that, when the statement text already carries them, we don't wrap again.
const OPENING_QUOTE = /^["“„«‘'‹「『]/;

function quoted(text: string): string {
  const clean = escapeMarkdown(text);
  return OPENING_QUOTE.test(clean) ? clean : `“${clean}”`;
}

function attribution(statement: Statement): string {
  const { speaker, cue, outlet } = statement;
  const name = speakerLabel(speaker, { markProbable: true });
  const who = name
    ? [name, speaker?.role].filter((part): part is string => Boolean(part)).map(escapeMarkdown)
    : ['no attribution'];
  const details = [cue ? escapeMarkdown(cue.text) : null, outlet ? `via ${escapeMarkdown(outlet)}` : null];
  const notes = details.filter((d): d is string => d !== null);
  return notes.length > 0 ? `${who.join(', ')} (${notes.join('; ')})` : who.join(', ');
}

/** One blockquote line per statement, in text order. */
export function citation(statement: Statement): string {
  return `> ${quoted(statement.text)} — ${attribution(statement)}`;
}

function articleLines(article: ArticleInfo): string[] {
  const facts: [string, string | null][] = [
    ['Publisher', article.publisher],
    ['Byline', article.byline],
    ['Published', article.published],
  ];
  const lines = facts
    .filter((f): f is [string, string] => Boolean(f[1]))
    .map(([label, value]) => `- **${label}:** ${escapeMarkdown(value)}`);
  for (const credit of article.credits) {
    const evidence = credit.evidence.map((e) => `“${escapeMarkdown(e)}”`).join(', ');
    const name = escapeMarkdown(credit.name);
    lines.push(`- **Credited:** ${name} (${credit.type})${evidence ? `: ${evidence}` : ''}`);
  }
  return lines;
}

// Only web links become Markdown links; anything else (javascript:, data:) is shown as text.
const isWebUrl = (url: string): boolean => /^https?:\/\//i.test(url);

export function toMarkdown(analysis: Analysis, options: MarkdownOptions = {}): string {
  const { article, statements } = analysis;
  const lines = [`# ${article.title ? escapeMarkdown(article.title) : 'Statements'}`, ''];
  if (options.url) {
    const url = oneLine(options.url);
    lines.push(isWebUrl(url) ? `<${url.replace(/[<>\s]/g, encodeURIComponent)}>` : escapeMarkdown(url), '');
  }
  const facts = articleLines(article);
  if (facts.length > 0) lines.push(...facts, '');
  const count = statements.length === 1 ? '1 statement' : `${statements.length} statements`;
  lines.push(`## ${count}`, '');
  for (const statement of statements) lines.push(citation(statement), '');
  return `${lines.join('\n').trimEnd()}\n`;
}
