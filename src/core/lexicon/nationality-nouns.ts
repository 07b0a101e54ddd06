// Nouns for one person of a nation ("the Dutchman", "the Spaniard"): sports and world news call someone
// just named by them. Singular only, and none that is also a plural or a language ("the Swiss", "the
// Japanese" may be many).
import { setOf } from './word-list';

export const NATIONALITY_PERSON_NOUNS: ReadonlySet<string> = setOf(`
  algerian
  argentine
  argentinian
  australian
  austrian
  belgian
  brazilian
  briton
  bulgarian
  cameroonian
  canadian
  chilean
  colombian
  croat
  croatian
  dane
  dutchman
  dutchwoman
  egyptian
  englishman
  englishwoman
  estonian
  ethiopian
  finn
  frenchman
  frenchwoman
  georgian
  ghanaian
  hungarian
  irishman
  irishwoman
  italian
  jamaican
  kenyan
  latvian
  lithuanian
  mexican
  moroccan
  nigerian
  norwegian
  peruvian
  romanian
  russian
  scot
  scotsman
  scotswoman
  serb
  serbian
  slovak
  slovenian
  spaniard
  swede
  tunisian
  turk
  ugandan
  ukrainian
  uruguayan
  venezuelan
  welshman
  welshwoman
`);
