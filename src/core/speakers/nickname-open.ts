// A nickname in quotation marks inside a name ("Earvin “Magic” Johnson"), read from either mark. Split from
// name-words.ts.
import type { Token } from '../text/tokenize';
import { isNameWord } from './name-words';

/** Most words of a nickname in quotes inside a name ("Dwayne “The Rock” Johnson"). */
const MAX_NICKNAME = 3;

/**
 * "Riefian “Ifan” Fajarsyah", "Earvin “Magic” Johnson", 'Isaiah "Tank" Washington': from the quote mark at
 * `mark` (closing when reading back, dir -1; opening when reading on, dir 1), the index of the other mark
 * when a short capitalised nickname sits between them and a name word lies beyond it; else -1.
 */
export function nicknameOpen(tokens: readonly Token[], mark: number, dir: 1 | -1): number {
  // (a straight mark stands on both sides)
  const here = tokens[mark]?.text ?? '';
  const there = here === '"' ? '"' : dir === -1 ? '“' : '”';
  if (here !== (dir === -1 ? '”' : '“') && here !== '"') return -1;
  let k = mark + dir;
  while (Math.abs(k - mark) <= MAX_NICKNAME && tokens[k]?.word && tokens[k]?.cap) k += dir;
  const beyond = tokens[k + dir];
  return k !== mark + dir && tokens[k]?.text === there && beyond !== undefined && isNameWord(beyond) ? k : -1;
}
