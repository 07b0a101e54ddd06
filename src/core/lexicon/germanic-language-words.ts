// The commonest function words of the Germanic languages a news page is most often in, one list each: the
// share of a text's words in each list tells its language (core/language/article-language.ts). Short, frequent
// words only (articles, prepositions, conjunctions, pronouns, auxiliaries); a word may stand in several lists.
import { ARTICLES, DEMONSTRATIVES, MODALS, POSSESSIVE_DETERMINERS, SUBJECT_PRONOUNS } from './function-words';
import { setOf } from './word-list';

const GERMAN = setOf(`
  aber
  als
  am
  an
  auch
  auf
  aus
  bei
  bis
  das
  dass
  dem
  den
  der
  des
  die
  durch
  ein
  eine
  einem
  einen
  einer
  er
  es
  für
  haben
  hat
  im
  in
  ist
  man
  mehr
  mit
  nach
  nicht
  noch
  nur
  oder
  sich
  sie
  sind
  so
  um
  und
  von
  vor
  war
  werden
  wie
  wird
  zu
  zum
  zur
  über
`);

const ENGLISH = setOf(
  ARTICLES,
  POSSESSIVE_DETERMINERS,
  SUBJECT_PRONOUNS,
  DEMONSTRATIVES,
  MODALS,
  `
  about
  after
  also
  and
  are
  as
  at
  be
  been
  but
  by
  for
  from
  had
  has
  have
  in
  is
  it
  more
  not
  of
  on
  or
  said
  than
  that
  there
  to
  was
  were
  which
  who
  with
  you
`,
);

const DUTCH = setOf(`
  aan
  als
  bij
  dan
  dat
  de
  deze
  die
  door
  een
  en
  er
  heeft
  het
  hij
  in
  is
  maar
  met
  naar
  niet
  nog
  of
  om
  ook
  op
  te
  uit
  van
  voor
  was
  wel
  werd
  wordt
  zijn
`);

const SWEDISH = setOf(`
  att
  av
  de
  den
  det
  eller
  en
  ett
  från
  för
  han
  har
  i
  inte
  kan
  man
  med
  men
  när
  och
  om
  på
  sin
  ska
  som
  så
  till
  var
  vi
  är
  år
`);

/** By language (ISO 639-1 code). */
export const GERMANIC_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  de: GERMAN,
  en: ENGLISH,
  nl: DUTCH,
  sv: SWEDISH,
};
