// Given names news uses for women and men alike ("Taylor Swift", "Lindsey Graham", "Kim Jong Un"): a person
// of no known gender, whom the article's own pronouns place (infer-genders.ts). Written for this project.
import { wordList } from './word-list';

export const EITHER_GENDER_NAMES_BY_HAND: readonly string[] = wordList(`
  alex
  andrea
  avery
  cameron
  casey
  dana
  inge
  jackie
  jamie
  jan
  jean
  jo
  joan
  jordan
  kari
  kelly
  kerry
  kim
  kristen
  lee
  leslie
  lindsey
  morgan
  pat
  quinn
  riley
  robin
  shannon
  sydney
  taylor
  terry
  toni
  tracy
`);
