// A plural noun's singular, lowercased, as the lexicons list it: "allies" → "ally", "Aides" → "aide"; "boss" stays.
export const singularOf = (word: string): string =>
  word
    .toLowerCase()
    .replace(/ies$/, 'y')
    .replace(/(?<=[^s])s$/, '');
