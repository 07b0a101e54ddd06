// Nouns that describe a person by what they do or are ("the mayor", "the lanky professor", "Toronto
// retiree Doug Purdy"). Coreference links a definite description with one of these heads to the person it
// describes; org-role-nouns.ts holds the organisations' ("the agency", "the company").
import { setOf } from './word-list';
import { TRADE_NOUNS } from './trade-nouns';

/** Person descriptors (singular); title words (lexicon/titles.ts) count too. */
export const PERSON_ROLE_NOUNS: ReadonlySet<string> = setOf(
  TRADE_NOUNS,
  `
  accountant
  activist
  actor
  actress
  adviser
  advisor
  alderperson
  alderwoman
  analyst
  anthropologist
  archaeologist
  architect
  artist
  astronomer
  athlete
  attorney
  author
  biologist
  boss
  brawler
  bystander
  ceo
  cfo
  chair
  chairman
  chairperson
  chairwoman
  chef
  chemist
  climatologist
  co-founder
  coach
  columnist
  commissioner
  consultant
  controller
  coo
  councillor
  councilman
  councilor
  councilwoman
  creator
  critic
  cs
  cto
  dad
  daughter
  dean
  defender
  democrat
  designer
  director
  doctor
  driver
  ecologist
  economist
  editor
  educator
  emerita
  emeritus
  engineer
  entrepreneur
  epidemiologist
  evacuee
  executive
  expert
  farmer
  father
  fighter
  figure
  filmmaker
  firefighter
  forester
  forward
  founder
  geologist
  guard
  head
  historian
  host
  husband
  hydrologist
  incumbent
  inspector
  investigator
  journalist
  judge
  lawyer
  leader
  lecturer
  legislator
  linebacker
  manager
  mayor
  md
  member
  mep
  meteorologist
  minister
  mla
  monarch
  mother
  motorist
  mp
  mpp
  msp
  musician
  negotiator
  netminder
  novelist
  nurse
  oceanographer
  officer
  official
  operative
  organiser
  organizer
  owner
  painter
  paramedic
  partner
  passenger
  pastor
  photographer
  physician
  physicist
  player
  playwright
  politician
  pollster
  pontiff
  premier
  president
  principal
  producer
  professor
  prosecutor
  protester
  protestor
  psychologist
  publisher
  ranger
  rapper
  realtor
  representative
  republican
  rescuer
  researcher
  resident
  retiree
  ruler
  scientist
  seismologist
  selectman
  selectwoman
  senator
  sergeant
  sheriff
  shopkeeper
  shopper
  shortstop
  singer
  sister
  skier
  sociologist
  soldier
  solicitor
  son
  speaker
  spokesman
  spokesperson
  spokeswoman
  star
  strategist
  student
  superintendent
  supervisor
  surgeon
  teacher
  teammate
  therapist
  trainer
  treasurer
  trustee
  tutor
  vendor
  veteran
  veterinarian
  vice-president
  victim
  virologist
  volcanologist
  volunteer
  voter
  wife
  worker
  writer
`,
);

/** Role nouns a text uses for one another ("a judge" … "Justice Sean Dunphy"). */
export const ROLE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  attorney: ['lawyer'],
  cs: ['secretary'], // (Kenya's cabinet secretary)
  judge: ['justice'],
  justice: ['judge'],
  lawyer: ['attorney'],
  md: ['director'], // (managing director)
  monarch: ['king', 'queen'],
  pontiff: ['pope'],
  spokesman: ['spokesperson'],
  spokesperson: ['spokesman', 'spokeswoman'],
  spokeswoman: ['spokesperson'],
};

/** Roles whose holder speaks for someone else and is often named only as the next quote's speaker. */
export const SPOKESPERSON_NOUNS: ReadonlySet<string> = setOf(`
  representative
  spokesman
  spokesperson
  spokeswoman
`);
