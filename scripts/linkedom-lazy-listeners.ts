import type { Plugin } from 'vite';
import { moduleRewrite } from './module-rewrite';

/**
 * linkedom gives every node it creates an empty listener map in a WeakMap, though the CLI never adds
 * a listener: on the saved news pages that was a tenth of the CLI's time in the constructor alone, and
 * the millions of short-lived maps and WeakMap entries a large share of its garbage collection (which
 * runs on the spare core, so it also held back what a second worker adds). The map is made on the
 * first addEventListener instead; a node without one has no listeners, which the dispatch already
 * allows for (`map && map.has(type)`).
 */
export const linkedomLazyListeners = (): Plugin =>
  moduleRewrite('linkedom-lazy-listeners', /[\\/]linkedom[\\/]esm[\\/]interface[\\/]event-target\.js$/, [
    ['    wm.set(this, new Map);\n', ''],
    [
      'const map = wm.get(this);\n    if (!map.has(type)) ',
      'let map = wm.get(this);\n    if (!map) wm.set(this, (map = new Map));\n    if (!map.has(type)) ',
    ],
    [
      'const map = wm.get(this);\n    if (map.has(type)) {',
      'const map = wm.get(this);\n    if (map && map.has(type)) {',
    ],
  ]);
