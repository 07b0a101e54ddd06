// News organisations, for outlets ("told CNN") and article credits. Type: wire services are 'news agency'.
import type { CreditType } from '../types';
import { mapOf, setOf } from './word-list';

const AGENCIES = `
  AAP
  AFP
  ANI
  ANSA
  AP
  Agence France Presse
  Agence France-Presse
  Anadolu
  Associated Press
  Australian Associated Press
  Bloomberg
  Bloomberg News
  Canadian Press
  DPA
  Dow Jones
  EFE
  Interfax
  Kyodo
  Kyodo News
  PA
  PTI
  Press Association
  Press Trust of India
  RIA Novosti
  Reuters
  TASS
  Tass
  UPI
  United Press International
  Xinhua
  Yonhap
  dpa
`;
const OUTLETS = `
  ABC
  ABC Australia
  ABC News
  ABC7
  Al Jazeera
  Axios
  BBC
  Barron's
  Boston Globe
  Breitbart
  Breitbart News
  Business Insider
  Bustle
  BuzzFeed
  BuzzFeed News
  CBC
  CBS
  CBS News
  CNBC
  CNN
  Chicago Tribune
  Corriere della Sera
  DW
  Daily Beast
  Daily Caller
  Daily Mail
  Daily News
  Der Spiegel
  Deutsche Welle
  Economist
  El Pais
  El País
  Financial Times
  Forbes
  Fortune
  Fox
  Fox News
  France 24
  Global News
  Globe and Mail
  Guardian
  Guardian Australia
  Haaretz
  Hollywood Reporter
  HuffPost
  Huffington Post
  Independent
  Insider
  Irish Times
  Jerusalem Post
  Journal
  KTLA
  Le Figaro
  Le Monde
  Los Angeles Times
  MSNBC
  MarketWatch
  Mashable
  Mirror
  Mother Jones
  NBC
  NBC News
  NHK
  NPR
  National Post
  National Review
  New York Daily News
  New York Post
  New York Times
  New Yorker
  Newsmax
  Newsweek
  Nikkei
  PBS
  POLITICO
  People
  Politico
  Post
  ProPublica
  RT
  Rolling Stone
  Salon
  Sky News
  Slate
  South China Morning Post
  Spiegel
  Sputnik
  Sydney Morning Herald
  TMZ
  TechCrunch
  Telegraph
  The Atlantic
  The Blaze
  The Boston Globe
  The Daily Beast
  The Daily Caller
  The Economist
  The Globe and Mail
  The Guardian
  The Hill
  The Hollywood Reporter
  The Huffington Post
  The Independent
  The Intercept
  The Nation
  The New York Times
  The New Yorker
  The Sun
  The Telegraph
  The Times of London
  The Verge
  The Wall Street Journal
  The Washington Post
  The Washington Times
  TheBlaze
  Time
  Times
  Times of Israel
  Toronto Star
  USA Today
  Us Weekly
  Variety
  Vice
  Vice News
  Vox
  WNYC
  Wall Street Journal
  Washington Examiner
  Washington Post
  Washington Times
  Wired
  Yahoo News
  the Journal
  the Post
  the Times
`;

/** Outlet names as written (with or without "The"), mapped to their credit type. */
export const OUTLETS_BY_NAME: ReadonlyMap<string, CreditType> = mapOf({
  'news agency': AGENCIES,
  outlet: OUTLETS,
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
