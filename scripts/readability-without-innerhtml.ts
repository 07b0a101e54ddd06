import type { Plugin } from 'vite';

/**
 * Readability writes `innerHTML` twice: to restore the page between its retries and to unwrap a
 * `<noscript>` image. Both write markup it read from the same document, but AMO's linter cannot know
 * that, and a shipped extension should not parse HTML strings at all. Both become node copies, which
 * produce the same tree: the retry restores a deep clone of the untouched page; the noscript branch
 * only runs when the element already holds a single parsed `<img>`, so its children are cloned.
 *
 * Each rewrite must match exactly once; a Readability upgrade that moves the code fails the build
 * rather than shipping the original lines silently.
 */
const REWRITES: ReadonlyArray<readonly [from: string, to: string]> = [
  ['var pageCacheHtml = page.innerHTML;', 'var pageCacheHtml = page.cloneNode(true);'],
  [
    'page.innerHTML = pageCacheHtml;',
    'page.replaceChildren(...Array.from(pageCacheHtml.cloneNode(true).childNodes));',
  ],
  ['tmp.innerHTML = noscript.innerHTML;', 'tmp.append(...Array.from(noscript.cloneNode(true).childNodes));'],
];

export function readabilityWithoutInnerHtml(): Plugin {
  return {
    name: 'sourcelight:readability-without-innerhtml',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/.test(id)) return null;
      let out = code;
      for (const [from, to] of REWRITES) {
        const count = out.split(from).length - 1;
        if (count !== 1) {
          this.error(`expected "${from}" once in ${id}, found it ${count} times`);
        }
        out = out.replace(from, to);
      }
      return { code: out, map: null };
    },
  };
}
