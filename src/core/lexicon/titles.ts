// Titles and roles that precede a name ("former President Donald Trump"). Lowercased; multiword titles
// are matched word by word, so each word is listed.
import { setOf } from './word-list';

/** Titles written short, without their period ("Gen.", "Sgt."): a period after one ends no sentence. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = setOf(`
  adm
  ald
  atty
  brig
  capt
  ch
  cllr
  cmdr
  col
  comr
  const
  coun
  cpl
  cr
  cst
  det
  dr
  engr
  gen
  gov
  insp
  lt
  maj
  mr
  mrs
  ms
  prof
  rep
  rev
  sen
  sgt
  supt
  usec
`);

/** Honorifics that make the next capitalised word a person on their own ("Mr. Obama"). */
export const HONORIFICS: ReadonlySet<string> = setOf(
  TITLE_ABBREVIATIONS,
  `
    ambassador
    chancellor
    congressman
    congresswoman
    dame
    governor
    judge
    justice
    lady
    lord
    mayor
    miss
    pope
    president
    secretary
    senator
    sir
    speaker
  `,
);

/** Every word of a title: the honorifics and these. */
export const TITLE_WORDS: ReadonlySet<string> = setOf(
  HONORIFICS,
  `
    acting
    adm.
    admiral
    adviser
    advisor
    advocate
    agriculture
    aide
    alhaja
    alhaji
    analyst
    anchor
    apostle
    archbishop
    assistant
    attorney
    attorney-general
    auditor-general
    author
    ayatollah
    barr.
    bishop
    campaign
    candidate
    capt.
    captain
    cardinal
    ceo
    cfo
    chair
    chairman
    chairwoman
    chief
    chief-of-staff
    city
    co-founder
    coach
    col.
    colonel
    columnist
    commander
    commerce
    commissioner
    communications
    comrade
    coo
    correspondent
    council
    councillor
    councilman
    councilwoman
    county
    crown
    dean
    defence
    defense
    delegate
    democratic
    deputy
    detective
    director
    director-general
    district
    dr.
    economist
    economy
    editor
    education
    emir
    energy
    envoy
    executive
    father
    finance
    first
    foreign
    former
    founder
    founding
    gen.
    general
    gov.
    governor-general
    hajiya
    health
    home
    homeland
    host
    house
    imam
    inspector
    inspector-general
    interim
    interior
    king
    labor
    lawmaker
    lawyer
    leader
    legislator
    lieutenant
    lt.
    madam
    magistrate
    maj.
    major
    majority
    mallam
    manager
    managing
    marshal
    mazi
    member
    mep
    meteorologist
    minister
    minority
    mla
    mp
    mpp
    mr.
    mrs.
    ms.
    msp
    national
    nominee
    officer
    operating
    party
    pastor
    pollster
    premier
    presidential
    presiding
    press
    prime
    prince
    princess
    principal
    prof.
    professor
    prophet
    provost
    queen
    rabbi
    ranking
    reeve
    rep.
    reporter
    representative
    reps
    republican
    rev.
    reverend
    secretary-general
    security
    sen.
    senate
    senior
    sens
    sergeant
    sgt.
    sheikh
    sheikha
    sheriff
    sister
    solicitor-general
    spokesman
    spokesperson
    spokeswoman
    staff
    state
    strategist
    sultan
    superintendent
    supervisor
    surgeon-general
    tanaiste
    taoiseach
    td
    then
    then-
    trade
    transportation
    treasury
    trooper
    tánaiste
    u.s.
    us
    vice
    whip
    writer
`,
);

/** Titles that tell the gender of the person they precede. */
export const GENDERED_TITLES: Readonly<Record<string, 'm' | 'f'>> = {
  chairman: 'm',
  chairwoman: 'f',
  congressman: 'm',
  congresswoman: 'f',
  councilman: 'm',
  councilwoman: 'f',
  dame: 'f',
  father: 'm',
  king: 'm',
  lady: 'f',
  lord: 'm',
  miss: 'f',
  mr: 'm',
  'mr.': 'm',
  mrs: 'f',
  'mrs.': 'f',
  ms: 'f',
  'ms.': 'f',
  prince: 'm',
  princess: 'f',
  queen: 'f',
  sir: 'm',
  sister: 'f',
  spokesman: 'm',
  spokeswoman: 'f',
};

/** Honorifics that are one only written short with their dot ("Hon. Wasiu Adesanya"; "Yip Hon Weng" is a
 * name): how someone is addressed before their name, past which a description before it is read. */
export const DOTTED_HONORIFICS: ReadonlySet<string> = setOf(`
  barr
  hon
`);
