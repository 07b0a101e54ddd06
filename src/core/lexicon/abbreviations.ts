// Abbreviations whose period does not end a sentence (lowercased, without the final period).
import { MONTH_ABBREVIATIONS } from './calendar';
import { DOTTED_HONORIFICS, TITLE_ABBREVIATIONS } from './titles';
import { setOf } from './word-list';

/** Abbreviations that go on only before a number: a month's before its day or year ("Jan. 12"), "No." before
 * its number ("world No. 1"); else they end the sentence ("… reached Viña del Mar. Prosecutors said", "he said
 * no. The …"). */
export const BEFORE_NUMBER_ABBREVIATIONS: ReadonlySet<string> = setOf(
  MONTH_ABBREVIATIONS,
  `
    no
    nos
  `,
);

export const ABBREVIATIONS: ReadonlySet<string> = setOf(
  BEFORE_NUMBER_ABBREVIATIONS,
  TITLE_ABBREVIATIONS,
  DOTTED_HONORIFICS,
  `
    ala
    approx
    ariz
    assn
    ave
    blvd
    bros
    calif
    colo
    conn
    del
    dept
    e.g
    etc
    fla
    ft
    ga
    govs
    i.e
    ill
    ind
    kan
    ky
    la
    mass
    md
    mich
    minn
    miss
    mo
    mt
    n.c
    n.h
    n.j
    n.y
    neb
    nev
    okla
    ore
    pa
    r.i
    rd
    reps
    s.c
    sens
    st
    tenn
    univ
    v
    va
    vs
    vt
    w.va
    wash
    wis
  `,
);

/** Abbreviations that often end a sentence too ("… to the U.S. The …"): they end one only before a
 * capitalised word that usually starts sentences. */
export const MAYBE_FINAL_ABBREVIATIONS: ReadonlySet<string> = setOf(`
  a.m
  co
  corp
  d.c
  e.u
  inc
  jr
  l.a
  ltd
  p.m
  sr
  u.k
  u.n
  u.s
`);

/** A clock time's abbreviations ("1 p.m."): before a weekday or month they end no sentence. */
export const CLOCK_ABBREVIATIONS: ReadonlySet<string> = setOf(`
  a.m
  p.m
`);

/** What may follow a clock time in the same sentence ("7 a.m. ET", "9 p.m. Eastern", "noon GMT"). */
export const CLOCK_ZONES: ReadonlySet<string> = setOf(`
  bst
  cdt
  central
  cst
  eastern
  edt
  est
  et
  gmt
  local
  mountain
  mt
  pacific
  pdt
  pst
  pt
  utc
`);

/** Abbreviations that open a place's or saint's name ("St. Boniface General Hospital", "Mt. Sinai"). */
export const NAME_OPENING_ABBREVIATIONS: ReadonlySet<string> = setOf(`
  ft
  mt
  st
`);
