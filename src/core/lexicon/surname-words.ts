// Capitalised words that usually open sentences or name dates ("May", "March") but are surnames right
// after a first name or title ("Theresa May", "Ms. May", "Dr. June"). Lowercased; written for this project.
import { wordSet } from './word-set';

export const SURNAME_WORDS: ReadonlySet<string> = wordSet('may march june august april still');
