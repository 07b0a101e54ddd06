// Organisations often quoted as speakers. Multiword names are matched on their words; the heads list
// makes unknown capitalised phrases ending in them organisations ("the Justice Department").
import { setOf, wordList } from './word-list';

export const ORGANIZATIONS: readonly string[] = wordList(`
  ACLU
  Amazon
  Amnesty International
  Apple
  Boeing
  Bundestag
  CDC
  CIA
  Cabinet
  Commission
  Congress
  DHS
  DNC
  DOJ
  Democratic National Committee
  Downing Street
  Duma
  E.U.
  EPA
  EU
  Elysee
  European Union
  Exxon
  FBI
  FCC
  FDA
  FTC
  Facebook
  Fed
  Federal Reserve
  GOP
  Goldman Sachs
  Google
  Greenpeace
  Hamas
  Hezbollah
  House
  Human Rights Watch
  IMF
  IRS
  ISIL
  ISIS
  Interpol
  Islamic State
  JPMorgan
  Justice Department
  Knesset
  Kremlin
  Meta
  Microsoft
  NASA
  NATO
  NRA
  NSA
  OPEC
  Parliament
  Pentagon
  Police
  Politburo
  RNC
  Red Cross
  Republican National Committee
  SEC
  Senate
  State Department
  Supreme Court
  Taliban
  Tesla
  Treasury
  Twitter
  U.N.
  UN
  Uber
  United Nations
  Vatican
  WHO
  Walmart
  Wells Fargo
  White House
  World Bank
  Élysée
`);

/** Last words that make a capitalised phrase an organisation. */
export const ORG_HEADS: ReadonlySet<string> = setOf(`
  academy
  administration
  agency
  airlines
  airport
  alliance
  army
  association
  authority
  bank
  board
  bureau
  cabinet
  cafe
  café
  campaign
  caucus
  center
  centre
  chamber
  church
  clinic
  club
  coalition
  college
  command
  commission
  committee
  company
  congress
  corp
  corp.
  corporation
  council
  court
  department
  embassy
  energy
  federation
  festival
  force
  forces
  foundation
  fund
  gallery
  government
  group
  herald
  holdings
  hospital
  hotel
  house
  inc
  inc.
  industries
  institute
  journal
  lab
  laboratory
  league
  library
  ltd
  magazine
  ministry
  motors
  movement
  museum
  navy
  network
  news
  office
  organisation
  organization
  parliament
  partners
  party
  police
  post
  press
  project
  railway
  railways
  restaurant
  school
  secretariat
  senate
  service
  services
  society
  store
  stores
  studio
  studios
  systems
  tank
  team
  theater
  theatre
  times
  tribune
  trust
  union
  unit
  university
  watch
`);

/** Short names that stand for one organisation's full name (lowercased, "the" dropped): one entity. */
export const ORGANIZATION_ALIASES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    boe: 'Bank of England',
    'e.u.': 'European Union',
    ecb: 'European Central Bank',
    eu: 'European Union',
    fed: 'Federal Reserve',
    gop: 'Republican Party',
    imf: 'International Monetary Fund',
    nato: 'NATO',
    'the fed': 'Federal Reserve',
    'u.n.': 'United Nations',
    un: 'United Nations',
    who: 'World Health Organization',
  }),
);

/** What else a description's head may be called in an organisation's name ("the central bank" for the
 * Federal Reserve). */
export const ORG_HEAD_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  bank: ['reserve'],
};
