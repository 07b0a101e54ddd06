// What an author bio says its subject is ("Jane Doe is a reporter for …", "… is the paper's Ottawa
// bureau chief"). Lowercased; written for this project.
import { wordSet } from './word-set';

export const JOURNALIST_ROLES: ReadonlySet<string> = wordSet(
  'reporter reporters correspondent correspondents writer writers editor editors columnist columnists contributor contributors journalist journalists producer producers photographer photographers photojournalist anchor host critic chief freelancer blogger',
);
