// The paint for Sourcelight's highlights, written at run time for one page's highlight names and the
// user's contrast mode, and adopted into that page only while Sourcelight paints it or is about to
// (content/highlight-styles.ts): on a page that looks like an article and whose settings let the pass run
// by itself, from while it is still parsed (content/early-styles.ts), else on the first paint; dropped
// when it stops. No stylesheet is in every page: a page that registers a highlight under a name of ours
// (guessed, or read earlier) gets no style from us, and a page that is not an article has nothing to
// find (issue 14). Colours: src/shared/speaker-colors.ts, as a translucent background so the page's own
// text colour stays (AA contrast on light and dark pages, tested), plus an underline whose style also
// differs per speaker, so colour is never the only cue; past the palette's end a hue repeats with an
// overline ("-later"). High contrast: opaque colours and strong underlines.
import { HIGHLIGHT_ALPHA, SPEAKER_PALETTE } from '../shared/speaker-colors';

/** What the CSS is for: the page's highlight names' prefix, contrast, and which way the page is painted. */
export interface HighlightStyle {
  /** `sourcelight-<random>`: every highlight name of one page starts with it. */
  readonly prefix: string;
  readonly highContrast: boolean;
  /** Painted with `<sourcelight-mark>` elements (no Highlight API) rather than named highlights. */
  readonly marks: boolean;
}

/** A prefix no page can know before the highlights are registered: new for each page's session. */
export function randomHighlightPrefix(): string {
  const random = new Uint32Array(2);
  crypto.getRandomValues(random);
  return `sourcelight-${Array.from(random, (n) => n.toString(36)).join('')}`;
}

/** What a prefix must look like before it goes into CSS. */
const HIGHLIGHT_PREFIX_PATTERN = /^sourcelight-[a-z0-9]{1,32}$/;

/** Underline styles, cycled per colour: colour is never the only cue. */
const LINES = ['solid', 'dashed', 'dotted', 'double', 'wavy'] as const;

const channels = (css: string): [number, number, number] => {
  const [r, g, b] = (/(\d+) (\d+) (\d+)/.exec(css) ?? []).slice(1).map(Number);
  return [r ?? 0, g ?? 0, b ?? 0];
};

/** Black or white, whichever contrasts more with the opaque high-contrast background. */
function inkOn(css: string): string {
  const lin = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  const [r, g, b] = channels(css).map(lin) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? '#000' : '#fff';
}

/** The statement's and the mention's declarations for one palette colour. */
function colorDeclarations(css: string, i: number, highContrast: boolean): [string, string] {
  const rgb = channels(css).join(' ');
  const line = LINES[i % LINES.length] ?? 'solid';
  const ink = inkOn(css);
  return highContrast
    ? [
        `background-color: rgb(${rgb}); color: ${ink}; text-decoration: ${line} underline 3px ${ink};`,
        `background-color: transparent; text-decoration: solid underline 4px rgb(${rgb});`,
      ]
    : [
        `background-color: rgb(${rgb} / ${HIGHLIGHT_ALPHA}); text-decoration: ${line} underline 2px rgb(${rgb});`,
        `background-color: rgb(${rgb} / 0.15); text-decoration: dotted underline rgb(${rgb} / 0.8);`,
      ];
}

/** The rules that do not depend on the colour: later speakers, the open card's statement, the dimmed. */
function sharedDeclarations(highContrast: boolean) {
  return {
    later: 'text-decoration-line: underline overline;',
    active: highContrast
      ? 'text-decoration: solid underline 5px #ff0;'
      : 'text-decoration: solid underline 4px currentcolor;',
    dim: 'background-color: transparent; color: inherit; text-decoration: dotted underline 1px rgb(128 128 128 / 0.7);',
  };
}

/** Each highlight name (past the prefix) and its declarations. */
function apiRules({ prefix, highContrast }: HighlightStyle): [string, string][] {
  const shared = sharedDeclarations(highContrast);
  const rules = SPEAKER_PALETTE.flatMap((css, i): [string, string][] => {
    const [statement, mention] = colorDeclarations(css, i, highContrast);
    return [
      [`${prefix}-speaker-${i}`, statement],
      [`${prefix}-mention-${i}`, mention],
    ];
  });
  return [
    ...rules,
    [`${prefix}-later`, 'text-decoration: underline overline 2px currentcolor;'],
    [`${prefix}-active`, shared.active],
    [`${prefix}-dim`, shared.dim],
  ];
}

/**
 * On the root element only: highlight pseudo-elements inherit every property from their parent's
 * (css-pseudo-4 highlight inheritance), so the root's paint reaches every paragraph. A universal
 * `::highlight()` rule would make Chromium, when the sheet arrives after the page was styled, match every
 * element again: 0.8 s on a 5 MB article of 40,000 paragraphs against 0.4 s for the root's rules (one
 * inherited restyle, what any change on the root costs). Gecko has no highlight inheritance (its WPT
 * highlight-cascade tests fail), so it gets the universal rules behind a feature query only Gecko
 * passes; Chromium drops those rules at parse time and they cost it nothing.
 */
function apiCss(style: HighlightStyle): string[] {
  const rules = apiRules(style);
  return [
    ...rules.map(([name, declarations]) => `:root::highlight(${name}) { ${declarations} }`),
    '@supports (-moz-appearance: none) {',
    ...rules.map(([name, declarations]) => `  ::highlight(${name}) { ${declarations} }`),
    '}',
  ];
}

/** The fallback marks flow like plain text whatever the page styles inline elements with. */
function marksCss({ highContrast }: HighlightStyle): string[] {
  const shared = sharedDeclarations(highContrast);
  const rules = SPEAKER_PALETTE.flatMap((css, i) => {
    const [statement, mention] = colorDeclarations(css, i, highContrast);
    return [
      `sourcelight-mark[data-color='${i}'][data-kind='statement'] { ${statement} }`,
      `sourcelight-mark[data-color='${i}'][data-kind='mention'] { ${mention} }`,
    ];
  });
  return [
    'sourcelight-mark { all: unset; cursor: pointer; }',
    ...rules,
    `sourcelight-mark[data-later][data-kind='statement'] { ${shared.later} }`,
    `sourcelight-mark[data-active][data-kind] { ${shared.active} }`,
    `sourcelight-mark[data-dim][data-kind] { ${shared.dim} }`,
  ];
}

/** The stylesheet for one page; empty for a prefix that is not ours. */
export function highlightCss(style: HighlightStyle): string {
  if (!HIGHLIGHT_PREFIX_PATTERN.test(style.prefix)) return '';
  return (style.marks ? marksCss(style) : apiCss(style)).join('\n') + '\n';
}
