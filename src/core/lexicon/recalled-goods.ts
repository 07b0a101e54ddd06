// What a maker or regulator recalls, as opposed to what a person recalls saying or seeing: "Health Canada
// recalled two brands of infant formula", "Ford is recalling 300,000 trucks". Lowercased.
import { setOf } from './word-list';

/** Products and their units as the object of "recall". */
export const RECALLED_GOODS: ReadonlySet<string> = setOf(`
  airbags
  batches
  brands
  cars
  devices
  doses
  drugs
  food
  foods
  formula
  inhalers
  injectors
  kits
  lots
  meat
  medication
  medications
  models
  packages
  pens
  pills
  product
  products
  pumps
  suvs
  syringes
  tablets
  toys
  trucks
  units
  vaccines
  vehicles
  vials
`);
