// What may sit between a speaker subject and its cue ("has also", "previously", ", however,"), and the
// nouns ending like an adverb that may still end a subject ("the family said"). Lowercased; split from
// subject-words.ts.
import { setOf } from './word-list';

/** Words between a subject and its cue verb ("he has also said", "Trump previously argued"). */
export const AUXILIARIES_AND_ADVERBS: ReadonlySet<string> = setOf(`
  again
  already
  also
  always
  angrily
  are
  be
  been
  being
  bluntly
  clearly
  could
  did
  do
  does
  even
  explicitly
  famously
  first
  flatly
  frequently
  further
  had
  has
  have
  herself
  himself
  immediately
  initially
  is
  itself
  just
  later
  likewise
  long
  loudly
  may
  might
  must
  never
  not
  now
  often
  once
  once-again
  only
  openly
  previously
  privately
  publicly
  quickly
  quietly
  recently
  repeatedly
  reportedly
  separately
  shall
  should
  similarly
  simply
  sometimes
  specifically
  still
  subsequently
  themselves
  then
  told
  too
  was
  were
  will
  would
`);

/** Nouns that end in "-ly" like a manner adverb, so a subject may end in them ("the family said"). */
export const LY_NOUNS: ReadonlySet<string> = setOf(`
  ally
  anomaly
  assembly
  bully
  daily
  elderly
  family
  monopoly
  monthly
  quarterly
  rally
  reply
  supply
  weekly
`);

/** Adverbs set off by commas between a subject and its cue ("Trump, however, said"). */
export const ASIDE_ADVERBS: ReadonlySet<string> = setOf(`
  also
  however
  instead
  meanwhile
  moreover
  nevertheless
  nonetheless
  though
  too
`);
