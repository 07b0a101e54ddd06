import type { Plugin } from 'vite';
import { moduleRewrite } from './module-rewrite';

/**
 * Readability writes `innerHTML` twice: to restore the page between its retries and to unwrap a
 * `<noscript>` image. Both write markup it read from the same document, but AMO's linter cannot know
 * that, and a shipped extension should not parse HTML strings at all. Both become node copies, which
 * produce the same tree: the retry restores a deep clone of the untouched page; the noscript branch
 * only runs when the element already holds a single parsed `<img>`, so its children are cloned.
 */
export const readabilityWithoutInnerHtml = (): Plugin =>
  moduleRewrite('readability-without-innerhtml', /[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/, [
    ['var pageCacheHtml = page.innerHTML;', 'var pageCacheHtml = page.cloneNode(true);'],
    [
      'page.innerHTML = pageCacheHtml;',
      'page.replaceChildren(...Array.from(pageCacheHtml.cloneNode(true).childNodes));',
    ],
    [
      'tmp.innerHTML = noscript.innerHTML;',
      'tmp.append(...Array.from(noscript.cloneNode(true).childNodes));',
    ],
  ]);
