// Phrases that credit the people behind a wire story ("Reporting by X; Additional reporting by Y;
// Editing by Z", "With files from The Canadian Press"), with the credit each gives. Lowercased; written
// for this project.
import type { CreditType } from '../types';
import { mapOf } from './word-list';

const REPORTING = `
  additional reporting by
  additional reporting from
  compiled by
  fact-checking by
  files from
  reporting by
  reporting from
  research by
  with additional reporting by
  with files from
  with reporting by
  with reporting from
  writing by
  written by
`;
const EDITING = `
  additional editing by
  edited by
  editing by
  with editing by
`;

export const CONTRIBUTOR_ROLES: ReadonlyMap<string, CreditType> = mapOf({
  reporter: REPORTING,
  editor: EDITING,
});
