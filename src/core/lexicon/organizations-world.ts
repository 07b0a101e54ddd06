// Companies, aid groups and international bodies news quotes by name alone ("Porsche said", "Peace Now said",
// "MSF said"), beside organizations.ts's; a name here is an organisation's wherever it stands, so names that are
// also surnames or common words ("Ford", "Target", "CARE") are left out.
import { wordList } from './word-list';

export const WORLD_ORGANIZATIONS: readonly string[] = wordList(`
  ADNOC
  ASEAN
  ASML
  Adidas
  Aeroflot
  African Union
  Agriculture and Agri-Food Canada
  Air Canada
  Air France
  Air France-KLM
  Air India
  American Airlines
  Amnesty
  An Garda Síochána
  Anglo American
  Arab League
  ArcelorMittal
  Audi
  Avianca
  B'Tselem
  BMW
  BNP Paribas
  BT Group
  Baidu
  Bank of America
  Berkeley Homes
  Berkshire Hathaway
  BioNTech
  Blackstone
  Bloc Québécois
  Bombardier
  British Airways
  Broadcom
  Bundesbank
  CMA CGM
  CNOOC
  CPJ
  Carlyle
  Carrefour
  Caterpillar
  Cathay Pacific
  Coca-Cola
  Committee to Protect Journalists
  Con Edison
  ConocoPhillips
  DP World
  Daimler
  Dassault Aviation
  Delta Air Lines
  Deutsche Telekom
  Diyanet
  Doctors Without Borders
  Duke Energy
  ECOWAS
  EDF
  Embraer
  Emirates
  Enel
  Energoatom
  Engie
  Eni
  Environment and Climate Change Canada
  Ericsson
  Eskom
  Etihad
  Exxon Mobil
  FAO
  Ferrari
  Fiat
  Fidesz
  Fisheries and Oceans Canada
  Foxconn
  Garda Síochána
  Geely
  General Electric
  General Motors
  Hitachi
  Honeywell
  IAEA
  ICJ
  ICRC
  IFRC
  IG BCE
  IG Metall
  IKEA
  IOM
  Iberdrola
  Immigration New Zealand
  IndiGo
  International Committee of the Red Cross
  International Rescue Committee
  JPMorgan Chase
  Jaguar Land Rover
  Japan Airlines
  JetBlue
  KKR
  KLM
  Kia
  Korean Air
  LATAM
  LG Electronics
  Labor
  Labour
  Likud
  Lukoil
  Lyft
  MSF
  Magen David Adom
  Mazda
  Mercedes-Benz
  Mercy Corps
  Médecins Sans Frontières
  NHS Greater Glasgow and Clyde
  Naftogaz
  Nasscom
  NatWest
  National Grid
  Norwegian Refugee Council
  OCHA
  OHCHR
  OVD-Info
  Ofqual
  Ofsted
  Oracle
  Orsted
  PG&E
  Palantir
  Panasonic
  Parti Québécois
  Peace Now
  Pearson Edexcel
  PepsiCo
  Persimmon
  PetroChina
  Petronas
  Peugeot
  Philips
  Plaid Cymru
  Podemos
  Porsche
  Procter & Gamble
  Qantas
  Qatar Airways
  QatarEnergy
  RWE
  Rashtriya Janata Dal
  Red Crescent
  Renault
  Reporters Without Borders
  Repsol
  Rightmove
  Rivian
  Roche
  Rolls-Royce
  Rosatom
  Roscosmos
  Rostec
  SK Hynix
  Safran
  Santander
  Saudi Aramco
  Save the Children
  Shell
  Shiv Sena
  Singapore Airlines
  Sinn Fein
  Sinn Féin
  Sinopec
  SoftBank
  Sony
  Southwest Airlines
  SpaceX
  Standard Chartered
  Subaru
  Syriza
  Taylor Wimpey
  Telefonica
  Tesco
  Thyssenkrupp
  Toshiba
  Transparency International
  Turkish Airlines
  UCAS
  UNDP
  UNFPA
  UNHCR
  UNIFIL
  UNRWA
  Ukrenergo
  Ukrzaliznytsia
  United Airlines
  Vattenfall
  Viasna
  Visa
  Vodafone
  Volvo
  WFP
  WWF
  WestJet
  Wizz Air
  Woodside
  Zoopla
  easyJet
  Ørsted
`);
