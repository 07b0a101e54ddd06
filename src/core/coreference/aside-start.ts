// "Schumer, he said, knows …": a name right before the comma of an aside pronoun is who the words are
// about, not who says them, so it is out of the pronoun's reach.

/** A capitalised run (a name) and the comma of the aside after it. */
const ASIDE_NAME = /\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3},\s*$/u;
/** The longest such name looked at, in characters. */
const ASIDE_REACH = 60;

/** Where the name before an aside pronoun at `at` starts, or `at` itself for any other pronoun. */
export function asideStart(text: string, at: number): number {
  const before = text.slice(Math.max(0, at - ASIDE_REACH), at);
  const m = ASIDE_NAME.exec(before);
  // "As for Trump, he said …" names the topic, who then speaks
  return m && !/\bfor\s+$/i.test(before.slice(0, m.index)) ? at - m[0].length : at;
}
