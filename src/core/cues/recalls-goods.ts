// "recalled two brands of infant formula", "is recalling 300,000 trucks": products as the object of
// "recall", a few words after it (past numbers, determiners and modifiers).
import { RECALLED_GOODS } from '../lexicon/recalled-goods';
import { hasNonReportSense } from '../lexicon/cue-verbs';
import type { TokenWindow } from '../text/token-window';
import type { CueFilter } from './cue-filter';

/** How far the product may sit after the verb ("recalled two brands of infant formula"), in tokens. */
const MAX_OBJECT_GAP = 6;

function recallsGoods(w: TokenWindow): boolean {
  for (let k = 1; k <= MAX_OBJECT_GAP && w.has(k); k++) {
    if (!w.at(k).word && !/^[\d,.]+$/.test(w.at(k).text)) return false;
    if (w.in(k, RECALLED_GOODS)) return true;
  }
  return false;
}

export const RECALLED_GOODS_FILTER: CueFilter = {
  name: 'recalled goods',
  reason: 'a maker or regulator recalling products withdraws them from sale, which reports no speech',
  example: 'Health Canada [recalled] two brands of infant formula on Friday.',
  keeps: 'She [recalled] the night the plant closed.',
  rejects: (w, hit) => hasNonReportSense(hit.lemma, 'goods') && recallsGoods(w),
};
