// The shapes the core produces. Plain serialisable data: they cross from the content
// script to the popup and out of the CLI unchanged (see src/shared/messages.ts).

/** A half-open [start, end) interval of UTF-16 indices into the analysed text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Mention extends Span {
  readonly text: string;
}

export type SpeakerType = 'person' | 'organization' | 'unnamed' | 'unknown';

export interface Speaker {
  /** One per entity within an analysis ("e1", "e2", … in order of first statement): every statement by
   * the same person or organisation carries the same id, however it was named. */
  readonly id: string;
  /** The resolved full name ("Jens Stoltenberg"), or the phrase for unnamed sources ("Analysts"). For an
   * `unknown` speaker, the mention as written ("she"): never shown as a name. */
  readonly name: string;
  readonly type: SpeakerType;
  /** Role or title from the fullest mention ("NATO Secretary General"), if any. */
  readonly role: string | null;
  /** The in-text mention that names the speaker for this statement ("He", "Stoltenberg"). */
  readonly mention: Mention | null;
  /** Other ways the article names this entity ("the duchess", "Meghan"), without pronouns; may be empty. */
  readonly aliases: readonly string[];
  /** How sure the resolution is, 0–1: a full name next to the cue > a surname > a role description >
   * a pronoun > a quote that only continues the previous speaker. */
  readonly confidence: number;
}

export type StatementKind = 'direct' | 'indirect' | 'mixed';

export interface Cue extends Span {
  readonly text: string;
}

export interface Statement extends Span {
  /** Stable within one analysis: "s1", "s2", … in text order. */
  readonly id: string;
  /** What was said; start/end cover it, not the speaker or the cue. */
  readonly text: string;
  readonly kind: StatementKind;
  readonly cue: Cue | null;
  readonly speaker: Speaker | null;
  /** The outlet the claim came through ("Reuters" for "reported by Reuters"). */
  readonly outlet: string | null;
  /** How sure we are that this is a statement, 0–1 (a cue verb with a named subject > a colon > a quote
   * with no cue of its own). */
  readonly confidence: number;
}

export type CreditType = 'news agency' | 'outlet' | 'unnamed outlets' | 'reporter' | 'editor';

export interface Credit {
  readonly name: string;
  readonly type: CreditType;
  /** The phrases in the text that credit it ("reported by Reuters"). */
  readonly evidence: readonly string[];
}

export interface ArticleInfo {
  readonly title: string | null;
  readonly publisher: string | null;
  readonly byline: string | null;
  /** ISO 8601 date or date-time where known. */
  readonly published: string | null;
  readonly credits: readonly Credit[];
}

/** Metadata the caller already knows (from JSON-LD, og: tags, Readability), and the page's declared
 * language (`<html lang>`), which decides where the text is too short to tell its language. */
export type ArticleHints = Partial<Omit<ArticleInfo, 'credits'>> & { readonly language?: string | null };

export interface Analysis {
  readonly statements: readonly Statement[];
  readonly article: ArticleInfo;
  /** Only where the article is not in English, which Sourcelight does not read: then there are no
   * statements. `code`: its ISO 639-1 language where known ("de"). */
  readonly unsupportedLanguage?: { readonly code: string | null };
}
