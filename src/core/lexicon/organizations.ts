// Organisations often quoted as speakers. Multiword names are matched on their words; the heads list
// makes unknown capitalised phrases ending in them organisations ("the Justice Department").
import { wordSet } from './word-set';

export const ORGANIZATIONS: readonly string[] =
  'White House|Pentagon|Kremlin|State Department|Justice Department|NATO|United Nations|UN|U.N.|European Union|EU|E.U.|FBI|CIA|NSA|IMF|World Bank|WHO|Congress|Senate|House|Supreme Court|Federal Reserve|Fed|Treasury|Downing Street|Élysée|Elysee|Vatican|Hamas|Hezbollah|Taliban|Islamic State|ISIS|ISIL|DNC|RNC|GOP|Democratic National Committee|Republican National Committee|NRA|ACLU|OPEC|EPA|FDA|CDC|DHS|DOJ|IRS|SEC|FTC|FCC|NASA|Interpol|Red Cross|Amnesty International|Human Rights Watch|Greenpeace|Google|Apple|Microsoft|Amazon|Facebook|Meta|Twitter|Tesla|Boeing|Goldman Sachs|JPMorgan|Wells Fargo|Exxon|Walmart|Uber|Police|Parliament|Bundestag|Knesset|Duma|Politburo|Cabinet|Commission'.split(
    '|',
  );

/** Last words that make a capitalised phrase an organisation. */
export const ORG_HEADS: ReadonlySet<string> = wordSet(
  'department ministry agency committee party council commission association institute university college company corp corp. corporation inc inc. ltd group campaign administration office bureau service services court foundation center centre union federation organization organisation coalition network bank board authority police army navy force forces command government parliament congress senate house caucus fund trust society league alliance movement project watch times post news journal tribune herald press magazine network club church hospital school unit team cabinet embassy secretariat chamber tank partners holdings airlines motors industries systems cafe café restaurant hotel store stores museum gallery library clinic laboratory lab academy festival studio studios theatre theater airport railway railways energy',
);

/** Short names that stand for one organisation's full name (lowercased, "the" dropped): one entity. */
export const ORGANIZATION_ALIASES: ReadonlyMap<string, string> = new Map([
  ['fed', 'Federal Reserve'],
  ['the fed', 'Federal Reserve'],
  ['un', 'United Nations'],
  ['u.n.', 'United Nations'],
  ['eu', 'European Union'],
  ['e.u.', 'European Union'],
  ['gop', 'Republican Party'],
  ['nato', 'NATO'],
  ['ecb', 'European Central Bank'],
  ['boe', 'Bank of England'],
  ['imf', 'International Monetary Fund'],
  ['who', 'World Health Organization'],
]);

/** What else a description's head may be called in an organisation's name ("the central bank" for the
 * Federal Reserve). */
export const ORG_HEAD_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  bank: ['reserve'],
};
