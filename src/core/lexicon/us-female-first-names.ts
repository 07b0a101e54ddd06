// Women's given names common in North American news since the 1980s that the generated list (from older
// name lists) lacks, one a line (first-names.ts says why): sports pages and local news name them daily.
import { wordList } from './word-list';

export const US_FEMALE_NAMES: readonly string[] = wordList(`
  aaliyah
  aly
  aniya
  aniyah
  arianna
  ayanna
  beyonce
  brielle
  daijah
  dajah
  deja
  ilhan
  imani
  jaida
  jalisa
  jamya
  janiya
  jayla
  jaylah
  jordyn
  keisha
  khloe
  kiara
  kierra
  kourtney
  lakeisha
  latasha
  latoya
  makayla
  mckayla
  miley
  nevaeh
  nia
  rihanna
  shanice
  shaniqua
  shaniya
  shonda
  sunisa
  tamika
  tanisha
  tiana
  zendaya
`);
