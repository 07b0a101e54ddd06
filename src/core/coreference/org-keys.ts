// The keys an organisation is found under: its bare name ("the Fed's" → "fed") and its initials ("IRCC").
import { NAME_JOINERS } from '../lexicon/coreference-words';
import { withoutPossessive } from '../text/possessive';

/** An organisation's name as a key: no "the", no possessive, lowercased. */
export const bareOrg = (name: string): string =>
  withoutPossessive(name.replace(/^the\s+/i, '')).toLowerCase();

/** "Immigration, Refugees and Citizenship Canada" → "ircc"; joiners are skipped. */
export const initials = (name: string): string =>
  bareOrg(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !NAME_JOINERS.has(w))
    .map((w) => w[0])
    .join('');
