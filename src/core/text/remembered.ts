// Answers remembered per question, for steps that ask the same one many times per article (is this name an
// organisation's, what does this phrase name); bounded, so a long archive (the CLI over a 200 MB stream)
// never grows them without end: once full, they start over.

/** Most answers remembered per kind before starting over. */
export const MAX_REMEMBERED = 20_000;

/** `answer`, remembered per kind and key. */
export function remembered<Kind extends string, V>(
  answer: (key: string, kind: Kind) => V,
): (key: string, kind: Kind) => V {
  const byKind = new Map<Kind, Map<string, V>>();
  return (key, kind) => {
    let answers = byKind.get(kind);
    if (!answers) byKind.set(kind, (answers = new Map()));
    const known = answers.get(key);
    if (known !== undefined) return known;
    if (answers.size >= MAX_REMEMBERED) answers.clear();
    const v = answer(key, kind);
    answers.set(key, v);
    return v;
  };
}
