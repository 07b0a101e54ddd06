// What a player adds to a game's score or sheet ("Suzuki added a goal", "added a late three-pointer"): a
// scored thing, not words.
import { setOf } from './word-list';

export const SCORE_NOUNS: ReadonlySet<string> = setOf(`
  assist
  basket
  birdie
  block
  bogey
  boundary
  century
  double
  eagle
  goal
  homer
  rebound
  run
  save
  single
  steal
  three-pointer
  touchdown
  triple
  try
  wicket
`);
