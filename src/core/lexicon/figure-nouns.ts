// What a company reports about itself, opening a sentence in business news ("Revenue grew 26 per cent, the
// company said", "Sales fell …"): common nouns, not the company's name. Lowercased; written for this project.
import { setOf } from './word-list';

export const FIGURE_NOUNS: ReadonlySet<string> = setOf(`
  attendance
  bookings
  costs
  deliveries
  demand
  earnings
  enrollment
  exports
  growth
  imports
  income
  inflation
  losses
  margins
  orders
  output
  prices
  production
  profit
  profits
  revenue
  revenues
  ridership
  sales
  shares
  spending
  subscribers
  traffic
  unemployment
`);
