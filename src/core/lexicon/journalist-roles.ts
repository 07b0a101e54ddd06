// What an author bio says its subject is ("Jane Doe is a reporter for …", "… is the paper's Ottawa
// bureau chief"). Lowercased; written for this project.
import { setOf } from './word-list';

export const JOURNALIST_ROLES: ReadonlySet<string> = setOf(`
  anchor
  blogger
  chief
  columnist
  columnists
  contributor
  contributors
  correspondent
  correspondents
  critic
  editor
  editors
  freelancer
  host
  journalist
  journalists
  photographer
  photographers
  photojournalist
  producer
  producers
  reporter
  reporters
  writer
  writers
`);
