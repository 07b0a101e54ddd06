// Countries, US states, Canadian provinces and cities often in the news. A place is never a person and
// never "he" or "she"; when it speaks ("India said") it stands for its government. Lowercased.
import { CANADIAN_PROVINCES, US_STATES } from './regions';
import { setOf } from './word-list';

/** Countries and their common short forms ("Georgia" is among US_STATES). */
const COUNTRIES = `
  afghanistan
  albania
  algeria
  angola
  argentina
  armenia
  australia
  austria
  azerbaijan
  bahrain
  bangladesh
  belarus
  belgium
  bolivia
  bosnia
  brazil
  britain
  bulgaria
  cambodia
  cameroon
  canada
  chile
  china
  colombia
  congo
  croatia
  cuba
  cyprus
  czechia
  denmark
  ecuador
  egypt
  england
  eritrea
  estonia
  ethiopia
  finland
  france
  gaza
  germany
  ghana
  greece
  guatemala
  haiti
  honduras
  hungary
  iceland
  india
  indonesia
  iran
  iraq
  ireland
  israel
  italy
  jamaica
  japan
  jordan
  kazakhstan
  kenya
  korea
  kosovo
  kuwait
  laos
  latvia
  lebanon
  libya
  lithuania
  luxembourg
  malaysia
  mali
  malta
  mexico
  moldova
  mongolia
  morocco
  mozambique
  myanmar
  nepal
  netherlands
  nicaragua
  niger
  nigeria
  north korea
  norway
  oman
  pakistan
  palestine
  panama
  paraguay
  peru
  philippines
  poland
  portugal
  qatar
  romania
  russia
  rwanda
  saudi arabia
  scotland
  senegal
  serbia
  singapore
  slovakia
  slovenia
  somalia
  south africa
  south korea
  south sudan
  spain
  sri lanka
  sudan
  sweden
  switzerland
  syria
  taiwan
  tanzania
  thailand
  tunisia
  turkey
  u.k.
  u.s.
  uae
  uganda
  uk
  ukraine
  united arab emirates
  united kingdom
  united states
  uruguay
  us
  usa
  uzbekistan
  venezuela
  vietnam
  wales
  yemen
  zambia
  zimbabwe
`;

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

/** Countries alone, without states, provinces or cities. */
export const COUNTRY_NAMES: ReadonlySet<string> = setOf(COUNTRIES);

export const PLACES: ReadonlySet<string> = setOf(
  COUNTRIES,
  US_STATES,
  CANADIAN_PROVINCES,
  `
    québec
  `,
  CITIES,
);
