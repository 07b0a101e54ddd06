// "Jurors found Redline Freight Inc. negligent. … Redline denied that. In a filing, the company called …":
// once a company is named in full, the short name it goes by (company-short-name.ts) is a mention of it too,
// so a description or a pronoun after "Redline denied that" can reach it.
import type { Sentence } from '../sentences/split-sentences';
import { isNameWord } from '../speakers/name-words';
import { withoutPossessive } from '../text/possessive';
import { tokenAt } from '../text/token-window';
import { companyShortNames } from './company-short-name';
import type { OrgMention } from './find-organizations';
import { nameText } from './name-span';
import { opensClauseAt } from './opens-clause-at';

/** Most words of a short name ("Little Sprout"). */
const MAX_SHORT_WORDS = 3;

/** Mentions by short name, opening a clause, of the companies in `found` (sorted by start) after each is
 * first named in full. */
export function shortNamed(
  text: string,
  sentences: readonly Sentence[],
  found: readonly OrgMention[],
): OrgMention[] {
  const out: OrgMention[] = [];
  const shorts = new Map<string, OrgMention>();
  let next = 0;
  for (const s of sentences) {
    const toks = s.tokens;
    for (let i = 0; i < toks.length; i++) {
      const at = tokenAt(toks, i);
      for (; next < found.length && (found[next]?.start ?? Infinity) < at.start; next++) {
        const m = found[next];
        if (m && !m.group) for (const short of companyShortNames(m.name)) shorts.set(short, m);
      }
      if (!isNameWord(at) || shorts.size === 0) continue;
      // (a whole run of name words, no longer: "Redline" is not "Redline Freight Inc." named again)
      let j = i;
      while (j + 1 < toks.length && j - i + 1 < MAX_SHORT_WORDS && isNameWord(tokenAt(toks, j + 1))) j++;
      // (nor an owner: "Aerion's main rival faces …" is not Aerion)
      const owner = /^['’]/u.test(toks[j + 1]?.text ?? '') || /['’]s$/u.test(tokenAt(toks, j).text);
      const full = isNameWord(tokenAt(toks, j + 1)) || owner ? undefined : shorts.get(runKey(toks, i, j));
      // (only opening a clause, as its subject: not "about 1,100 Riverbend employees", which names no one
      // a later "its" or "the company" stands for)
      const subject = full && opensClauseAt(text, at.start);
      if (full && subject && !found.some((m) => m.start <= at.start && at.start < m.end))
        out.push({ start: at.start, end: tokenAt(toks, j).end, name: full.name, plural: false });
      i = j;
    }
  }
  return out;
}

const runKey = (toks: Sentence['tokens'], i: number, j: number): string =>
  withoutPossessive(nameText(toks.slice(i, j + 1))).toLowerCase();
