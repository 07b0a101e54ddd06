// The content script, built so that no page can tell Sourcelight is installed.
//
// crxjs loads a content script as ES modules that import each other by relative URL, so every chunk has to
// be web-accessible, at chrome-extension://<fixed id>/assets/… in Chrome: any page can fetch one and know.
// Chrome's `use_dynamic_url` (a per-session URL) cannot help there: a module fetched from the dynamic URL
// resolves its relative imports against the fixed one, which is then refused (crbug.com/363027634).
//
// So in a production build this plugin bundles the content script itself: each entry the manifest lists
// becomes one self-contained classic script (it runs as soon as it is injected: no fetch round before the
// detector starts), and each module an entry or a piece loads with import() becomes one self-contained ES
// module, a "piece" (no static imports). Every import() goes through `chrome.runtime.getURL`, which returns
// the dynamic URL. Only the pieces are web-accessible: with `use_dynamic_url` in Chrome; Firefox has no such
// key, but its moz-extension://<uuid> is random for each installation. Not one classic script with
// everything: that measured ~80 ms of compiling on every page in Chromium, where the small detector costs
// under 1 ms and the core loads only where the background cannot answer. A module listed in `inline` stays
// in the script that imports it, evaluated only when imported (none is: vite.config.ts weighs the faster
// pass on articles against the compile on every page). `npm run dev` keeps crxjs' own loader and hot reload.
import { createHash } from 'node:crypto';
import { basename, dirname } from 'node:path';
import { build, type BuildOptions, type Plugin, type PluginOption, type Rolldown } from 'vite';

/** Marks a dynamic import in a piece's output until the imported piece has its final file name. */
const LAZY = 'sourcelight-lazy:';
const LAZY_REFERENCE = /(["'`])sourcelight-lazy:([^"'`]+)\1/g;

export interface ContentScriptPiecesOptions {
  /** The content script entries, as manifest.json lists them (`content_scripts[i].js`). */
  readonly entries: readonly (readonly string[])[];
  readonly browser: 'chrome' | 'firefox';
  /** Transforms the pieces need too (the main build's own plugins, without crxjs). */
  readonly plugins: () => PluginOption[];
  /**
   * Modules (absolute paths) whose import() stays inside the script that asks for them, evaluated only
   * then (rolldown wraps a module reached only by import() in a lazy initialiser): no piece, no fetch.
   */
  readonly inline?: readonly string[];
  /**
   * Classic scripts at fixed file names, by module (absolute path), for the background to inject with
   * chrome.scripting (neither a content script of the manifest nor web-accessible).
   */
  readonly injected?: Readonly<Record<string, string>>;
}

interface Piece {
  readonly fileName: string;
  readonly code: string;
  /** What went into it, for `vite build --watch` (the main build never sees these modules). */
  readonly modules: readonly string[];
}

/** Keeps every import() but of `inline` out of the bundle, and records what it would have loaded. */
function lazyImports(found: Set<string>, inline: ReadonlySet<string>): Plugin {
  return {
    name: 'sourcelight:lazy-imports',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (options.kind !== 'dynamic-import' || !importer) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      if (!resolved || resolved.external || inline.has(resolved.id)) return null;
      found.add(resolved.id);
      return { id: `${LAZY}${resolved.id}`, external: true };
    },
  };
}

/** One module and everything it imports statically, as a single ES module or classic script. */
async function bundle(
  entry: string,
  options: ContentScriptPiecesOptions,
  format: 'es' | 'iife',
  minify: BuildOptions['minify'],
) {
  const lazy = new Set<string>();
  const result = (await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    plugins: [...options.plugins(), lazyImports(lazy, new Set(options.inline))],
    build: {
      write: false,
      target: 'es2022',
      minify,
      modulePreload: false,
      // An app build like the main one (library mode would differ: e.g. no Vite preload helper, whose first
      // DOM access at load would then fall inside the detector's sourcelight:detect measure).
      rolldownOptions: {
        input: entry,
        preserveEntrySignatures: 'strict',
        output: { codeSplitting: false, format },
      },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const [chunk] = outputs;
  if (outputs.length !== 1 || chunk?.type !== 'chunk') {
    throw new Error(
      `content script piece ${entry}: expected one file, got ${outputs.map((o) => o.fileName)}`,
    );
  }
  return { code: chunk.code, lazy: [...lazy], modules: chunk.moduleIds };
}

/** `src/content/session.ts` → "session", `src/core/index.ts` → "core". */
function pieceName(path: string): string {
  const name = basename(path).replace(/\.[cm]?[jt]s$/, '');
  return name === 'index' ? basename(dirname(path)) : name;
}

function named(name: string, code: string, modules: readonly string[] = []): Piece {
  const hash = createHash('sha256').update(code).digest('base64url').slice(0, 8);
  return { fileName: `assets/${name}-${hash}.js`, code, modules };
}

/** The dynamic URL in Chrome (with use_dynamic_url), the per-installation one in Firefox. */
const urlOf = (fileName: string) => `chrome.runtime.getURL(${JSON.stringify(fileName)})`;

export function contentScriptPieces(options: ContentScriptPiecesOptions): Plugin[] {
  const built = new Map<string, Promise<Piece>>();
  let scripts: Piece[][] = [];
  let injected: Piece[] = [];
  /** The main build's (`vite build --minify false` makes readable pieces for a profile). */
  let minify: BuildOptions['minify'] = true;

  // Depth first, so that an importer's hash covers the names of the pieces it loads.
  const buildFile = async (path: string, format: 'es' | 'iife'): Promise<Piece> => {
    const { code, lazy, modules } = await bundle(path, options, format, minify);
    const names = new Map<string, string>();
    for (const target of lazy) names.set(target, (await buildPiece(target)).fileName);
    return named(
      pieceName(path),
      code.replace(LAZY_REFERENCE, (_, _quote, target: string) => urlOf(names.get(target)!)),
      modules,
    );
  };
  const buildPiece = (path: string): Promise<Piece> => {
    const known = built.get(path);
    if (known) return known;
    const piece = buildFile(path, 'es');
    built.set(path, piece);
    return piece;
  };

  const emit: Plugin = {
    name: 'sourcelight:content-script-pieces',
    apply: 'build',
    configResolved(config) {
      minify = config.build.minify;
    },
    async buildStart() {
      built.clear();
      scripts = await Promise.all(
        options.entries.map((js) => Promise.all(js.map((entry) => buildFile(entry, 'iife')))),
      );
      injected = await Promise.all(
        Object.entries(options.injected ?? {}).map(async ([path, fileName]) => ({
          ...(await buildFile(path, 'iife')),
          fileName,
        })),
      );
      const files = [...(await Promise.all(built.values())), ...scripts.flat(), ...injected];
      const modules = files.flatMap((file) => file.modules);
      for (const id of new Set(modules)) if (!id.startsWith('\0')) this.addWatchFile(id);
    },
    async generateBundle() {
      const pieces = await Promise.all(built.values());
      for (const { fileName, code } of [...pieces, ...scripts.flat(), ...injected]) {
        this.emitFile({ type: 'asset', fileName, source: code });
      }
    },
  };
  // crxjs calls renderCrxManifest in plugin order: 'post' and listed after crx(), this one runs last, so
  // crxjs' own content-script and web-accessible-resources steps never see the pieces.
  const manifest = {
    name: 'sourcelight:content-script-pieces-manifest',
    apply: 'build',
    enforce: 'post',
    async renderCrxManifest(manifest: Record<string, unknown>) {
      const pieces = (await Promise.all(built.values())).map((p) => p.fileName);
      const js = scripts.map((files) => files.map((s) => s.fileName));
      return withPieces(manifest, js, pieces, options.browser);
    },
  } as Plugin;
  return [emit, manifest];
}

type Manifest = Readonly<Record<string, unknown>>;

/**
 * The manifest with each content script's classic scripts (`js[i]` for `content_scripts[i]`) and the pieces as its
 * only web-accessible resources, for the pages the content scripts run on: at a dynamic URL in Chrome.
 */
export function withPieces(
  manifest: Manifest,
  js: readonly (readonly string[])[],
  pieces: readonly string[],
  browser: 'chrome' | 'firefox',
): Manifest {
  if (manifest.web_accessible_resources) throw new Error('unexpected web_accessible_resources');
  const scripts = (manifest.content_scripts ?? []) as Record<string, unknown>[];
  const content_scripts = scripts.map((script, i) => ({ ...script, js: [...(js[i] ?? [])] }));
  if (pieces.length === 0) return { ...manifest, content_scripts };
  const matches = [...new Set(scripts.flatMap((s) => s.matches as string[]))];
  const dynamic = browser === 'chrome' ? { use_dynamic_url: true } : {};
  const web_accessible_resources = [{ matches, resources: [...pieces].sort(), ...dynamic }];
  return { ...manifest, content_scripts, web_accessible_resources };
}
