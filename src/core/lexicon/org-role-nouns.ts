// Nouns that stand for an organisation already named ("the agency", "the company"), and the heads an "it"
// may stand for. Coreference links a definite description with one of these heads to the organisation it
// describes. Split from role-nouns.ts.
import { setOf } from './word-list';
import { COMPANY_TRADE_NOUNS } from './company-trades';

/** Heads of a definite description that stands for an organisation named before ("the agency said"). */
export const ORG_ROLE_NOUNS: ReadonlySet<string> = setOf(
  COMPANY_TRADE_NOUNS,
  `
  agency
  airline
  app
  association
  authority
  bank
  board
  body
  brokerage
  carrier
  chain
  charity
  church
  clinic
  club
  coalition
  college
  company
  consultancy
  corporation
  council
  department
  diocese
  district
  exporter
  federation
  fintech
  firm
  foundation
  fund
  giant
  grocer
  group
  guild
  homebuilder
  hospital
  institute
  institution
  label
  league
  lender
  magazine
  maker
  marketplace
  miner
  ministry
  network
  newspaper
  nonprofit
  operator
  organisation
  organization
  palace
  planemaker
  platform
  publication
  railroad
  railway
  refiner
  regulator
  school
  service
  station
  steelmaker
  studio
  supplier
  tank
  team
  trust
  union
  university
  utility
  wallet
  watchdog
`,
);

/** Heads of a description an "it" may stand for ("the government", "the company"): the organisations'
 * heads and the governing bodies no article names as an organisation. */
export const IT_DESCRIPTION_HEADS: ReadonlySet<string> = setOf(
  ORG_ROLE_NOUNS,
  `
    administration
    city
    court
    government
    legislature
    military
    municipality
    party
    police
    province
  `,
);

/** Heads of a story's opening description of an organisation it names in the next paragraph ("its developer
 * said", "her publisher announced", "the military's media wing said"): the organisations' heads and the
 * roles an organisation plays. */
export const LEDE_ORG_HEADS: ReadonlySet<string> = setOf(
  ORG_ROLE_NOUNS,
  `
    developer
    owner
    parent
    publisher
    wing
  `,
);
