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

/** Prefixes written with a capital after them inside one surname ("MacNab", "VanVleet", "FitzGerald"):
 * such a word is a person's name, not a brand's ("TransLink"). Lowercased; shorter ones ("Mc", "De") are
 * never read as a brand's first part. */
export const SURNAME_PREFIXES: ReadonlySet<string> = setOf(`
  del
  della
  den
  der
  fitz
  mac
  van
  von
`);

/** An Arabic surname's article before its hyphen ("al-Sisi"), which a later mention may drop ("Sisi"). */
export const SURNAME_ARTICLES: ReadonlySet<string> = setOf(`
  al
  el
`);
