// Some publishing systems write the page's character references into their JSON-LD strings ("Arnault&#8217;s
// LVMH"), where no HTML parser decodes them; the panel would show them as written. Decoded here as text,
// never through markup.

/** The named references such strings carry, besides numeric ones. */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  apos: "'",
  gt: '>',
  lt: '<',
  nbsp: '\u00a0',
  quot: '"',
};
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([a-z]{2,4}));/g;
/** The last code point, and the surrogates, which no reference may stand for. */
const MAX_CODE_POINT = 0x10ffff;
const SURROGATES = { from: 0xd800, to: 0xdfff };

/** The text with its numeric and common named character references decoded; any other stays as written. */
export function decodeReferences(text: string): string {
  return text.replace(REFERENCE, (whole, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED[name] ?? whole;
    const code = dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16);
    const surrogate = code >= SURROGATES.from && code <= SURROGATES.to;
    return code > 0 && code <= MAX_CODE_POINT && !surrogate ? String.fromCodePoint(code) : whole;
  });
}
