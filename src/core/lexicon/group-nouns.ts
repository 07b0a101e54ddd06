// Plural nouns for groups of people that speak as one in news ("Rescuers said …", "Shoppers told …"): a speaker
// phrase with one of these heads is an unnamed source, not a person called "Rescuers". Only plurals, and none
// that is a common surname or a team's name ("Sellers", "Rangers"). Not speaker heads for the phrase scan
// (unnamed-source-nouns.ts): there they would start subjects in the middle of clauses. Written for this project.
import { setOf } from './word-list';

export const GROUP_NOUNS: ReadonlySet<string> = setOf(`
  academics
  administrators
  agents
  archaeologists
  architects
  artists
  athletes
  attackers
  auditors
  backers
  bankers
  beachgoers
  borrowers
  bosses
  builders
  bystanders
  campaigners
  campers
  caregivers
  carers
  churchgoers
  citizens
  classmates
  clerics
  clients
  coaches
  commuters
  concertgoers
  congregants
  consumers
  contractors
  coworkers
  creditors
  customers
  cyclists
  dealers
  demonstrators
  detainees
  detectives
  developers
  diners
  divers
  drivers
  educators
  elders
  engineers
  entrepreneurs
  environmentalists
  epidemiologists
  evacuees
  expats
  fans
  farmers
  farmworkers
  fathers
  fighters
  financiers
  firefighters
  fishermen
  followers
  forecasters
  graduates
  grandparents
  growers
  guards
  guests
  gunmen
  hikers
  holidaymakers
  homeowners
  hostages
  immigrants
  inmates
  inspectors
  insurgents
  islanders
  jurors
  laborers
  labourers
  landlords
  lenders
  lobbyists
  locals
  medics
  meteorologists
  migrants
  militants
  miners
  mothers
  motorists
  mourners
  moviegoers
  musicians
  neighbours
  nurses
  onlookers
  paramedics
  parishioners
  partygoers
  passengers
  passersby
  patients
  patrons
  pedestrians
  pensioners
  pharmacists
  photographers
  physicians
  pilgrims
  pilots
  prisoners
  producers
  proponents
  protesters
  psychologists
  pupils
  ranchers
  rebels
  refugees
  regulators
  renters
  rescuers
  responders
  retailers
  retirees
  rivals
  sailors
  sceptics
  searchers
  shareholders
  shoppers
  siblings
  skeptics
  soldiers
  spectators
  staff
  suppliers
  surgeons
  survivors
  suspects
  taxpayers
  teammates
  technicians
  tenants
  therapists
  tourists
  townspeople
  travelers
  travellers
  troops
  truckers
  vacationers
  viewers
  villagers
  virologists
  visitors
  volunteers
  worshipers
  worshippers
`);

/** Singular nouns for people who speak as one, a "they" after ("the family said …. They asked …"). */
export const COLLECTIVE_NOUNS: ReadonlySet<string> = setOf(`
  couple
  crew
  family
  staff
`);

/** Plurals without an -s ("three people familiar with the talks", "two men"), a "they" after. */
export const PLURALS_WITHOUT_S: ReadonlySet<string> = setOf(`
  children
  men
  people
  police
  women
`);

/** Comparatives that hedge a count before "than" ("More than 100 economists said", "fewer than 20 residents"):
 * part of the group's phrase, not a comparison with a source. */
export const COMPARATIVE_COUNTS: ReadonlySet<string> = setOf(`
  fewer
  less
  more
`);

/** Words that speak alone for some of a group just named ("Shoppers were angry. Several said …", "Others
 * warned"): each says how many of them, as the card should. */
export const GROUP_SHARE_WORDS: ReadonlySet<string> = setOf(`
  five
  four
  many
  most
  one
  others
  several
  some
  three
  two
`);
