// Words that show "slammed", "blasted", "lashed" or "attacked" striking bodily rather than in words:
// what moves after the verb ("slammed into a tree"), who or what strikes ("Gunmen attacked", "Waves lashed"),
// and what is struck ("attacked a military convoy").
import { setOf } from './word-list';

/** Right after the verb, where something went: "slammed into", "blasted off", "slammed shut". */
export const BLOW_PARTICLES: ReadonlySet<string> = setOf(`
  against
  down
  into
  off
  onto
  shut
  through
`);

/** Right before the verb, what strikes bodily: fighters, weapons and weather ("Russian drones attacked"). */
export const STRIKING_SUBJECTS: ReadonlySet<string> = setOf(`
  assailants
  attackers
  drones
  gunmen
  hurricane
  insurgents
  jets
  militants
  militiamen
  missiles
  rain
  rebels
  rioters
  rockets
  soldiers
  storm
  storms
  troops
  warplanes
  waves
  winds
`);

/** What is struck, a few words after the verb ("attacked a military convoy near the border"). */
export const STRUCK_TARGETS: ReadonlySet<string> = setOf(`
  base
  checkpoint
  convoy
  door
  outpost
  patrol
  positions
  tanker
  vessel
  village
  villages
`);
