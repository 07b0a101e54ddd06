// Nouns that report a claim or remark ("allegations that …", "his remarks about …") and the verbs whose
// subject makes one ("Trump made comments about …"). Lowercased; written for this project.
import { setOf } from './word-list';

/** Nouns that carry what someone claimed, promised or warned when a "that" follows. */
export const REPORT_NOUNS: ReadonlySet<string> = setOf(`
  accusation
  accusations
  allegation
  allegations
  argument
  arguments
  assertion
  assertions
  assurance
  assurances
  charge
  charges
  claim
  claims
  complaint
  complaints
  denial
  denials
  insistence
  pledge
  pledges
  prediction
  predictions
  promise
  promises
  suggestion
  suggestions
  vow
  vows
  warning
  warnings
`);

/** Report nouns whose object names what was talked about ("his remarks about abortion", "attacks on Clinton"). */
export const TOPIC_NOUNS: ReadonlySet<string> = setOf(`
  accusations
  allegations
  attack
  attacks
  call
  calls
  claims
  comment
  comments
  complaints
  criticism
  criticisms
  mention
  question
  questions
  remark
  remarks
  report
  reports
  statement
  statements
  warnings
`);

/** Verbs whose subject makes the remark, attack or call they take ("Trump made comments about …"). */
export const MAKING_VERBS: ReadonlySet<string> = setOf(`
  delivered
  delivers
  escalated
  escalates
  expressed
  expresses
  issued
  issues
  launched
  launches
  leveled
  levelled
  lobbed
  made
  make
  makes
  making
  offered
  offers
  raised
  raises
  raising
  renewed
  renews
  repeated
  repeats
  stepped
  unleashed
  unleashes
  voiced
  voices
`);

/** What "according to" may name that is a measure, not a source ("proceeding according to plan", "ranked
 * according to size"). */
export const MANNER_NOUNS: ReadonlySet<string> = setOf(`
  age
  design
  expectations
  plan
  plans
  procedure
  protocol
  schedule
  script
  size
  taste
  tradition
`);
