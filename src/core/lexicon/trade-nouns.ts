// More nouns for a person by what they do or are, beyond role-nouns.ts (which is full): offices, trades,
// sports and the people a story meets ("Chris Marchese, the group's counsel", "a tenant who …").
import { setOf } from './word-list';

/** Person descriptors (singular), joined into PERSON_ROLE_NOUNS. */
export const TRADE_NOUNS: ReadonlySet<string> = setOf(`
  administrator
  alderman
  auditor
  boxer
  caddie
  champion
  clerk
  collaborator
  commuter
  constable
  coordinator
  coroner
  corporal
  counsel
  cyclist
  defenceman
  defenseman
  dentist
  diplomat
  fisherman
  goalie
  goaltender
  golfer
  homeowner
  investor
  jockey
  landlord
  mediator
  medic
  midfielder
  midwife
  monk
  neighbor
  neighbour
  nun
  ombudsman
  paediatrician
  pediatrician
  pharmacist
  pilot
  pitcher
  planner
  priest
  psychiatrist
  quarterback
  referee
  registrar
  rookie
  runner
  striker
  survivor
  swimmer
  tenant
  umpire
  widow
  winger
  witness
  wrestler
`);
