// `--offsets codepoint`: Python, Spark and most languages other than JS index strings by code point, so a
// UTF-16 index past an astral character (emoji, rare CJK) is off by one per such character before it.

/** Maps UTF-16 indices into `text` to code point indices. */
export function codepointOffsets(text: string): (utf16: number) => number {
  // The positions of low surrogates that follow a high one: each is a code unit with no code point.
  const trailing: number[] = [];
  for (let i = 1; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xdc00 && unit <= 0xdfff) {
      const previous = text.charCodeAt(i - 1);
      if (previous >= 0xd800 && previous <= 0xdbff) trailing.push(i);
    }
  }
  if (trailing.length === 0) return (utf16) => utf16;
  return (utf16) => {
    // How many trailing surrogates lie before `utf16` (binary search for the first at or after it).
    let low = 0;
    let high = trailing.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (trailing[mid]! < utf16) low = mid + 1;
      else high = mid;
    }
    return utf16 - low;
  };
}
