// News organisations, for outlets ("told CNN") and article credits. Type: wire services are 'news agency'.
import type { CreditType } from '../types';
import { mapOf, setOf, wordList } from './word-list';
import { WORLD_AGENCIES, WORLD_OUTLETS } from './outlets-world';
import { SPORTS_OUTLETS } from './outlets-sports';

const AGENCIES = `
  AAP
  AFP
  ANI
  ANSA
  AP
  Agence France Presse
  Agence France-Presse
  Anadolu
  Antara
  Associated Press
  Australian Associated Press
  Bernama
  Bloomberg
  Bloomberg News
  Canadian Press
  DPA
  Deutsche Presse-Agentur
  Dow Jones
  EFE
  Europa Press
  Interfax
  Jiji Press
  Kyodo
  Kyodo News
  PA
  PA Media
  PTI
  Press Association
  Press Trust of India
  RIA Novosti
  Reuters
  TASS
  Tass
  The Associated Press
  The Canadian Press
  UPI
  United Press International
  Xinhua
  Yonhap
  dpa
`;
const OUTLETS = `
  9News
  ABC
  ABC Australia
  ABC News
  ABC News Australia
  ABC7
  APTN
  APTN News
  Al Arabiya
  Al Jazeera
  Australian Financial Review
  Axios
  BBC
  BBC News
  BNN Bloomberg
  Bangkok Post
  Barron's
  Bild
  Boston Globe
  Breitbart
  Breitbart News
  Business Insider
  Bustle
  BuzzFeed
  BuzzFeed News
  CBC
  CBC News
  CBS
  CBS News
  CNBC
  CNN
  CNN International
  CP24
  CTV
  CTV News
  Calgary Herald
  Channel 4 News
  Chicago Tribune
  Chronicle Herald
  CityNews
  Clarín
  Corriere della Sera
  DW
  Daily Beast
  Daily Caller
  Daily Mail
  Daily News
  Dawn
  Der Spiegel
  Deutsche Welle
  Economist
  Edmonton Journal
  El Pais
  El País
  Evening Standard
  Financial Times
  Folha de S.Paulo
  Forbes
  Fortune
  Fox
  Fox News
  France 24
  Frankfurter Allgemeine Zeitung
  Global News
  Globe and Mail
  Globo
  Guardian
  Guardian Australia
  Haaretz
  Hamilton Spectator
  Hindustan Times
  Hollywood Reporter
  HuffPost
  HuffPost Canada
  Huffington Post
  ITV News
  Independent
  Insider
  Irish Independent
  Irish Times
  Jerusalem Post
  Journal
  KTLA
  Korea Herald
  Kyiv Independent
  La Presse
  Le Devoir
  Le Figaro
  Le Monde
  Le Parisien
  Lloyd's List
  Los Angeles Times
  MSNBC
  Maclean's
  MarketWatch
  Mashable
  Meduza
  Mirror
  Montreal Gazette
  Mother Jones
  NBC
  NBC News
  NDTV
  NHK
  NPR
  NPR News
  NZ Herald
  National Post
  National Review
  New York Daily News
  New York Post
  New York Times
  New Yorker
  Newsmax
  Newsweek
  Nikkei
  Nikkei Asia
  Nine News
  Ottawa Citizen
  PBS
  POLITICO
  People
  Politico
  Post
  Postmedia
  ProPublica
  RNZ
  RT
  RTE
  RTÉ
  Radio-Canada
  Rolling Stone
  SBS News
  Salon
  Semafor
  Sky News
  Slate
  South China Morning Post
  Spiegel
  Sputnik
  Straits Times
  Stuff
  Sydney Morning Herald
  Süddeutsche Zeitung
  TMZ
  TVO
  TechCrunch
  Telegraph
  Telemundo
  The Age
  The Atlantic
  The Australian
  The Blaze
  The Boston Globe
  The Conversation
  The Daily Beast
  The Daily Caller
  The Daily Telegraph
  The Economist
  The Globe and Mail
  The Guardian
  The Hill
  The Hindu
  The Hollywood Reporter
  The Huffington Post
  The Independent
  The Intercept
  The Japan Times
  The Nation
  The New York Times
  The New Yorker
  The Province
  The Scotsman
  The Straits Times
  The Sun
  The Telegraph
  The Times of London
  The Tyee
  The Verge
  The Wall Street Journal
  The Washington Post
  The Washington Times
  The West Australian
  TheBlaze
  Time
  Times
  Times Colonist
  Times of India
  Times of Israel
  Toronto Star
  Toronto Sun
  USA Today
  Univision
  Us Weekly
  Vancouver Sun
  Variety
  Vice
  Vice News
  Vox
  WNYC
  Wall Street Journal
  Washington Examiner
  Washington Post
  Washington Times
  Winnipeg Free Press
  Wired
  Yahoo News
  the Journal
  the Post
  the Times
`;

/** Outlet names as written (with or without "The"), mapped to their credit type. */
export const OUTLETS_BY_NAME: ReadonlyMap<string, CreditType> = mapOf({
  'news agency': [...wordList(AGENCIES), ...WORLD_AGENCIES],
  outlet: [...wordList(OUTLETS), ...WORLD_OUTLETS, ...SPORTS_OUTLETS],
});

/** Names too ambiguous to credit without context ("Time", "People", "Post"): only after "told"/"reported by". */
export const AMBIGUOUS_OUTLETS: ReadonlySet<string> = setOf(`
  ABC
  AP
  Economist
  Fortune
  Fox
  Guardian
  Independent
  Insider
  Journal
  Mirror
  PA
  People
  Post
  Sun
  Telegraph
  The Sun
  Time
  Times
  the Journal
  the Post
  the Times
`);
