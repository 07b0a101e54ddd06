// A TypeScript port of ../shared/eval/score.mjs: same trimming, assignment and speaker rules, so
// `npm run eval` prints exactly the reference numbers (test/unit/core/score-agrees.test.ts checks it).

interface GoldStatement {
  readonly start: number;
  readonly end: number;
  readonly kind: string;
  readonly speaker?: string | null;
  readonly speakerStart?: number | null;
  readonly speakerEnd?: number | null;
  readonly speakerEntity?: string | null;
  readonly attrId?: string | null;
  readonly cueClassHeuristic?: string;
}
export interface GoldDoc {
  readonly id: string | number;
  readonly text: string;
  readonly statements: readonly GoldStatement[];
}
interface PredSpeaker {
  readonly name?: string | null;
  readonly mention?: { readonly start: number; readonly end: number } | null;
}
interface PredStatement {
  readonly start: number;
  readonly end: number;
  readonly speaker?: PredSpeaker | string | null;
}
export interface PredDoc {
  readonly id: string | number;
  readonly statements: readonly PredStatement[];
}
export interface Scores {
  docs: number;
  units: number;
  ignored: number;
  tp: number;
  fp: number;
  fn: number;
  statementP: number;
  statementR: number;
  statementF1: number;
  strictF1: number;
  speakerAcc: number;
  speakerJudged: number;
  attributionF1: number;
  recallByKind: Record<string, number>;
}
/** What happened to each gold unit and prediction, for `--dump-misses`. */
export interface Outcome {
  readonly docId: string;
  readonly what: 'fn' | 'fp' | 'wrong-speaker';
  readonly span: readonly [number, number];
  readonly gold?: GoldStatement;
  readonly pred?: PredStatement;
}

type R = [number, number];
const TRIM = /[\s"'“”‘’«»„‚.,;:!?—–-]/;
function trimRange(text: string, s: number, e: number): R {
  while (s < e && TRIM.test(text[s] ?? '')) s++;
  while (e > s && TRIM.test(text[e - 1] ?? '')) e--;
  return [s, e];
}
const len = (rs: readonly R[]): number => rs.reduce((n, [s, e]) => n + Math.max(0, e - s), 0);
function overlap(a: readonly R[], b: readonly R[]): number {
  let n = 0;
  for (const [s1, e1] of a) for (const [s2, e2] of b) n += Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
  return n;
}
function union(rs: readonly R[]): R[] {
  const out: R[] = [];
  for (const [s, e] of [...rs].sort((x, y) => x[0] - y[0])) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
const TITLES = new Set(
  'mr mrs ms miss dr prof sir dame lord lady president vice sen senator rep representative gov governor mayor premier minister prime secretary general gen col lt sgt chief justice judge the former then-candidate candidate nominee rev pastor father st jr sr ii iii'.split(
    ' ',
  ),
);
const PRONOUNS = new Set(
  'he she they it we i you him her them his their its who which this that these those'.split(' '),
);
const words = (s: string | null | undefined): string[] =>
  (s || '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
const content = (s: string | null | undefined): string[] =>
  words(s).filter((w) => !TITLES.has(w) && !PRONOUNS.has(w));
const JOINERS = new Set(['of', 'and', 'the', 'for', 'de', 'du', 'la', 'le']);
/** "IRCC" for "Immigration, Refugees and Citizenship Canada": initials of the name's words, joiners skipped. */
const initials = (s: string | null | undefined): string =>
  words(s)
    .filter((w) => !JOINERS.has(w))
    .map((w) => w[0])
    .join('');
function nameMatch(pred: string | null | undefined, goldName: string): boolean {
  const pw = words(pred);
  const gw = words(goldName);
  // The same words ("the minister" for "the minister") match before titles and pronouns are set aside.
  if (pw.length && pw.join(' ') === gw.join(' ')) return true;
  if (pw.length === 1 && pw[0]!.length >= 2 && gw.length >= 2 && pw[0] === initials(goldName)) return true;
  if (gw.length === 1 && gw[0]!.length >= 2 && pw.length >= 2 && gw[0] === initials(pred)) return true;
  const p = content(pred);
  const g = content(goldName);
  if (!p.length || !g.length) return false;
  if (p.includes(g[g.length - 1]!) || g.includes(p[p.length - 1]!)) return true;
  const ps = new Set(p);
  const inter = g.filter((w) => ps.has(w)).length;
  return inter / new Set([...p, ...g]).size >= 0.5;
}
const round = (x: number): number => +x.toFixed(3);

interface Unit {
  ranges: R[];
  st: GoldStatement;
  eligible: boolean;
  size: number;
  preds: { p: PredStatement; r: R[] }[];
}

export function score(
  gold: readonly GoldDoc[],
  predDocs: readonly PredDoc[],
  onOutcome?: (o: Outcome) => void,
): Scores {
  const preds = new Map(predDocs.map((d) => [String(d.id), d]));
  const tot = { units: 0, ignored: 0, tp: 0, fp: 0, fn: 0, strictTp: 0, spkJudged: 0, spkOk: 0, attrOk: 0 };
  const byKind: Record<string, { units: number; tp: number }> = {};
  for (const doc of gold) {
    const text = doc.text;
    const docId = String(doc.id);
    const units = new Map<string, Unit>();
    for (const st of doc.statements) {
      const key = st.attrId ?? `${st.start}:${st.end}`;
      let u = units.get(key);
      if (!u) {
        u = { ranges: [], st, eligible: st.cueClassHeuristic !== 'other', size: 0, preds: [] };
        units.set(key, u);
      }
      const r = trimRange(text, st.start, st.end);
      if (r[1] > r[0]) u.ranges.push(r);
      if (st.kind === 'direct' || (st.kind === 'mixed' && u.st.kind === 'indirect'))
        u.st = { ...u.st, kind: st.kind };
    }
    const list = [...units.values()].filter((u) => u.ranges.length);
    for (const u of list) {
      u.size = len(u.ranges);
      if (u.eligible) tot.units++;
      else tot.ignored++;
    }
    const ps = (preds.get(docId)?.statements ?? [])
      .map((p) => ({ p, r: [trimRange(text, p.start, p.end)] }))
      .filter((x) => x.r[0]![1] > x.r[0]![0]);
    for (const x of ps) {
      let best: Unit | null = null;
      let bo = 0;
      for (const u of list) {
        const o = overlap(x.r, u.ranges);
        if (o > bo) {
          bo = o;
          best = u;
        }
      }
      if (best && bo >= 0.5 * len(x.r)) {
        if (best.eligible) best.preds.push(x);
      } else {
        tot.fp++;
        onOutcome?.({ docId, what: 'fp', span: x.r[0]!, pred: x.p });
      }
    }
    for (const u of list) {
      if (!u.eligible) continue;
      const k = u.st.kind;
      const bk = (byKind[k] ??= { units: 0, tp: 0 });
      bk.units++;
      if (!u.preds.length) {
        tot.fn++;
        onOutcome?.({ docId, what: 'fn', span: u.ranges[0]!, gold: u.st });
        continue;
      }
      const pu = union(u.preds.flatMap((x) => x.r));
      const cov = overlap(pu, u.ranges) / u.size;
      if (cov < 0.5) {
        tot.fn++;
        tot.fp += u.preds.length;
        onOutcome?.({ docId, what: 'fn', span: u.ranges[0]!, gold: u.st, pred: u.preds[0]!.p });
        continue;
      }
      tot.tp++;
      bk.tp++;
      const extra = len(pu) - overlap(pu, u.ranges);
      if (cov >= 0.9 && extra <= 0.1 * u.size + 2) tot.strictTp++;
      const main = u.preds.reduce((a, b) => (overlap(b.r, u.ranges) > overlap(a.r, u.ranges) ? b : a));
      const sp: PredSpeaker =
        typeof main.p.speaker === 'string' ? { name: main.p.speaker } : (main.p.speaker ?? {});
      const g = u.st;
      let judged = false;
      let ok = false;
      if (g.speakerEntity) {
        judged = true;
        ok = nameMatch(sp.name, g.speakerEntity);
      } else if (g.speaker) {
        judged = true;
        const m = sp.mention;
        if (
          m &&
          g.speakerStart != null &&
          g.speakerEnd != null &&
          Math.min(m.end, g.speakerEnd) > Math.max(m.start, g.speakerStart)
        )
          ok = true;
        else if (!words(g.speaker).every((w) => PRONOUNS.has(w))) ok = nameMatch(sp.name, g.speaker);
      }
      if (judged) {
        tot.spkJudged++;
        if (ok) {
          tot.spkOk++;
          tot.attrOk++;
        } else onOutcome?.({ docId, what: 'wrong-speaker', span: u.ranges[0]!, gold: g, pred: main.p });
      }
    }
  }
  const P = tot.tp / Math.max(1, tot.tp + tot.fp);
  const Rc = tot.tp / Math.max(1, tot.units);
  const F = (2 * P * Rc) / Math.max(1e-9, P + Rc);
  const sP = tot.strictTp / Math.max(1, tot.tp + tot.fp);
  const sR = tot.strictTp / Math.max(1, tot.units);
  const sF = (2 * sP * sR) / Math.max(1e-9, sP + sR);
  const aP = tot.attrOk / Math.max(1, tot.tp + tot.fp);
  const aR = tot.attrOk / Math.max(1, tot.units);
  const aF = (2 * aP * aR) / Math.max(1e-9, aP + aR);
  return {
    docs: gold.length,
    units: tot.units,
    ignored: tot.ignored,
    tp: tot.tp,
    fp: tot.fp,
    fn: tot.fn,
    statementP: round(P),
    statementR: round(Rc),
    statementF1: round(F),
    strictF1: round(sF),
    speakerAcc: round(tot.spkOk / Math.max(1, tot.spkJudged)),
    speakerJudged: tot.spkJudged,
    attributionF1: round(aF),
    recallByKind: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, round(v.tp / v.units)])),
  };
}
