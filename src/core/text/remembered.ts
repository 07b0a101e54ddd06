// Answers remembered per question, for steps that ask the same one many times per article (is this name an
// organisation's, what does this phrase name). Bounded, so a long archive (the CLI over a 200 MB stream)
// never grows them without end: once full they start over; those made `perArticle` start over with every
// article, so a run over many texts costs no more memory, and gets no faster, than one text at a time.

/** Most answers remembered per kind before starting over. */
export const MAX_REMEMBERED = 20_000;

const PER_ARTICLE: Map<string, unknown>[] = [];

/** `answer`, remembered per kind and key. */
export function remembered<Kind extends string, V>(
  answer: (key: string, kind: Kind) => V,
  { perArticle = false } = {},
): (key: string, kind: Kind) => V {
  const byKind = new Map<Kind, Map<string, V>>();
  // (callers mostly ask one kind many times in a row: the last kind's answers without a lookup)
  let lastKind: Kind | undefined;
  let lastAnswers: Map<string, V> | undefined;
  return (key, kind) => {
    let answers = kind === lastKind ? lastAnswers : byKind.get(kind);
    if (!answers) {
      byKind.set(kind, (answers = new Map()));
      if (perArticle) PER_ARTICLE.push(answers);
    }
    lastKind = kind;
    lastAnswers = answers;
    const known = answers.get(key);
    if (known !== undefined) return known;
    if (answers.size >= MAX_REMEMBERED) answers.clear();
    const v = answer(key, kind);
    answers.set(key, v);
    return v;
  };
}

/** A new article: forget the answers remembered `perArticle`. */
export function forgetArticleAnswers(): void {
  for (const answers of PER_ARTICLE) answers.clear();
}
