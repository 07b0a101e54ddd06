// How someone is addressed, not what they do: a courtesy ("Professor Sir"), a rank written out or short
// ("Lieutenant General", "Adm."), a cleric's ("Rabbi") or a royal's title ("Prince"). A description or a role
// beside the name says more.
import { COURTESY_TITLES } from '../lexicon/speaker-phrase-words';
import { CLERICAL_TITLES, MILITARY_RANKS, RANK_ABBREVIATIONS, STYLE_TITLES } from '../lexicon/title-kinds';

/** A lowercased title word that says how someone is addressed (a dot, if any, already taken off). */
export const isFormOfAddress = (w: string): boolean =>
  COURTESY_TITLES.has(w) ||
  MILITARY_RANKS.has(w) ||
  RANK_ABBREVIATIONS.has(w) ||
  CLERICAL_TITLES.has(w) ||
  STYLE_TITLES.has(w);
