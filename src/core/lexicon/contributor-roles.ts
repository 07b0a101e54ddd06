// Phrases that credit the people behind a wire story ("Reporting by X; Additional reporting by Y;
// Editing by Z", "With files from The Canadian Press"), with the credit each gives. Lowercased; written
// for this project.
import type { CreditType } from '../types';

const REPORTING =
  'reporting by|additional reporting by|additional reporting from|reporting from|with reporting by|with reporting from|with additional reporting by|writing by|written by|compiled by|with files from|files from|research by|fact-checking by';
const EDITING = 'editing by|edited by|additional editing by|with editing by';

export const CONTRIBUTOR_ROLES: ReadonlyMap<string, CreditType> = new Map([
  ...REPORTING.split('|').map((p) => [p, 'reporter'] as const),
  ...EDITING.split('|').map((p) => [p, 'editor'] as const),
]);
