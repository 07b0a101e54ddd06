// The commonest function words of the Romance languages a news page is most often in, one list each: the
// share of a text's words in each list tells its language (core/language/article-language.ts). Short, frequent
// words only (articles, prepositions, conjunctions, pronouns, auxiliaries); a word may stand in several lists.
import { setOf } from './word-list';

const SPANISH = setOf(`
  a
  al
  como
  con
  cuando
  de
  del
  el
  en
  entre
  esta
  este
  fue
  ha
  la
  las
  le
  lo
  los
  muy
  más
  no
  o
  para
  pero
  por
  porque
  que
  se
  sin
  sobre
  su
  sus
  sí
  también
  un
  una
  y
  ya
`);

const FRENCH = setOf(`
  a
  au
  aux
  avec
  ce
  cette
  dans
  de
  des
  du
  elle
  en
  est
  et
  il
  la
  le
  les
  leur
  mais
  ne
  nous
  ont
  ou
  par
  pas
  plus
  pour
  que
  qui
  se
  son
  sont
  sur
  un
  une
  été
`);

const ITALIAN = setOf(`
  a
  al
  alla
  anche
  che
  ci
  come
  con
  da
  dei
  del
  della
  delle
  di
  e
  gli
  ha
  i
  il
  in
  la
  le
  lo
  ma
  nel
  non
  per
  più
  questo
  si
  sono
  un
  una
  è
`);

const PORTUGUESE = setOf(`
  a
  ao
  as
  com
  como
  da
  das
  de
  do
  dos
  e
  ele
  em
  foi
  já
  mais
  mas
  muito
  na
  no
  não
  o
  os
  ou
  para
  por
  quando
  que
  se
  seu
  sua
  também
  um
  uma
  à
`);

/** By language (ISO 639-1 code). */
export const ROMANCE_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  es: SPANISH,
  fr: FRENCH,
  it: ITALIAN,
  pt: PORTUGUESE,
};
