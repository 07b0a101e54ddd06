// The CLI's jsonl record (issue 3, item 5). Keys are copied one by one, in the documented order,
// so the output's shape is fixed here and does not follow whatever else the core may add.
import type { Analysis, Cue, Mention } from '../../core/types';

interface JsonSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

interface JsonStatement {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: string;
  readonly cue: JsonSpan | null;
  readonly speaker: {
    readonly id: string;
    readonly name: string;
    readonly type: string;
    readonly role: string | null;
    readonly mention: JsonSpan | null;
    readonly aliases: readonly string[];
    readonly confidence: number;
  } | null;
  readonly outlet: string | null;
  readonly confidence: number;
}

export interface JsonRecord {
  readonly input: string;
  readonly statements: readonly JsonStatement[];
  readonly article: {
    readonly title: string | null;
    readonly publisher: string | null;
    readonly byline: string | null;
    readonly published: string | null;
    readonly credits: readonly { name: string; type: string; evidence: readonly string[] }[];
  };
  /** Only for an article in a language Sourcelight does not read (it then has no statements). */
  readonly unsupportedLanguage?: { readonly code: string | null };
}

const cueSpan = (cue: Cue | null): JsonSpan | null =>
  cue ? { text: cue.text, start: cue.start, end: cue.end } : null;

const mentionSpan = (span: Mention | null): JsonSpan | null =>
  span ? { start: span.start, end: span.end, text: span.text } : null;

/** One record per input: `input` names where the text came from (a path, or "-" for stdin). */
export function toJsonRecord(input: string, analysis: Analysis): JsonRecord {
  const { article } = analysis;
  return {
    input,
    statements: analysis.statements.map((s) => ({
      id: s.id,
      start: s.start,
      end: s.end,
      text: s.text,
      kind: s.kind,
      cue: cueSpan(s.cue),
      speaker: s.speaker
        ? {
            id: s.speaker.id,
            name: s.speaker.name,
            type: s.speaker.type,
            role: s.speaker.role,
            mention: mentionSpan(s.speaker.mention),
            aliases: [...s.speaker.aliases],
            confidence: s.speaker.confidence,
          }
        : null,
      outlet: s.outlet,
      confidence: s.confidence,
    })),
    article: {
      title: article.title,
      publisher: article.publisher,
      byline: article.byline,
      published: article.published,
      credits: article.credits.map((c) => ({ name: c.name, type: c.type, evidence: [...c.evidence] })),
    },
    ...(analysis.unsupportedLanguage
      ? { unsupportedLanguage: { code: analysis.unsupportedLanguage.code } }
      : {}),
  };
}

// JSON.stringify leaves U+007F–U+009F raw; some terminals act on C1 controls (U+009B is CSI),
// so a line printed to a terminal escapes them too. The value parses back unchanged.
const C1_CONTROLS = /[\u007f-\u009f]/g;

/** One JSON line with no raw control characters. */
export function toJsonLine(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    C1_CONTROLS,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
