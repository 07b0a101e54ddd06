// Capitalised words that usually open sentences or name dates ("May", "March") but are surnames right
// after a first name or title ("Theresa May", "Ms. May", "Dr. June", "Michael Every"). Lowercased; written for this project.
import { setOf } from './word-list';

export const SURNAME_WORDS: ReadonlySet<string> = setOf(`
  april
  august
  every
  june
  march
  may
  still
`);
