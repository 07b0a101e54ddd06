import type { Plugin } from 'vite';

export type Rewrite = readonly [from: string, to: string];

/**
 * A build-time edit of one dependency module: each rewrite must match exactly once, so an upgrade that
 * moves the code fails the build rather than shipping the original lines silently.
 */
export function moduleRewrite(name: string, module: RegExp, rewrites: readonly Rewrite[]): Plugin {
  return {
    name: `sourcelight:${name}`,
    enforce: 'pre',
    transform(code, id) {
      if (!module.test(id)) return null;
      let out = code;
      for (const [from, to] of rewrites) {
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
