// The quick check on its own (a CommonJS module whose export is the function), so the
// always-injected detector does not pull in all of Readability.
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable } from '@mozilla/readability';
  const check: typeof isProbablyReaderable;
  export default check;
}
