// News organisations outside the English-speaking press that English-language news credits ("told Citizen
// TV", "according to El Tiempo", "quoted by IRNA"); outlets.ts joins them to its own. Names that
// are common words elsewhere ("Focus", "Punch", "Semana") are left out.
import { wordList } from './word-list';

/** State and national news agencies. */
export const WORLD_AGENCIES: readonly string[] = wordList(`
  APP
  Agência Brasil
  Andina
  BSS
  BelTA
  Central News Agency
  Fars
  Fars news agency
  IANS
  IRNA
  ISNA
  Jiji
  KCNA
  KUNA
  Korean Central News Agency
  Lusa
  MENA
  Mehr
  Mehr news agency
  Notimex
  Prensa Latina
  QNA
  RIA
  SANA
  SPA
  Saudi Press Agency
  Tasnim
  Tasnim news agency
  Télam
  Ukrinform
  Vietnam News Agency
  WAFA
  WAM
`);

/** Newspapers, broadcasters and sites. */
export const WORLD_OUTLETS: readonly string[] = wordList(`
  ABS-CBN
  Addis Standard
  Ahram Online
  Al Qahera News
  Al-Ahram
  Al-Monitor
  Antena 3
  Arab News
  Arise News
  Arise TV
  Asahi
  Asahi Shimbun
  Asharq Al-Awsat
  Business Day
  Cadena SER
  Caixin
  Capital FM
  Caracol Radio
  Channel NewsAsia
  Channels TV
  Channels Television
  China Daily
  Chosun Ilbo
  Citi FM
  Citizen TV
  City Press
  Clarin
  Corriere
  Cumhuriyet
  Dagens Nyheter
  Daily Graphic
  Daily Maverick
  Daily Monitor
  Daily Nation
  Daily Trust
  Der Standard
  Der Tagesspiegel
  Die Welt
  Die Zeit
  Dong-a Ilbo
  El Comercio
  El Confidencial
  El Espectador
  El Mercurio
  El Mundo
  El Nacional
  El Periódico
  El Tiempo
  El Universal
  Estadão
  Euronews
  Excélsior
  FAZ
  Fuji TV
  GMA News
  Gazeta Wyborcza
  Geo News
  GhanaWeb
  Global Times
  Gulf News
  Handelsblatt
  Hankyoreh
  Hürriyet
  Il Sole 24 Ore
  India Today
  Indian Express
  Infobae
  Jakarta Post
  Jeune Afrique
  JoongAng Ilbo
  Joy FM
  Joy News
  KBS
  KTN News
  Kathimerini
  Khaleej Times
  Kommersant
  Kompas
  L'Express
  La Jornada
  La Nación
  La Repubblica
  La República
  La Stampa
  La Tercera
  La Vanguardia
  Le Point
  Les Echos
  Libération
  Mail & Guardian
  Mainichi
  Mainichi Shimbun
  Malaysiakini
  Milenio
  NOS
  NRK
  NTV Kenya
  Neue Zürcher Zeitung
  New Vision
  News18
  News24
  Novaya Gazeta
  O Estado de S. Paulo
  O Globo
  ORF
  People's Daily
  Premium Times
  Press TV
  Proceso
  Prothom Alo
  RAI
  RCN Radio
  RFI
  RPP
  RTVE
  Radio France Internationale
  Rappler
  Reforma
  SABC
  SABC News
  SVT
  Sahara Reporters
  Sueddeutsche Zeitung
  TBS
  TV Asahi
  TV Azteca
  TV Globo
  TVC News
  TVN24
  Tagesspiegel
  Taipei Times
  Telesur
  Televisa
  The East African
  The Indian Express
  The Kathmandu Post
  The Punch
  ThisDay
  Times Now
  Ukrainska Pravda
  Vanguard
  Vedomosti
  VnExpress
  W Radio
  Yle
  Yomiuri
  Yomiuri Shimbun
  ZDF
  Zee News
  eNCA
`);
