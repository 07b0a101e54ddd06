// The keys an organisation is found under: its bare name ("the Fed's" → "fed") and its initials ("IRCC").
import { NAME_JOINERS } from '../lexicon/coreference-words';
import { withoutPossessive } from '../text/possessive';
import { isKnownOrgName } from '../speakers/organization-name';

/** An organisation's name as a key: no "the", no possessive, lowercased. */
export const bareOrg = (name: string): string =>
  withoutPossessive(name.replace(/^the\s+/i, '')).toLowerCase();

/** An organisation's name as shown: no "the", and no possessive but a known name's own ("McDonald's",
 * "Moody's"). */
export function orgName(written: string): string {
  const bare = written.replace(/^the\s+/i, '');
  return isKnownOrgName(bare) ? bare : withoutPossessive(bare);
}

/** The initials an organisation is found under: "Immigration, Refugees and Citizenship Canada" → "ircc", and
 * past an owner's possessive ("Australia's Therapeutic Goods Administration" is also "tga"). */
export function initialKeys(name: string): string[] {
  const own = /^[^\s’']+[’']s\s+(.+)$/u.exec(name)?.[1];
  return own ? [initials(name), initials(own)] : [initials(name)];
}

/** "Immigration, Refugees and Citizenship Canada" → "ircc"; joiners are skipped. */
export const initials = (name: string): string =>
  bareOrg(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !NAME_JOINERS.has(w))
    .map((w) => w[0])
    .join('');
