// Countries, US states, Canadian provinces, cities often in the news and continents. A place is never a person and
// never "he" or "she"; when it speaks ("India said") it stands for its government. Lowercased.
import { CANADIAN_PROVINCES, US_STATES } from './regions';
import { COUNTRY_NAMES } from './countries';
import { setOf } from './word-list';

/** Cities often in the news. */
const CITIES = `
  amsterdam
  anaheim
  ankara
  athens
  atlanta
  baghdad
  baltimore
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
  buffalo
  cairo
  calgary
  chicago
  cincinnati
  cleveland
  dallas
  damascus
  delhi
  denver
  detroit
  dhaka
  dubai
  dublin
  edmonton
  geneva
  green bay
  halifax
  hamilton
  havana
  helsinki
  hong kong
  houston
  indianapolis
  istanbul
  jacksonville
  jakarta
  jerusalem
  kabul
  kansas city
  karachi
  kiev
  kyiv
  lagos
  las vegas
  lisbon
  london
  los angeles
  madrid
  manila
  melbourne
  memphis
  mexico city
  miami
  milan
  milwaukee
  minneapolis
  montreal
  moscow
  mumbai
  munich
  nairobi
  nashville
  new delhi
  new orleans
  oakland
  oklahoma city
  orlando
  oslo
  ottawa
  paris
  philadelphia
  pittsburgh
  portland
  prague
  regina
  riyadh
  rome
  sacramento
  salt lake city
  san antonio
  san diego
  san francisco
  san jose
  santiago
  saskatoon
  seattle
  seoul
  shanghai
  st. louis
  stockholm
  surrey
  sydney
  taipei
  tampa
  tampa bay
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
