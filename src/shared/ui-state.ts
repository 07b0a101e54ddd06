// What Sourcelight shows on a page, as the content script reports it to tests (describeUi).

/** The card and the keyboard link as the content script sees them inside their closed shadow roots. */
export interface UiState {
  readonly card: {
    readonly present: boolean;
    readonly open: boolean; // something of it is visible
    readonly text: string;
    /** Each `part`'s text (the first of that name). */
    readonly parts: Readonly<Record<string, string>>;
    /** The root's markup, for checks a harness runs on a copy (axe, no extension URL). */
    readonly html: string;
  };
  readonly nav: {
    readonly present: boolean;
    readonly focused: boolean; // the link has the keyboard focus
    readonly text: string;
    readonly box: { width: number; height: number; top: number; left: number } | null;
    readonly live: string;
    readonly html: string;
  };
}
