// Organisations often quoted as speakers. Multiword names are matched on their words; the heads list
// makes unknown capitalised phrases ending in them organisations ("the Justice Department").
import { setOf, wordList } from './word-list';
import { WORLD_ORGANIZATIONS } from './organizations-world';

export const ORGANIZATIONS: readonly string[] = [
  ...wordList(`
  ACLU
  AMD
  AbbVie
  Airbnb
  Airbus
  Al Qaeda
  Al-Qaeda
  Alibaba
  Alphabet
  Amazon
  Amnesty International
  Anthropic
  Apple
  Aramco
  AstraZeneca
  BASF
  BHP
  BP
  BYD
  Barclays
  Bayer
  Black Lives Matter
  BlackRock
  Boeing
  Bundestag
  ByteDance
  CDC
  CIA
  Cabinet
  Charles Schwab
  Chevron
  Cisco
  Citigroup
  Commission
  Congress
  Costco
  Credit Suisse
  Crown
  DHS
  DNC
  DOJ
  Democratic National Committee
  Deutsche Bank
  Disney
  DoorDash
  Downing Street
  Duma
  Dáil
  E.U.
  EPA
  EU
  Eli Lilly
  Elysee
  Enbridge
  Equinor
  European Union
  Europol
  Exxon
  ExxonMobil
  FBI
  FCC
  FDA
  FTC
  Facebook
  Fannie Mae
  Fed
  FedEx
  Federal Reserve
  Freddie Mac
  GOP
  GSK
  Gallup
  Gazprom
  Glencore
  Goldman Sachs
  Google
  Greenpeace
  HSBC
  Hamas
  Hezbollah
  Holyrood
  House
  Huawei
  Human Rights Watch
  Hyundai
  IBM
  IMF
  IRS
  ISIL
  ISIS
  Inditex
  Instagram
  Intel
  Interpol
  Ipsos
  Islamic State
  J.P. Morgan
  JP Morgan
  JPMorgan
  Justice Department
  Knesset
  Kremlin
  LVMH
  LinkedIn
  Lockheed Martin
  Lufthansa
  Maersk
  Mastercard
  McDonald's
  Merck
  Meta
  Microsoft
  Moderna
  Moody's
  Morgan Stanley
  NASA
  NATO
  NRA
  NSA
  Nestle
  Nestlé
  Netflix
  Nike
  Nissan
  Nokia
  Nomura
  Norfolk Southern
  Northrop Grumman
  Novartis
  Novo Nordisk
  Nvidia
  OECD
  OPEC
  Oireachtas
  OpenAI
  Oxfam
  Parliament
  PayPal
  Pemex
  Pentagon
  Petrobras
  Pfizer
  Police
  Politburo
  PolitiFact
  Qualcomm
  RNC
  Raytheon
  Red Cross
  Republican National Committee
  Rio Tinto
  Rosneft
  Ryanair
  SEC
  Salesforce
  Samsung
  Sanofi
  Scotland Yard
  Sejm
  Senate
  Shopify
  Siemens
  Spotify
  Starbucks
  State Department
  Stellantis
  Stormont
  Suncor
  Supreme Court
  TSMC
  Taliban
  Tencent
  Tesla
  TikTok
  TotalEnergies
  Toyota
  Treasury
  Twitter
  U.N.
  UBS
  UN
  UNESCO
  UNICEF
  Uber
  Unilever
  Union Pacific
  United Nations
  Vatican
  Verkhovna Rada
  Volkswagen
  WHO
  WTO
  Walmart
  Wells Fargo
  WhatsApp
  White House
  Whitehall
  WikiLeaks
  World Aquatics
  World Athletics
  World Bank
  World Boxing
  World Rugby
  World Sailing
  Xiaomi
  YouGov
  YouTube
  Élysée
`),
  ...WORLD_ORGANIZATIONS,
].sort();

/** Short names that stand for one organisation's full name (lowercased, "the" dropped): one entity. */
export const ORGANIZATION_ALIASES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    boe: 'Bank of England',
    cdc: 'Centers for Disease Control and Prevention',
    cpsc: 'Consumer Product Safety Commission',
    'e.u.': 'European Union',
    ecb: 'European Central Bank',
    epa: 'Environmental Protection Agency',
    eu: 'European Union',
    faa: 'Federal Aviation Administration',
    fda: 'Food and Drug Administration',
    fed: 'Federal Reserve',
    ftc: 'Federal Trade Commission',
    gop: 'Republican Party',
    imf: 'International Monetary Fund',
    nato: 'NATO',
    nhtsa: 'National Highway Traffic Safety Administration',
    nih: 'National Institutes of Health',
    ntsb: 'National Transportation Safety Board',
    sec: 'Securities and Exchange Commission',
    'the fed': 'Federal Reserve',
    'u.n.': 'United Nations',
    un: 'United Nations',
    usda: 'Department of Agriculture',
    who: 'World Health Organization',
  }),
);

/** What else a description's head may be called in an organisation's name ("the central bank" for the
 * Federal Reserve). */
export const ORG_HEAD_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  airline: ['airlines', 'airways'],
  bank: ['reserve'],
  carrier: ['airlines', 'airways'],
  // "Leicestershire Police … the force said"
  force: ['constabulary', 'police'],
  // "UFCW Local 832", "United Auto Workers", "the Teamsters", "the Writers Guild", "the Alberta Teachers'
  // Association"
  union: ['association', 'brotherhood', 'federation', 'guild', 'local', 'teamsters', 'workers'],
};

/** Lowercase words that join the words of an organisation's name ("Medical Aid for Palestinians", "Bank of
 * Canada", "Immigration, Refugees and Citizenship Canada"). */
export const ORG_NAME_JOINS: ReadonlySet<string> = setOf(`
  and
  for
  of
  on
`);

/** Words joining a list's last member ("Meta, TikTok and Snap"). */
export const LIST_JOINS: ReadonlySet<string> = setOf(`
  and
  or
`);

/** Words after an organisation's capitalised head that carry its name on ("University of Michigan", "Centers
 * for Disease Control and Prevention"). */
export const ORG_HEAD_LINKS: ReadonlySet<string> = setOf(`
  for
  of
`);

/** Lowercase words before an organisation's name that do not describe it ("one former GOP official",
 * "outside GOP groups"), unlike "the charity" or "the security firm". */
export const ORG_NAME_NON_DESCRIBERS: ReadonlySet<string> = setOf(`
  former
  one
  outside
`);
