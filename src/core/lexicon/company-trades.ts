// Trade nouns that describe a company right before its name and never begin a name of their own:
// "Chipmaker Nvidia said", "Insurer Allstate said" open a sentence with the trade capitalised.
// ("Carrier", "Union", "Giant" and "Network" begin names: Carrier Corp., Union Pacific, Giant Eagle.)
import { setOf } from './word-list';

export const COMPANY_TRADE_NOUNS: ReadonlySet<string> = setOf(`
  automaker
  broadcaster
  carmaker
  chipmaker
  conglomerate
  drugmaker
  insurer
  manufacturer
  retailer
  startup
  streamer
`);

/** What a company's name follows with "of" or "in" ("Shares of Nvidia fell", "shares in Rio Tinto"): only a
 * company has them. */
export const SHARE_NOUNS: ReadonlySet<string> = setOf(`
  shares
  stock
`);
