// Whether an organisation's name is written as its sentence's subject (split from described-org.ts).

/** The name written at `start` is a sentence's subject: a lowercase verb follows it (past an apposition),
 * and its line is a sentence, not a headline ("Striking US auto union reaches …", "U.S. Nominates Jim Yong
 * Kim …"). */
export function subjectAt(text: string, start: number, name: string): boolean {
  const end = start + name.length;
  const lineEnd = text.indexOf('\n', start);
  const line = text.slice(start, lineEnd < 0 ? text.length : lineEnd);
  return (
    text.slice(start, end) === name && VERB_NEXT.test(text.slice(end, end + VERB_REACH)) && /[.!?]/.test(line)
  );
}

/** A lowercase verb right after a name, past one apposition ("Alphabet, the parent company of Google, jumped";
 * "Parallax Labs, a two-year-old artificial intelligence start-up founded by former researchers at Google, has")
 * or the title and name of someone of it ("Boeing Chief Executive Dave Calhoun will step down"). */
const VERB_NEXT = /^(?:,\s[^,.;:\n]{1,100},|(?:\s+\p{Lu}[\p{L}.’'-]*){2,5})?\s+\p{Ll}+\s/u;
/** How far after the name that verb is looked for. */
const VERB_REACH = 140;
