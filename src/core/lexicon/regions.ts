// States, provinces and territories: the US states and Canada's provinces, written once for places.ts too,
// and the regions that follow a city after a comma ("Springfield, Ill.", "Moncton, N.B.", "Columbus,
// Ohio"): the rest of a place, never a speaker. Lowercased; abbreviations without their final period, as
// the tokenizer splits it off. Written for this project.
import { setOf } from './word-list';

export const US_STATES: ReadonlySet<string> = setOf(`
  alabama
  alaska
  arizona
  arkansas
  california
  colorado
  connecticut
  delaware
  florida
  georgia
  hawaii
  idaho
  illinois
  indiana
  iowa
  kansas
  kentucky
  louisiana
  maine
  maryland
  massachusetts
  michigan
  minnesota
  mississippi
  missouri
  montana
  nebraska
  nevada
  new hampshire
  new jersey
  new mexico
  new york
  north carolina
  north dakota
  ohio
  oklahoma
  oregon
  pennsylvania
  rhode island
  south carolina
  south dakota
  tennessee
  texas
  utah
  vermont
  virginia
  washington
  west virginia
  wisconsin
  wyoming
`);

/** Canada's provinces and territories as places.ts and REGIONS both name them. */
export const CANADIAN_PROVINCES: ReadonlySet<string> = setOf(`
  alberta
  british columbia
  manitoba
  new brunswick
  newfoundland
  newfoundland and labrador
  nova scotia
  nunavut
  ontario
  prince edward island
  quebec
  saskatchewan
  yukon
`);

export const REGIONS: ReadonlySet<string> = setOf(
  US_STATES,
  CANADIAN_PROVINCES,
  `
    ala
    alta
    ariz
    ark
    b.c
    calif
    colo
    conn
    d.c
    del
    fla
    ga
    ill
    ind
    kan
    kans
    ky
    la
    man
    mass
    md
    mich
    minn
    miss
    mo
    mont
    n.b
    n.c
    n.d
    n.h
    n.j
    n.l
    n.m
    n.s
    n.w.t
    n.y
    neb
    nev
    northwest territories
    okla
    ont
    ore
    p.e.i
    pa
    que
    r.i
    s.c
    s.d
    sask
    tenn
    tex
    va
    vt
    w.va
    wash
    wis
    wyo
  `,
);

/** Points of the compass that open a part of a place ("Southern California", "Northern Ontario"). */
export const COMPASS_WORDS: ReadonlySet<string> = setOf(`
  central
  east
  eastern
  north
  northeast
  northeastern
  northern
  northwest
  northwestern
  south
  southeast
  southeastern
  southern
  southwest
  southwestern
  west
  western
`);

/** Lowercase words before a place's name that say which part of it ("far north Queensland", "rural Ohio"). */
export const PLACE_PART_WORDS: ReadonlySet<string> = setOf(
  COMPASS_WORDS,
  `
    downtown
    far
    rural
    upstate
  `,
);
