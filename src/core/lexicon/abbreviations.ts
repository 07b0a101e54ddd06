// Abbreviations whose period does not end a sentence (lowercased, without the final period).
import { wordSet } from './word-set';

export const ABBREVIATIONS: ReadonlySet<string> = wordSet(
  'mr mrs ms dr prof sen sens rep reps gov govs gen col lt sgt capt cmdr adm maj rev st ft mt jan feb mar apr jun jul aug sep sept oct nov dec no nos vs v etc e.g i.e approx dept univ assn bros ave blvd rd calif fla ariz ga pa va wash mass mich minn tenn ky la md mo n.c s.c n.y n.j conn ill ind colo okla ore wis nev neb kan ala miss del r.i vt n.h w.va',
);

/** Abbreviations that often end a sentence too ("… to the U.S. The …"): they end one only before a
 * capitalised word that usually starts sentences. */
export const MAYBE_FINAL_ABBREVIATIONS: ReadonlySet<string> = wordSet(
  'u.s u.k u.n e.u inc corp co ltd jr sr a.m p.m d.c l.a',
);
