// Words around an unnamed source's noun: its modifiers, the anonymity phrases after it, and other things that
// "say" in news prose. The nouns themselves are in unnamed-source-nouns.ts.
import { ARTICLES } from './function-words';
import { setOf } from './word-list';

/** Words that may precede an unnamed head inside one speaker phrase ("senior administration officials"). */
export const UNNAMED_MODIFIERS: ReadonlySet<string> = setOf(
  ARTICLES,
  `
    administration
    aid
    airline
    american
    and
    anonymous
    bank
    both
    briefed
    british
    campaign
    chinese
    city
    company
    congressional
    conservative
    county
    current
    defense
    democratic
    department
    diplomatic
    each
    economic
    eldest
    election
    emergency
    eu
    european
    every
    federal
    few
    financial
    foreign
    foreign-policy
    former
    four
    french
    german
    gop
    government
    health
    her
    his
    hospital
    house
    human
    humanitarian
    independent
    industry
    intelligence
    iranian
    israeli
    its
    justice
    knowledgeable
    leading
    legal
    liberal
    local
    longtime
    many
    market
    medical
    military
    most
    nato
    news
    of
    oldest
    one
    other
    our
    outside
    palestinian
    party
    pentagon
    police
    political
    progressive
    prominent
    provincial
    regional
    relief
    republican
    rights
    russian
    school
    security
    senate
    senior
    several
    some
    state
    their
    these
    those
    three
    top
    trade
    treasury
    tribal
    two
    u.s.
    ukrainian
    un
    unnamed
    us
    veteran
    western
    white
    youngest
  `,
);

/** Things and bodies that "say" in news prose (documents, institutions), beyond the unnamed-source nouns. */
export const SOURCE_HEAD_NOUNS: ReadonlySet<string> = setOf(`
  account
  ad
  administration
  ads
  agency
  analysis
  announcement
  article
  articles
  association
  bank
  bill
  board
  book
  books
  campaign
  coalition
  column
  committee
  company
  complaint
  council
  court
  data
  department
  document
  documents
  editorial
  emails
  figures
  filing
  filings
  findings
  firm
  firms
  government
  group
  groups
  guidelines
  indictment
  industry
  law
  lawsuit
  letter
  letters
  magazine
  memo
  memos
  ministry
  network
  newspaper
  office
  order
  organization
  panel
  paper
  party
  plan
  plans
  platform
  poll
  polls
  post
  posts
  proposal
  publication
  records
  release
  report
  reports
  research
  review
  rules
  ruling
  site
  spokesman
  spokeswoman
  statement
  statements
  studies
  study
  suit
  survey
  surveys
  team
  transcript
  tweet
  tweets
  union
  video
  website
`);

/** Adjectives after an unnamed-source noun that start what keeps the source unnamed ("a person familiar
 * with the matter", "a source close to the talks"); a description's tail. */
export const ANONYMITY_ADJECTIVES: ReadonlySet<string> = setOf(`
  aware
  briefed
  close
  familiar
  involved
  knowledgeable
  speaking
`);

/** Words after an unnamed-source noun that start what keeps the source unnamed ("people familiar with the matter", "a source close to the talks"). */
export const ANONYMITY_WORDS: ReadonlySet<string> = setOf(
  ANONYMITY_ADJECTIVES,
  `
  who
  whose
  with
`,
);

/** People named by how they relate to someone ("according to his aunt", "her landlord"): unnamed sources,
 * but no role a later description could find them by ("the boyfriend" is not whoever was named last). */
export const RELATION_NOUNS: ReadonlySet<string> = setOf(`
  aunt
  boyfriend
  brother
  classmate
  cousin
  coworker
  developer
  fiancé
  fiancée
  girlfriend
  grandfather
  grandmother
  landlord
  nephew
  niece
  roommate
  stepfather
  stepmother
  tenant
  uncle
`);

/** Kin named by their relation to someone ("the mother", "the victim's son"): a plain description of one names
 * only someone introduced as one, never whoever the lines before were about (the relation is another's). */
export const FAMILY_NOUNS: ReadonlySet<string> = setOf(`
  brother
  dad
  daughter
  father
  granddaughter
  grandson
  husband
  mom
  mother
  sister
  son
  widow
  widower
  wife
`);

/** Plural relation nouns that open an organisation's name before "of the" and a name ("Friends of the Earth",
 * "Friends of the Irish Environment"); before a person they are people ("Friends of Mr. Baker"). */
export const NAME_OPENING_RELATIONS: ReadonlySet<string> = setOf(`
  friends
`);
