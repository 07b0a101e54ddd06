// What a company reports about itself or what it sells, opening a sentence in business news ("Revenue grew
// 26 per cent, the company said", "Sales fell …", "Gas costs $5 a gallon"): common nouns, not the company's
// name. Lowercased; written for this project.
import { setOf } from './word-list';

export const FIGURE_NOUNS: ReadonlySet<string> = setOf(`
  attendance
  bookings
  costs
  deliveries
  demand
  earnings
  electricity
  enrollment
  exports
  food
  fuel
  gas
  gasoline
  growth
  imports
  income
  inflation
  losses
  margins
  oil
  orders
  output
  prices
  production
  profit
  profits
  rent
  rents
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
