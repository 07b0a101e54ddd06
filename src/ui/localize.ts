// Static text in index.html carries data-i18n="<message key>"; this fills it from _locales.
// Shared by the popup and the options page.

/** browser.i18n.getMessage's shape, passed in so renderers can be tested without a browser. */
export type Translate = (key: string, substitutions?: string | string[]) => string;

export function localize(root: ParentNode, t: Translate): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const text = t(element.dataset.i18n ?? '');
    if (text) element.textContent = text;
  }
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    const text = t(element.dataset.i18nLabel ?? '');
    if (text) element.setAttribute('aria-label', text);
  }
}

/** Remembers each answer of `t`: a long list asks for the same few strings hundreds of times, and each
 * browser.i18n call goes through the polyfill's proxies into the browser. */
export function memoTranslate(t: Translate): Translate {
  const known = new Map<string, string>();
  return (key, substitutions) => {
    const id = JSON.stringify([key, substitutions ?? null]);
    let text = known.get(id);
    if (text === undefined) known.set(id, (text = t(key, substitutions)));
    return text;
  };
}
