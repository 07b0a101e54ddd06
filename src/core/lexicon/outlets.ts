// News organisations, for outlets ("told CNN") and article credits. Type: wire services are 'news agency'.
import type { CreditType } from '../types';
import { wordSet } from './word-set';

const AGENCIES =
  'Reuters|Associated Press|AP|AFP|Agence France-Presse|Agence France Presse|Bloomberg|Bloomberg News|Dow Jones|United Press International|UPI|Xinhua|Kyodo|Kyodo News|Yonhap|Tass|TASS|Interfax|RIA Novosti|ANSA|EFE|dpa|DPA|Press Association|PA|Canadian Press|Australian Associated Press|AAP|Anadolu|PTI|Press Trust of India|ANI';
const OUTLETS =
  "CNN|BBC|NBC|NBC News|ABC|ABC News|CBS|CBS News|Fox News|Fox|MSNBC|NPR|PBS|CNBC|Politico|POLITICO|Axios|The Hill|Breitbart|Breitbart News|HuffPost|Huffington Post|The Huffington Post|Vox|Slate|Salon|BuzzFeed|BuzzFeed News|Vice|Vice News|New York Times|The New York Times|the Times|Washington Post|The Washington Post|the Post|Wall Street Journal|The Wall Street Journal|the Journal|USA Today|Los Angeles Times|Chicago Tribune|Boston Globe|The Boston Globe|New York Post|New York Daily News|Daily News|Daily Mail|The Guardian|Guardian|The Telegraph|Telegraph|The Times of London|Financial Times|The Economist|Economist|Time|Newsweek|The Atlantic|The New Yorker|New Yorker|Al Jazeera|Sky News|Der Spiegel|Spiegel|Le Monde|Haaretz|Times of Israel|Jerusalem Post|South China Morning Post|The Independent|Independent|Mirror|The Sun|Irish Times|Deutsche Welle|DW|France 24|RT|Sputnik|Yahoo News|Daily Beast|The Daily Beast|Mother Jones|National Review|The Nation|The Intercept|ProPublica|Newsmax|The Blaze|TheBlaze|Daily Caller|The Daily Caller|Washington Examiner|Washington Times|The Washington Times|ABC7|KTLA|WNYC|Bustle|Mashable|TechCrunch|Wired|The Verge|Variety|Hollywood Reporter|The Hollywood Reporter|People|Us Weekly|TMZ|Rolling Stone|Forbes|Fortune|Business Insider|Insider|CNBC|MarketWatch|Barron's|Nikkei|Le Figaro|El País|El Pais|Corriere della Sera|NHK|CBC|Global News|Globe and Mail|The Globe and Mail|Toronto Star|National Post|ABC Australia|Sydney Morning Herald|Guardian Australia|Times|Post|Journal";

/** Outlet names as written (with or without "The"), mapped to their credit type. */
export const OUTLETS_BY_NAME: ReadonlyMap<string, CreditType> = new Map([
  ...AGENCIES.split('|').map((n) => [n, 'news agency'] as const),
  ...OUTLETS.split('|').map((n) => [n, 'outlet'] as const),
]);

/** Names too ambiguous to credit without context ("Time", "People", "Post"): only after "told"/"reported by". */
export const AMBIGUOUS_OUTLETS: ReadonlySet<string> = wordSet(
  'Time|People|Post|Journal|Times|Fox|ABC|Mirror|Independent|Insider|Fortune|Guardian|the Times|the Post|the Journal|PA|AP|Sun|The Sun|Economist|Telegraph',
  '|',
);
