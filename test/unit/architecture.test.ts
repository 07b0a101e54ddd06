// Architecture facts checked by tests (docs/architecture.md, docs/permissions.md): the layer rule really
// fires, the core stays free of browser globals, the permissions stay narrow, files stay small.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, specifier: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import '${specifier}';\nexport {};\n`, { filePath });
  expect(result?.messages.filter((m) => m.fatal)).toEqual([]);
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('ESLint layer rules (eslint.config.js)', () => {
  it.each([
    ['src/core/x.ts', 'webextension-polyfill'],
    ['src/core/x.ts', '../page/text-map'],
    ['src/core/x.ts', '../shared/messages'],
    ['src/core/x.ts', '../content/index'],
    ['src/core/x.ts', 'node:fs'],
    ['src/core/sub/x.ts', '../../page/text-map'],
    ['src/page/x.ts', 'webextension-polyfill'],
    ['src/page/x.ts', '../content/index'],
    ['src/shared/x.ts', '../page/text-map'],
    ['src/shared/x.ts', 'webextension-polyfill'],
    ['src/popup/x.ts', '../page/text-map'],
    ['src/popup/x.ts', '../content/index'],
    ['src/background/x.ts', '../page/extract-article'],
    ['src/options/x.ts', '../popup/index'],
    ['src/content/x.ts', '../background/index'],
    ['src/cli/x.ts', '../popup/index'],
  ])('%s may not import %s', async (file, specifier) => {
    expect(await restrictedImports(file, specifier)).not.toEqual([]);
  });

  // Legal imports report nothing, and the file is covered by the rule: so the cases above are not passing
  // because the rule matches everything, nor these because it matches no file.
  it.each([
    ['src/core/x.ts', './types'],
    ['src/page/x.ts', '../core'],
    ['src/shared/x.ts', '../core/types'],
    ['src/popup/x.ts', 'webextension-polyfill'],
    ['src/popup/x.ts', '../shared/messages'],
    ['src/content/x.ts', '../page/text-map'],
    ['src/cli/x.ts', '../page/extract-article'],
    ['src/cli/x.ts', 'node:fs'],
  ])('%s may import %s', async (file, specifier) => {
    const config = (await eslint.calculateConfigForFile(file)) as { rules?: Record<string, unknown> };
    expect(config.rules?.['no-restricted-imports']).toBeDefined();
    expect(await restrictedImports(file, specifier)).toEqual([]);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|js|mjs|html|css)$/.test(name) ? [path] : [];
  });
}

const BROWSER_GLOBALS = new Set(['document', 'window']);
const EXTENSION_APIS = new Set(['browser', 'chrome']);

/** References to browser globals in code (not in comments, strings, property names or declarations). */
function browserReferences(code: string): string[] {
  const source = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true);
  const hits: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      const parent = node.parent;
      const isMemberName = ts.isPropertyAccessExpression(parent) && parent.name === node;
      const isDeclaredName =
        (parent as { name?: ts.Node }).name === node && !ts.isPropertyAccessExpression(parent);
      if (!isMemberName && !isDeclaredName) {
        if (BROWSER_GLOBALS.has(node.text)) hits.push(node.text);
        if (EXTENSION_APIS.has(node.text) && ts.isPropertyAccessExpression(parent))
          hits.push(`${node.text}.`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return hits;
}

describe('the core uses no browser globals', () => {
  it.each([
    ['document.body', ['document']],
    ['const w = window;', ['window']],
    ['browser.runtime.sendMessage({})', ['browser.']],
    ['chrome.storage.local.get()', ['chrome.']],
    ['// the document said\nconst s = "window: a document";', []],
    ['const x = { document: 1 }; x.document; x.window;', []],
    ['const cue = ["document", "browser"];', []],
  ])('scanner: %j → %j', (code, expected) => {
    expect(browserReferences(code)).toEqual(expected);
  });

  const files = sourceFiles('src/core').filter((f) => f.endsWith('.ts'));

  it('finds the core files', () => {
    expect(files.length).toBeGreaterThan(2);
  });

  it.each(files)('%s', (file) => {
    expect(browserReferences(readFileSync(file, 'utf8'))).toEqual([]);
  });
});

describe('manifest.json permissions', () => {
  const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as Record<string, unknown>;

  // The narrow set docs/permissions.md explains. Widening it must change this list (and that document).
  it.each([
    ['permissions', ['storage', 'contextMenus']],
    ['host_permissions', undefined],
    ['optional_permissions', undefined],
    ['optional_host_permissions', undefined],
    ['externally_connectable', undefined],
    ['web_accessible_resources', undefined],
  ])('%s is %j', (key, expected) => {
    expect(manifest[key]).toEqual(expected);
  });

  it('runs the content scripts on web pages only', () => {
    const scripts = manifest.content_scripts as { matches: string[] }[];
    for (const script of scripts) expect(script.matches).toEqual(['http://*/*', 'https://*/*']);
  });
});

/** Files small enough to read in one sitting, functions short enough to hold in mind (STYLE.md, issue 9). */
const MAX_FILE_LINES = 200;
const MAX_FUNCTION_LINES = 60;
/** Lexicons are word lists (data, not code): they grow with coverage, and splitting them would only hide that. */
const DATA_FILES = /\/lexicon\//;

/**
 * TEMPORARY, for the lead to empty: core files still over a limit while issue 9 reshapes them in parallel.
 * A file listed here that is back within the limits fails the last test below until it is taken off.
 */
const CORE_FILES_BEING_RESHAPED: readonly string[] = [];

const lineCount = (text: string): number =>
  text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

function functionName(node: ts.FunctionLikeDeclaration): string {
  const named = node.name ?? (ts.isVariableDeclaration(node.parent) ? node.parent.name : undefined);
  return named && ts.isIdentifier(named) ? named.text : '(anonymous)';
}

/** Functions (declarations, expressions, arrows, methods) longer than `max` lines, as "name: N lines". */
function longFunctions(code: string, max: number): string[] {
  const source = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true);
  const long: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      if (last - first + 1 > max) long.push(`${functionName(node)}: ${last - first + 1} lines`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return long;
}

/** What a file breaks of the two limits. */
function oversize(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const lines = lineCount(text);
  const tooLong = lines > MAX_FILE_LINES && !DATA_FILES.test(file) ? [`file: ${lines} lines`] : [];
  return /\.(ts|mts)$/.test(file) ? [...tooLong, ...longFunctions(text, MAX_FUNCTION_LINES)] : tooLong;
}

const body = (lines: number): string => Array.from({ length: lines }, (_, i) => `  x(${i});`).join('\n');

describe(`files under src/ stay within ${MAX_FILE_LINES} lines, functions within ${MAX_FUNCTION_LINES}`, () => {
  it.each([
    ['a\nb\n', 2],
    ['a\nb', 2],
    ['', 0],
  ])('lineCount(%j) = %i', (text, count) => {
    expect(lineCount(text)).toBe(count);
  });

  it.each([
    [`function short() {\n${body(3)}\n}`, []],
    [`function long() {\n${body(3)}\n}`, ['long: 5 lines'], 4],
    [`export const arrow = () => {\n${body(3)}\n};`, ['arrow: 5 lines'], 4],
    [`class C {\n  method() {\n${body(3)}\n  }\n}`, ['method: 5 lines'], 4],
    [
      `function outer() {\n  return () => {\n${body(3)}\n  };\n}`,
      ['outer: 7 lines', '(anonymous): 5 lines'],
      4,
    ],
    ['declare function bodiless(a: number): void;', [], 0],
  ] as [string, string[], number?][])(
    'longFunctions(%j) = %j',
    (code, expected, max = MAX_FUNCTION_LINES) => {
      expect(longFunctions(code, max)).toEqual(expected);
    },
  );

  const files = sourceFiles('src').filter((file) => !CORE_FILES_BEING_RESHAPED.includes(file));

  it.each(files)('%s', (file) => {
    expect(oversize(file)).toEqual([]);
  });

  it.each(CORE_FILES_BEING_RESHAPED)('%s is still over a limit (else take it off the list)', (file) => {
    expect(oversize(file)).not.toEqual([]);
  });
});
