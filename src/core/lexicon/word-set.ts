// Lexicons are written as one string of words (easy to read, diff and extend) and looked up as sets.

/** The words of `list`, split on `separator`: a space, or "|" where entries hold spaces. */
export function wordSet(list: string, separator = ' '): ReadonlySet<string> {
  return new Set(list.split(separator));
}
