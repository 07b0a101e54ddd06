// The text map over every saved real page (../shared/newspages, skipped with a notice when absent) is the
// one recorded in text-map-hashes.json: the same text and the same text ⇄ node offsets, piece by piece.
// The walk is the pass's hottest main-thread work and gets rewritten for speed; this holds each rewrite
// to the map it replaces. Only hashes are recorded (no page text enters the repo). Three reads per page:
// linkedom over the located article (with Readability's kept elements) and over the whole body, and
// jsdom with computed styles (the layout path) on the smaller pages.
// After an intended change of the map: UPDATE_TEXT_MAP_HASHES=1 npx vitest run test/golden/text-map-same.test.ts
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { locateArticle } from '../../src/page/locate-article';
import { buildTextMap, type TextMap } from '../../src/page/text-map';

const DIR = join(import.meta.dirname, '../../../shared/newspages');
const HASHES = join(import.meta.dirname, 'text-map-hashes.json');
const PAGES = existsSync(DIR)
  ? readdirSync(DIR).filter((name) => statSync(join(DIR, name)).isDirectory())
  : [];
if (PAGES.length === 0) console.warn(`[text-map-same] ${DIR} is absent: the text map comparison is skipped.`);
/** jsdom is slow on big pages: the computed-style read runs on pages up to this size. */
const JSDOM_MAX_BYTES = 150_000;

const update = process.env.UPDATE_TEXT_MAP_HASHES === '1';
const recorded: Record<string, Record<string, string>> = existsSync(HASHES)
  ? JSON.parse(readFileSync(HASHES, 'utf8'))
  : {};
const seen: Record<string, Record<string, string>> = {};

/** Every text node of the document in tree order: a piece names its node by this index. */
function textNodes(node: Node, into: Map<Node, number> = new Map()): Map<Node, number> {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) into.set(child, into.size);
    else textNodes(child, into);
  }
  return into;
}

function hashOf(map: TextMap, index: Map<Node, number>): string {
  const pieces = map.pieces.map((p) => `${index.get(p.node)}:${p.nodeOffset}:${p.textStart}:${p.length}`);
  return createHash('sha256').update(map.text).update('\0').update(pieces.join(',')).digest('hex');
}

function check(page: string, read: string, map: TextMap, doc: Document): void {
  const hash = hashOf(map, textNodes(doc));
  (seen[page] ??= {})[read] = hash;
  if (!update) expect(hash, `${page} ${read}`).toBe(recorded[page]?.[read]);
}

describe.skipIf(PAGES.length === 0)('the text map is the recorded one on every saved page', () => {
  afterAll(() => {
    if (update) writeFileSync(HASHES, `${JSON.stringify(seen, null, 2)}\n`);
  });
  it.each(PAGES)('%s', (page) => {
    const html = readFileSync(join(DIR, page, 'source.html'), 'utf8');
    const doc = parseHTML(html).document as unknown as Document;
    const located = locateArticle(doc);
    expect(located, 'article found').not.toBeNull();
    check(page, 'article', buildTextMap(located!.root, { useLayout: false, kept: located!.kept }), doc);
    check(page, 'body', buildTextMap(doc.body, { useLayout: false }), doc);
    if (html.length > JSDOM_MAX_BYTES) return;
    const dom = new JSDOM(html);
    const laidOut = dom.window.document;
    check(page, 'styled', buildTextMap(laidOut.body, { useLayout: true }), laidOut);
    dom.window.close();
  });
});
