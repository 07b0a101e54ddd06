// A plural noun's singular, lowercased, as the lexicons list it: "allies" → "ally", "Aides" → "aide",
// "fishermen" → "fisherman"; "boss" stays.
export const singularOf = (word: string): string =>
  word
    .toLowerCase()
    .replace(/ies$/, 'y')
    .replace(/men$/, 'man') // "fishermen", "women"
    .replace(/(?<=[^s])s$/, '');
