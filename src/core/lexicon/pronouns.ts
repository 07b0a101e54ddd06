// Pronouns that can be a speaker subject, with what they refer to.
import { wordSet } from './word-set';

export const SPEAKER_PRONOUNS: Readonly<Record<string, 'm' | 'f' | 'plural' | 'thing'>> = {
  he: 'm',
  she: 'f',
  they: 'plural',
  it: 'thing',
};

/** Capitalised words that start sentences but are not names (stop a name scan). */
export const NON_NAME_CAPS: ReadonlySet<string> = wordSet(
  'the a an in on at as but and or so yet if when while after before since because although though this that these those there here it he she they we i you his her their our my your its what who why how where which for from with by to of during meanwhile still also then now later earlier instead however yes no not all some many most both each every one last next monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december today yesterday asked speaking according despite under over about like unlike such even only just indeed again already perhaps maybe first second finally therefore besides thus hence otherwise nonetheless nevertheless furthermore additionally ultimately overall amid amidst among amongst throughout across against',
);
