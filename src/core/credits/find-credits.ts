// The article's credits: wire datelines ("WASHINGTON (Reuters) —"), "Attribution: …" lines,
// contributor lines ("Reporting by X; Editing by Y", "X contributed reporting": reporters, editors and
// agencies), outlets the text reports through ("reported by Reuters", "told CNN"), and unnamed ones
// ("contemporaneous reporting from multiple outlets").
import { OUTLETS_BY_NAME } from '../lexicon/outlets';
import { outletPrefix, outletsIn } from '../outlets/find-outlet';
import type { Credit, CreditType, Span } from '../types';
import { contributorsIn } from './contributors';
import { CREDIT_STOP_WORDS } from '../lexicon/credit-words';
import { alternation } from '../text/alternation';

const DATELINE = /^\p{Lu}[\p{L}\d .,'’/-]{1,60}?\s*\(([^()\n]{2,40})\)\s*[—–-]/u;
const ATTRIBUTION = /\b(?:Attribution|Source|Sources|Credit|With reporting by)\s*:\s*([^\n.;]{2,200})/g;
const UNNAMED =
  /\b(?:(?:[a-z]{4,}\s+)?(?:reporting|reports)\s+(?:from|by|in)\s+)?(?:multiple|several|various|many|other|local|state|foreign|international|national|independent)\s+(?:news\s+|media\s+)?(?:outlets|media|publications|newspapers|news organi[sz]ations)\b|\b(?:media|press|news)\s+reports\b/gi;
/** The nouns every unnamed credit ends on: a plain scan for them, so that UNNAMED, whose optional lead
 * would be tried at every word, only reads the few places that hold one. */
const UNNAMED_HEADS = /(?:outlets|media|publications|newspapers|organi[sz]ations|reports)\b/gi;
/** How far around its noun an unnamed credit may reach ("reporting from multiple international news "). */
const UNNAMED_LEAD = 70;

/** UNNAMED's matches in `text`, in order, each once: the one around each noun. */
function unnamedOutlets(text: string): { 0: string; index: number }[] {
  const out: { 0: string; index: number }[] = [];
  let done = 0;
  for (const head of text.matchAll(UNNAMED_HEADS)) {
    if (head.index < done) continue;
    let from = Math.max(done, head.index - UNNAMED_LEAD);
    while (from > done && /\w/.test(text.charAt(from - 1))) from--; // (from a word's start: not "m|other")
    const around = text.slice(from, Math.min(text.length, head.index + UNNAMED_LEAD));
    const m = [...around.matchAll(UNNAMED)].find(
      (x) => from + x.index <= head.index && head.index < from + x.index + x[0].length,
    );
    if (!m) continue;
    out.push({ 0: m[0], index: from + m.index });
    done = from + m.index + m[0].length;
  }
  return out;
}
const STOP_WORDS = new RegExp(`^(?:${alternation(CREDIT_STOP_WORDS)})\\s+`);

export function findCredits(text: string, paragraphs: readonly Span[]): Credit[] {
  const credits = new Map<string, { type: CreditType; evidence: string[]; at: number }>();
  const add = (name: string, type: CreditType, evidence: string, at: number): void => {
    const c = credits.get(name) ?? { type, evidence: [], at };
    if (!c.evidence.includes(evidence)) c.evidence.push(evidence);
    c.at = Math.min(c.at, at);
    credits.set(name, c);
  };
  const named = (name: string, evidence: string, at: number): void =>
    add(name, OUTLETS_BY_NAME.get(name) ?? 'outlet', evidence, at);
  for (const p of paragraphs) {
    const m = DATELINE.exec(text.slice(p.start, Math.min(p.end, p.start + 120)));
    const name = m && outletPrefix(m[1] ?? '');
    if (m && name) named(name, m[0].trim(), p.start);
  }
  for (const h of outletsIn(text, { start: 0, end: text.length })) named(h.name, h.evidence, h.start);
  for (const m of text.matchAll(ATTRIBUTION)) {
    const label = m[0].slice(0, m[0].indexOf(':') + 1);
    for (const item of (m[1] ?? '').split(/,\s*|\s+and\s+/)) {
      const name = outletPrefix(item.trim());
      if (name) named(name, `${label} ${name}`, m.index ?? 0);
    }
  }
  for (const p of paragraphs)
    for (const c of contributorsIn(text.slice(p.start, p.end)))
      add(c.name, c.type, c.evidence, p.start + c.at);
  for (const m of unnamedOutlets(text)) {
    const phrase = m[0].replace(STOP_WORDS, '');
    add(phrase, 'unnamed outlets', phrase, m.index);
  }
  return [...credits.entries()]
    .sort((a, b) => a[1].at - b[1].at)
    .map(([name, c]) => ({ name, type: c.type, evidence: c.evidence }));
}
