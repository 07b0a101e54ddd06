// Trade nouns that describe a company right before its name and never begin a name of their own:
// "Chipmaker Nvidia said", "Insurer Allstate said" open a sentence with the trade capitalised.
// ("Carrier", "Union", "Giant" and "Network" begin names: Carrier Corp., Union Pacific, Giant Eagle.)
import { setOf } from './word-list';

export const COMPANY_TRADE_NOUNS: ReadonlySet<string> = setOf(`
  automaker
  broadcaster
  carmaker
  chipmaker
  conglomerate
  drugmaker
  insurer
  manufacturer
  retailer
  startup
  streamer
`);

/** Trades a company or a person may have ("Danish developer Vestkyst Energi", "software developer Anna
 * Berg", "tour operator Sunvil"): a company's before a name that opens on no given name. */
export const SHARED_TRADE_NOUNS: ReadonlySet<string> = setOf(`
  contractor
  developer
  distributor
  importer
  operator
`);

/** What a company's name follows with "of" or "in" ("Shares of Nvidia fell", "shares in Rio Tinto"): only a
 * company has them. */
export const SHARE_NOUNS: ReadonlySet<string> = setOf(`
  shares
  stock
`);

/** Heads of an apposition that make the name before it an organisation's, beside the trades above ("Selene
 * Dynamics, a Houston-based start-up, said", "Gavi, the vaccine alliance"). Trades a person may have are left
 * out ("a retired letter carrier", "a local grocer", "a coal miner"). */
export const ORG_APPOSITION_HEADS: ReadonlySet<string> = setOf(
  COMPANY_TRADE_NOUNS,
  `
  abattoir
  agency
  airline
  alliance
  app
  association
  authority
  bank
  bloc
  board
  body
  brokerage
  chain
  charity
  clinic
  club
  coalition
  collective
  college
  company
  consortium
  consultancy
  cooperative
  corporation
  council
  department
  exchange
  federation
  fintech
  firm
  foundation
  fund
  group
  hospital
  institute
  laboratory
  league
  lender
  line
  lobby
  marketplace
  ministry
  network
  nonprofit
  organisation
  organization
  outlet
  party
  platform
  publisher
  regulator
  school
  side
  society
  start-up
  subsidiary
  supermarket
  team
  union
  university
  utility
  wallet
  watchdog
  website
`,
);

/** What a company does and a thing does not, after "it" in a speaker's words ("Shell said it would appeal"):
 * base forms. */
export const COMPANY_ACTIONS: ReadonlySet<string> = setOf(`
  appeal
  comply
  contest
  cooperate
  hire
  invest
  launch
  lay
  recall
  refund
  reimburse
  relocate
  revoke
  sell
  settle
  sue
  suspend
`);
