// Words that label a line rather than name a speaker before a colon ("EXCLUSIVE: …", "Revealed: …",
// "Editor's Note: …"). Lowercased; written for this project.
import { wordSet } from './word-set';

export const HEADLINE_LABELS: ReadonlySet<string> = wordSet(
  'exclusive breaking revealed bombshell wow look watch video videos photo photos update updated correction note editor editors email analysis opinion review live interview transcript read related flashback must-see boom busted confirmed developing just in alert',
);
