// "a group calling itself NightCrane", "men calling themselves the Black Hebrew Israelites": a group's
// name for itself is what it is called, not a report (unlike "Sanders calls himself a democratic
// socialist", which the corpora count as his statement).
import type { TokenWindow } from '../text/token-window';
import type { CueFilter } from './cue-filter';

/** "itself", or "themselves" before a name. */
function namesItself(w: TokenWindow): boolean {
  if (!w.has(1)) return false;
  if (w.at(1).lower === 'itself') return true;
  const name = w.has(2) && w.at(2).lower === 'the' ? 3 : 2;
  return w.at(1).lower === 'themselves' && w.has(name) && w.at(name).cap;
}

export const NAMES_ITSELF_FILTER: CueFilter = {
  name: 'names itself',
  reason: '"call" with "itself", or "themselves" before a name, gives a group\'s name, not what it said',
  example: 'A hacking group [calling] itself NightCrane claimed responsibility.',
  keeps: 'The senator [calls] himself a democratic socialist.',
  rejects: (w, hit) => hit.lemma === 'call' && namesItself(w),
};
