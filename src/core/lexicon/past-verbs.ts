// Past-tense forms that do not end in -ed, for telling a speaker's own next predicate ("… and cast doubt on
// the figures") from what they said. Lowercased; written for this project.
import { setOf } from './word-list';

/** Simple-past forms that are never participles ("took", not "taken"): finite wherever they stand. */
export const DISTINCT_PAST: ReadonlySet<string> = setOf(`
  began
  broke
  came
  chose
  drew
  drove
  fell
  flew
  forgave
  froze
  gave
  grew
  hid
  knew
  overtook
  ran
  rode
  rose
  saw
  shook
  spoke
  swore
  threw
  took
  tore
  undertook
  went
  withdrew
  wore
  wrote
`);

/** Simple-past forms that double as participles ("made", "held"). */
export const SHARED_PAST: ReadonlySet<string> = setOf(`
  bought
  brought
  built
  cast
  caught
  cut
  dealt
  felt
  fought
  found
  got
  heard
  held
  hit
  kept
  laid
  led
  left
  let
  lost
  made
  meant
  met
  oversaw
  paid
  put
  quit
  said
  sat
  sent
  set
  shut
  sought
  spent
  stood
  struck
  taught
  thought
  told
  upheld
  won
`);
