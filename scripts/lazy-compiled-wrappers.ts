// Bundlers wrap a module whose evaluation waits (a CommonJS module, or an ES module reached only by
// import() inside the same script) in an initialiser, `init((() => { … }))`, and rolldown's minifier
// keeps that function in parentheses: V8 takes a parenthesised function for one about to run ("PIFE")
// and compiles it eagerly, with the script. In a content script that runs on every page, the modules
// that wait are the ones most pages never run (the analyzer inlined for article pages), so their
// compile is work for nothing. `(0, () => { … })` is the same value, and V8 then only pre-parses the
// function until it is called.
import { parseAst } from 'vite';

interface Node {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly [key: string]: unknown;
}

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** Where `callee((arrow))` puts its arrow: the offsets where `0,` goes. */
function wrapperArrows(node: Node, found: number[], code: string): void {
  if (node.type === 'CallExpression') {
    const [arg, ...rest] = node.arguments as Node[];
    const callee = node.callee as Node;
    if (arg?.type === 'ArrowFunctionExpression' && rest.length === 0 && callee.type === 'Identifier') {
      if (/^\(\s*\(\s*$/.test(code.slice(callee.end, arg.start))) found.push(arg.start);
    }
  }
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const item of value) if (isNode(item)) wrapperArrows(item, found, code);
    if (isNode(value)) wrapperArrows(value, found, code);
  }
}

/** `code` with every module initialiser's function compiled when it is called, not with the script. */
export function lazyCompiledWrappers(code: string): string {
  const found: number[] = [];
  wrapperArrows(parseAst(code) as unknown as Node, found, code);
  let out = '';
  let from = 0;
  for (const offset of found.sort((a, b) => a - b)) {
    out += `${code.slice(from, offset)}0,`;
    from = offset;
  }
  return out + code.slice(from);
}
