// A language's name in the UI's language ("de" → "German"), from the browser's own data (Intl), so no
// list of names is kept here; null where the code is unknown or has no name there.

export function languageName(code: string | null, uiLocale: string): string | null {
  if (!code) return null;
  try {
    const name = new Intl.DisplayNames([uiLocale], { type: 'language', fallback: 'none' }).of(code);
    return name && name.toLowerCase() !== code.toLowerCase() ? name : null;
  } catch {
    // Not a well-formed language code: Intl throws rather than guessing.
    return null;
  }
}
