// Which organisations a description may stand for ("the newspaper" for "The Daily News", not "the company"
// for the Bank of Japan): a description's head and the heads of names of the same kind.
import { COMPANY_SUFFIXES, COMPANY_TRADE_HEADS } from './company-heads';
import { setOf, wordList } from './word-list';

/** Description heads that fit an organisation of any kind ("the group" for "the Heritage Foundation"). */
export const GENERIC_ORG_HEADS: ReadonlySet<string> = setOf(`
  body
  group
  organisation
  organization
`);

/** Heads of newspapers' names ("The Daily News", "the Post"). */
export const PAPER_HEADS = wordList(`
  bulletin
  chronicle
  courier
  dispatch
  examiner
  gazette
  herald
  inquirer
  journal
  news
  observer
  post
  press
  sentinel
  times
  tribune
`);

/** Nouns that say a name after them is a news outlet's ("told Swiss broadcaster SRF", "the newspaper La
 * Tribuna"), when the lexicon does not know the name. */
export const OUTLET_KIND_NOUNS: ReadonlySet<string> = setOf(`
  broadcaster
  channel
  daily
  magazine
  newspaper
  outlet
  tabloid
  website
  weekly
`);

/** Heads of sports clubs' names ("Harbour United", "Leeds City", "Ajax FC"); most clubs are named after
 * their place alone. */
export const TEAM_HEADS = wordList(`
  albion
  athletic
  city
  club
  fc
  rangers
  rovers
  united
  wanderers
`);

/** Heads of companies' names ("Ratehub Inc", "General Motors", "Cisco's Talos unit"): their suffixes, trades
 * and more. */
const COMPANY_HEADS = [
  ...COMPANY_SUFFIXES,
  ...COMPANY_TRADE_HEADS,
  ...wordList(`
    brewery
    communications
    corporation
    electric
    energy
    entertainment
    films
    financial
    foods
    games
    gas
    group
    insurance
    mining
    oil
    pictures
    power
    productions
    steel
    stores
    studios
    unit
  `),
].sort();

/** Heads of regulators' names ("the regulator" for the Financial Conduct Authority, "the watchdog" for the
 * Consumer Council for Water). */
const REGULATOR_HEADS = wordList(`
  administration
  agency
  authority
  board
  commission
  council
  office
`);

/** The heads of names a description's head may stand for though they differ ("the agency" for a
 * department); a name with any other organisation's head is another kind ("the company" is not the
 * Senate). */
export const ORG_KIND_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  agency: wordList(`
    administration
    authority
    bureau
    commission
    department
    office
    organisation
    organization
    program
    programme
    service
  `),
  board: PAPER_HEADS,
  broadcaster: wordList(`
    network
    news
  `),
  // "Inquest Watch … the charity said", "the Brightpath Children's Trust"
  charity: wordList(`
    aid
    appeal
    foundation
    fund
    trust
    watch
  `),
  chipmaker: COMPANY_HEADS,
  club: TEAM_HEADS,
  company: COMPANY_HEADS,
  conglomerate: COMPANY_HEADS,
  drugmaker: COMPANY_HEADS,
  firm: COMPANY_HEADS,
  giant: COMPANY_HEADS,
  maker: COMPANY_HEADS,
  network: ['news'],
  newspaper: PAPER_HEADS,
  paper: PAPER_HEADS,
  regulator: REGULATOR_HEADS,
  // "Brennan College …, the private liberal arts school said"
  school: wordList(`
    academy
    college
    institute
    university
  `),
  service: ['news'],
  side: TEAM_HEADS,
  studio: COMPANY_HEADS,
  team: TEAM_HEADS,
  utility: COMPANY_HEADS,
  watchdog: REGULATOR_HEADS,
};

/** Seats of government that speak for it ("Downing Street said"), lowercased: only a description of a
 * government stands for one ("the club", "the union" never does). */
export const GOVERNMENT_SEATS: ReadonlySet<string> = setOf(`
  blue house
  downing street
  elysee
  kremlin
  number 10
  rideau hall
  white house
  whitehall
  zhongnanhai
  élysée
`);

/** Heads of descriptions that may stand for a government, its seat or a place speaking as one. */
export const GOVERNMENT_HEADS: ReadonlySet<string> = setOf(`
  administration
  cabinet
  government
  ministry
  office
  presidency
  regime
`);

/** Heads of a description that stands only for an organisation the article named with that word ("the
 * court" after "the Court of Justice of the European Union", "the military" after "the Israeli military"),
 * never for whichever spoke last. */
export const NAMED_ORG_HEADS: ReadonlySet<string> = setOf(`
  alliance
  army
  bureau
  center
  centre
  chamber
  co-operative
  commission
  committee
  cooperative
  court
  embassy
  force
  forum
  inspectorate
  military
  mission
  museum
  navy
  office
  panel
  society
  tour
  tribunal
`);

/** Heads a portfolio names ("the labour ministry", "the housing department"): a description with one is
 * only an organisation whose own name holds that portfolio, never Hyundai that spoke before. */
export const PORTFOLIO_HEADS: ReadonlySet<string> = setOf(`
  department
  ministry
`);

/** Bodies that represent one party to another ("the EU's delegation to Uzbekistan", "China's mission to the
 * UN"): the place after their "to" is where they are sent, not who speaks. */
export const ENVOY_BODIES: ReadonlySet<string> = setOf(`
  consulate
  delegation
  embassy
  mission
`);

/** Lowercase kinds of body a name opens after "the" ("the UNSA-Ferroviaire union", "the Likud party"): the
 * name and its kind are one organisation. */
export const NAMED_KIND_NOUNS: ReadonlySet<string> = setOf(`
  alliance
  association
  coalition
  confederation
  federation
  movement
  party
  union
`);

/** Heads after a company's own that name the same company, its legal form or its group ("Brennan Airlines
 * Holdings" is still the airline). */
export const CORPORATE_TAILS: ReadonlySet<string> = setOf(
  COMPANY_SUFFIXES,
  `
    group
    holdings
  `,
);

/** A central bank's name, lowercased: "European Central Bank", "Reserve Bank of India", "Bundesbank", "National
 * Bank of Poland", "Bank of Japan" (not "the central bank" an economist at "Vistula Bank" spoke for). */
export const CENTRAL_BANK = /central|reserve|bundesbank|national bank|people's bank|^bank of [\p{L}-]+$/u;
