// "…, her representatives confirmed Thursday, days after she collapsed", "…, the company said, helped by
// record sales": a span of time from an event, or a participle's agent, after a cue's comma is the writer's
// circumstance, not the rest of what was said.
import { TIME_SPAN_ENDS, TIME_SPAN_LINKS, TIME_UNITS } from '../lexicon/calendar';
import { tokenAt } from '../text/token-window';
import type { Token } from '../text/tokenize';
import { isPastForm } from './has-verb';

/** Most words before a span of time's unit ("just two days after"). */
const TIME_SPAN_WORDS = 3;

/** A span of time from an event opens at k ("days after", "just two weeks before", "hours later"). */
export function timeFromEvent(toks: readonly Token[], k: number): boolean {
  for (let u = k; u <= k + TIME_SPAN_WORDS && toks[u]?.word; u++) {
    if (!TIME_UNITS.has(tokenAt(toks, u).lower)) continue;
    const link = toks[u + 1]?.lower ?? '';
    return TIME_SPAN_LINKS.has(link) || TIME_SPAN_ENDS.has(link);
  }
  return false;
}

/** A past participle and its agent open at k ("helped by record sales", "led by exports"). */
export const participleBy = (toks: readonly Token[], k: number): boolean =>
  !!toks[k] && !toks[k]?.cap && isPastForm(tokenAt(toks, k).lower) && toks[k + 1]?.lower === 'by';
