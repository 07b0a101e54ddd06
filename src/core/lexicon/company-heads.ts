// The last words of a company's name: its legal form ("Apple Inc.", "Volkswagen AG") and the trades only a
// company's name ends on ("Sage Therapeutics"). org-heads.ts counts both among an organisation's heads.
import { setOf } from './word-list';

/** Legal forms that end a company's name ("Apple Inc.", "Volkswagen AG"): lowercased, with and without dot. */
export const COMPANY_SUFFIXES: ReadonlySet<string> = setOf(`
  ag
  co
  co.
  corp
  corp.
  gmbh
  inc
  inc.
  limited
  llc
  ltd
  ltd.
  plc
`);

/** Heads only a company's name ends on ("Sage Therapeutics", "Ford Motors"): like a legal suffix, they let the
 * name's first words stand for the company ("Sage"). */
export const COMPANY_TRADE_HEADS: ReadonlySet<string> = setOf(`
  aeronautics
  aerospace
  ai
  aircraft
  airlines
  airways
  automotive
  bancorp
  beverages
  bio
  biologics
  biopharma
  biosciences
  biotech
  books
  brands
  brewing
  capital
  chemicals
  dairies
  diagnostics
  dynamics
  electronics
  engines
  fisheries
  genomics
  holdings
  homes
  industries
  investments
  laboratories
  labs
  lines
  logistics
  management
  markets
  materials
  meats
  metals
  minerals
  mines
  motors
  partners
  petroleum
  pharma
  pharmaceuticals
  properties
  railroad
  realty
  resorts
  resources
  robotics
  securities
  semiconductor
  semiconductors
  shipping
  software
  systems
  tankers
  technologies
  technology
  telecom
  therapeutics
  utilities
`);
