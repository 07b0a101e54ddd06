// Countries, US states, Canadian provinces, cities often in the news and continents. A place is never a person and
// never "he" or "she"; when it speaks ("India said") it stands for its government. Lowercased.
import { CANADIAN_PROVINCES, US_STATES } from './regions';
import { COUNTRY_NAMES } from './countries';
import { setOf } from './word-list';

/** Cities often in the news. */
const CITIES = `
  amsterdam
  ankara
  athens
  atlanta
  baghdad
  bangkok
  barcelona
  beijing
  beirut
  berlin
  bogota
  boston
  brussels
  budapest
  buenos aires
  cairo
  calgary
  chicago
  dallas
  damascus
  delhi
  detroit
  dhaka
  dubai
  dublin
  edmonton
  geneva
  halifax
  hamilton
  havana
  helsinki
  hong kong
  houston
  istanbul
  jakarta
  jerusalem
  kabul
  karachi
  kiev
  kyiv
  lagos
  lisbon
  london
  los angeles
  madrid
  manila
  melbourne
  mexico city
  miami
  milan
  montreal
  moscow
  mumbai
  munich
  nairobi
  new delhi
  oslo
  ottawa
  paris
  philadelphia
  prague
  regina
  riyadh
  rome
  san francisco
  santiago
  saskatoon
  seattle
  seoul
  shanghai
  stockholm
  surrey
  sydney
  taipei
  tehran
  tel aviv
  tokyo
  toronto
  vancouver
  victoria
  vienna
  warsaw
  winnipeg
`;

export { COUNTRY_NAMES } from './countries';

export const PLACES: ReadonlySet<string> = setOf(
  COUNTRY_NAMES,
  US_STATES,
  CANADIAN_PROVINCES,
  `
    québec
  `,
  CITIES,
  // continents, as a name's place ("Football Supporters Europe", "Human Rights Watch Africa")
  `
    africa
    asia
    europe
  `,
);

/** Words that close a street's name ("Patricia Street"): after "on" or "at", a place, never a person. */
export const STREET_WORDS: ReadonlySet<string> = setOf(`
  avenue
  boulevard
  road
  street
`);
