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

/** The middle names that mark a Vietnamese name, written surname first ("Nguyen Thi Lan", "Tran Van Hai"):
 * with or without their accents. */
export const VIETNAMESE_MIDDLE_NAMES: ReadonlySet<string> = setOf(`
  thi
  thị
  van
  văn
`);

/** The commonest Vietnamese surnames, written without their accents ("Nguyễn" is read as "nguyen"). */
export const VIETNAMESE_SURNAMES: ReadonlySet<string> = setOf(`
  bui
  cao
  dang
  dinh
  do
  duong
  ha
  ho
  hoang
  huynh
  lam
  le
  luong
  ly
  mai
  ngo
  nguyen
  pham
  phan
  tran
  trinh
  truong
  vo
  vu
`);

/** Surnames written like a pronoun, a name only between a title and a given name ("Vice Premier He Lifeng",
 * "Spokeswoman He Yadong"). */
export const PRONOUN_SURNAMES: ReadonlySet<string> = setOf(`
  he
`);
