// The world's countries and their common short forms, lowercased ("Georgia" is among US_STATES; "Chad" and
// "Dominica" are left out as given names). A country that speaks stands for its government.
import { setOf } from './word-list';

/** Countries alone, without states, provinces or cities. */
export const COUNTRY_NAMES: ReadonlySet<string> = setOf(`
  afghanistan
  albania
  algeria
  andorra
  angola
  antigua and barbuda
  argentina
  armenia
  australia
  austria
  azerbaijan
  bahamas
  bahrain
  bangladesh
  barbados
  belarus
  belgium
  belize
  benin
  bhutan
  bolivia
  bosnia
  bosnia and herzegovina
  botswana
  brazil
  britain
  brunei
  bulgaria
  burkina faso
  burundi
  cabo verde
  cambodia
  cameroon
  canada
  cape verde
  central african republic
  chile
  china
  colombia
  comoros
  congo
  costa rica
  croatia
  cuba
  cyprus
  czech republic
  czechia
  denmark
  djibouti
  dominican republic
  east timor
  ecuador
  egypt
  el salvador
  england
  equatorial guinea
  eritrea
  estonia
  eswatini
  ethiopia
  fiji
  finland
  france
  gabon
  gambia
  gaza
  germany
  ghana
  greece
  grenada
  guatemala
  guinea
  guinea-bissau
  guyana
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
  ivory coast
  jamaica
  japan
  jordan
  kazakhstan
  kenya
  kiribati
  korea
  kosovo
  kuwait
  kyrgyzstan
  laos
  latvia
  lebanon
  lesotho
  liberia
  libya
  liechtenstein
  lithuania
  luxembourg
  madagascar
  malawi
  malaysia
  maldives
  mali
  malta
  mauritania
  mauritius
  mexico
  micronesia
  moldova
  monaco
  mongolia
  montenegro
  morocco
  mozambique
  myanmar
  namibia
  nauru
  nepal
  netherlands
  nicaragua
  niger
  nigeria
  north korea
  north macedonia
  norway
  oman
  pakistan
  palau
  palestine
  panama
  papua new guinea
  paraguay
  peru
  philippines
  poland
  portugal
  qatar
  romania
  russia
  rwanda
  saint kitts and nevis
  saint lucia
  saint vincent and the grenadines
  samoa
  san marino
  saudi arabia
  scotland
  senegal
  serbia
  seychelles
  sierra leone
  singapore
  slovakia
  slovenia
  solomon islands
  somalia
  south africa
  south korea
  south sudan
  spain
  sri lanka
  sudan
  suriname
  sweden
  switzerland
  syria
  são tomé and príncipe
  taiwan
  tajikistan
  tanzania
  thailand
  timor-leste
  togo
  tonga
  trinidad and tobago
  tunisia
  turkey
  turkmenistan
  tuvalu
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
  vanuatu
  venezuela
  vietnam
  wales
  yemen
  zambia
  zimbabwe
`);
