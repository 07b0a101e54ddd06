// Two kinds of title words, for telling where a person's name starts: the words of an office, which name no
// one by themselves, and the titles that are part of how a person is called. Lowercased; written for this
// project.
import { mapOf, setOf } from './word-list';

/** Title words that describe an office, not a person: alone in an apposition ("St. Louis, the city where
 * …", "the first novel") they show no one is named; nor does "fellow" before a plural ("her fellow Democrats"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = setOf(`
  acting
  agriculture
  campaign
  city
  commerce
  communications
  council
  county
  crown
  defence
  defense
  democratic
  district
  economy
  education
  energy
  fellow
  finance
  first
  foreign
  former
  health
  home
  homeland
  house
  interim
  interior
  labor
  major
  majority
  minority
  national
  party
  presidential
  press
  prime
  republican
  security
  senate
  senior
  state
  then
  then-
  trade
  transportation
  treasury
  u.s.
  us
  vice
`);

/** Titles that are part of how a person is called ("Prince Andrew", "Lady Gaga", "Pope Francis"): a name
 * keeps them, where an office ("President Obama", "Mrs Thatcher") is a role before the name. */
export const STYLE_TITLES: ReadonlySet<string> = setOf(`
  ayatollah
  dame
  emir
  king
  lady
  lord
  pope
  prince
  princess
  queen
  sheikh
  sheikha
  sir
  sultan
`);

/** What an office's title may end on after "in" ("Special Agent in Charge", "Commander in Chief"). */
export const TITLE_IN_TAILS: ReadonlySet<string> = setOf(`
  charge
  chief
`);

/** The role noun a title written short stands for ("Sgt. Maria Lopez" is "the sergeant" later). */
export const TITLE_NOUNS: ReadonlyMap<string, string> = mapOf({
  admiral: 'adm',
  attorney: 'atty',
  captain: 'capt',
  colonel: 'col',
  commander: 'cmdr',
  constable: `
    const
    cst
  `,
  corporal: 'cpl',
  councillor: `
    cllr
    coun
    cr
  `,
  detective: 'det',
  general: 'gen',
  governor: 'gov',
  inspector: 'insp',
  lieutenant: 'lt',
  major: 'maj',
  professor: 'prof',
  representative: 'rep',
  reverend: 'rev',
  senator: 'sen',
  sergeant: 'sgt',
  superintendent: 'supt',
});

/** Titles of a seat in an elected body, one member among many: what someone does there, in a description
 * beside the name, says more ("Councillor Imran Siddiqui, the council's executive member for housing"). */
export const SEAT_TITLES: ReadonlySet<string> = setOf(`
  alderman
  alderperson
  alderwoman
  assemblyman
  assemblymember
  assemblywoman
  congressman
  congresswoman
  councillor
  councilman
  councilmember
  councilwoman
  delegate
  legislator
  representative
  senator
`);

/** Words that make an office another one ("prime minister", "vice president", "deputy sheriff"): "the
 * minister" is not the prime minister. */
export const OFFICE_MODIFIERS: ReadonlySet<string> = setOf(`
  assistant
  deputy
  lieutenant
  prime
  vice
`);

/** Forms of address and offices written before a name that no other list holds, in several countries'
 * news ("Comrade Joe Ajaero", "Maitre Sebastien Bertrand", "Kamnan Ahmad Sulaiman", "Undersecretary Claire
 * Castro"): not a given name of the person. */
export const ADDRESS_WORDS: ReadonlySet<string> = setOf(`
  auntie
  aunty
  cdr
  commodore
  comrade
  gogo
  kamnan
  maitre
  marine
  shri
  undersecretary
`);

/** The level of government an office is at, written in lower case before its capitalised title ("federal
 * Housing Minister Clare O'Neil", "state Attorney General Letitia James"). */
export const OFFICE_LEVELS: ReadonlySet<string> = setOf(`
  federal
  municipal
  provincial
  regional
  state
  territorial
`);

/** Military ranks written out: how a soldier is addressed, which a description beside the name says more
 * than ("General Luis Cardozo, the army commander") and which a role before the name does not end on
 * ("government spokesman Colonel Amadou Abdramane"). */
export const MILITARY_RANKS: ReadonlySet<string> = setOf(`
  admiral
  brigadier
  captain
  colonel
  corporal
  general
  lieutenant
  major
  marshal
  sergeant
`);

/** Police ranks written out as a title ("Officer Frank Dombrowski", "Detective Ana Ruiz"): how an officer is
 * addressed, which an office beside the name says more than ("Its president, Officer …"). */
export const POLICE_RANKS: ReadonlySet<string> = setOf(`
  constable
  detective
  officer
  patrolman
  patrolwoman
  trooper
`);

/** Offices that end on "general" ("secretary general", "attorney general", "director general"): there the
 * word is no rank. */
export const GENERAL_OFFICE_HEADS: ReadonlySet<string> = setOf(`
  accountant
  adjutant
  attorney
  auditor
  consul
  director
  governor
  inspector
  postmaster
  procurator
  registrar
  secretary
  solicitor
  surgeon
`);

/** Clergy's titles ("Rabbi Gilad Kariv", "Cardinal Pietro Parolin"): how a cleric is addressed, which a
 * description beside the name ("a Knesset member", "the Vatican's secretary of state") says more than. */
export const CLERICAL_TITLES: ReadonlySet<string> = setOf(`
  apostle
  archbishop
  bishop
  cardinal
  imam
  monsignor
  msgr
  pastor
  prophet
  rabbi
  swami
  ven
`);

/** Military ranks written short ("Adm.", "Sgt."), which say no more than the ranks written out. */
export const RANK_ABBREVIATIONS: ReadonlySet<string> = setOf(`
  adm
  brig
  capt
  cmdr
  col
  cpl
  gen
  lt
  maj
  pvt
  sgt
`);

/** Words that make a rank of a rank ("Rear Adm.", "Vice Admiral", "Staff Sgt.", "Air Chief Marshal",
 * "Senior Col."): with one, a rank still says only how a soldier is addressed. */
export const RANK_MODIFIERS: ReadonlySet<string> = setOf(`
  air
  command
  field
  first
  flight
  lance
  master
  officer
  petty
  rear
  senior
  squadron
  staff
  vice
  warrant
  wing
`);

/** Words that are something else alone but open a title before its title word ("Under Secretary Alan
 * Whitcombe"; "Under the plan" and "Under Armour" are no title). */
export const TITLE_PREFIXES: ReadonlySet<string> = setOf(`
  under
`);

/** Prepositions through which someone speaks for another, before their role ("Rotich, through his lawyer
 * Cliff Ombeta, asked …"): the role is the lawyer's, without them. */
export const SPEAKING_THROUGH: ReadonlySet<string> = setOf(`
  through
  via
`);
