// Writes false negatives, false positives and wrong speakers with context, for study.
import { writeFileSync } from 'node:fs';
import type { GoldDoc, Outcome } from './score';

const CONTEXT_CHARS = 120;

export function dumpMisses(path: string, docs: readonly GoldDoc[], outcomes: readonly Outcome[]): void {
  const texts = new Map(docs.map((d) => [String(d.id), d.text]));
  const flat = (s: string): string => s.replace(/\n/g, '⏎');
  const lines = outcomes.map((o) => {
    const text = texts.get(o.docId) ?? '';
    const [s, e] = o.span;
    const ctx = `${flat(text.slice(Math.max(0, s - CONTEXT_CHARS), s))}⟦${flat(text.slice(s, e))}⟧${flat(text.slice(e, e + CONTEXT_CHARS))}`;
    const entity = o.gold?.speakerEntity ? ` = ${o.gold.speakerEntity}` : '';
    const gold = o.gold ? ` gold: ${o.gold.speaker ?? '-'}${entity} [${o.gold.kind}]` : '';
    const sp = o.pred?.speaker;
    const pred = o.pred
      ? ` pred: ${typeof sp === 'string' ? sp : (sp?.name ?? '-')}${typeof sp === 'object' && sp?.mention ? ` @${text.slice(sp.mention.start, sp.mention.end)}` : ''} [${o.pred.start},${o.pred.end}]`
      : '';
    return `${o.what.toUpperCase()} doc ${o.docId}${gold}${pred}\n  ${ctx}\n`;
  });
  writeFileSync(path, lines.join('\n'));
}
