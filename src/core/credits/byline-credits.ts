// "By Jane Doe with AFP", "Jane Doe and Reuters", "Jane Doe/AFP": an agency named in the byline is a credit of
// the article as much as "(Reuters) —" is; the byline itself is the evidence.
import { BYLINE_JOINERS } from '../lexicon/credit-words';
import { OUTLETS_BY_NAME } from '../lexicon/outlets';
import type { Credit } from '../types';

/** The outlet a byline ends with, after "with", "and" or "/", if the lexicon knows it. */
function bylineOutlet(byline: string): string | null {
  const afterSlash = byline.split('/').at(-1)?.trim() ?? '';
  if (afterSlash !== byline.trim() && OUTLETS_BY_NAME.has(afterSlash)) return afterSlash;
  const words = byline.trim().split(/\s+/);
  for (let i = words.length - 2; i >= 1; i--) {
    if (!BYLINE_JOINERS.has((words[i] ?? '').toLowerCase())) continue;
    const name = words
      .slice(i + 1)
      .join(' ')
      .replace(/^the\s+/i, '');
    return OUTLETS_BY_NAME.has(name) ? name : null;
  }
  return null;
}

/** `credits` with the byline's outlet added (or its evidence, when the article credits it already). */
export function withBylineCredit(credits: readonly Credit[], byline: string | null): Credit[] {
  const name = byline ? bylineOutlet(byline) : null;
  if (!byline || !name) return [...credits];
  const evidence = byline.trim();
  const known = credits.find((c) => c.name === name);
  if (known)
    return credits.map((c) =>
      c === known && !c.evidence.includes(evidence) ? { ...c, evidence: [...c.evidence, evidence] } : c,
    );
  return [...credits, { name, type: OUTLETS_BY_NAME.get(name) ?? 'outlet', evidence: [evidence] }];
}
