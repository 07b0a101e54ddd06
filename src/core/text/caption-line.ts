// Photo captions and credit lines: "Jane Roe speaks in Ottawa on Monday. (Ann Poe/The Canadian Press)",
// "… on Monday. Ann Poe/Reuters", "Ann Poe / Getty Images A man walks …", "Photo: …" and the captions a
// gallery widget opens ("Open this photo in gallery …"). A caption describes a picture; even when it
// repeats what someone said, it is not where they said it.
import { CAPTION_OPENINGS } from '../lexicon/caption-openings';
import { alternation } from './alternation';

const CAP = String.raw`\p{Lu}[\p{L}.’'-]*`;
/** "(Ann Poe/CBC)", "( Ann Poe / Contributed )", "(AP Photo/Ann Poe)", "(Photo: City of Springfield)":
 * before the slash a name of two or more words, so "(CNN/ORC)" or "(and/or)" is not a credit. */
const CREDIT_IN_PARENS = new RegExp(
  String.raw`\(\s*(?:(?:Photo|Photograph|Image|Picture|Credit)s?\b[^()]{0,80}|${CAP}(?:\s+${CAP})+\s*\/[^()]{1,80})\)\.?\s*$`,
  'u',
);
/** "… on Monday. Ann Poe/The Canadian Press.": a sentence that is only a name, a slash and an outlet. */
const CREDIT_AT_END = new RegExp(
  String.raw`(?:^|[.!?]\s+)${CAP}(?:\s+${CAP}){1,3}\s*\/\s*(?:[Tt]he\s+)?${CAP}(?:\s+${CAP}){0,4}\.?\s*$`,
  'u',
);
/** "Ann Poe / Getty Images A man walks …": a credit before the caption, spaced slash. */
const CREDIT_AT_START = new RegExp(String.raw`^${CAP}(?:\s+${CAP}){1,3}\s+\/\s+\p{Lu}`, 'u');
/** AP's file-photo captions: "FILE - In this 2016 photo, …". */
const FILE_PHOTO = /^FILE\s*[-–—:]\s/;

const OPENING = new RegExp(`^(?:${alternation(CAPTION_OPENINGS)})(?:[\\s:.,—–-]|$)`, 'i');

/** Ends with ")" or ")." (spaces aside): the shape of a parenthesised credit, tested without a regex. */
function endsWithParenthesis(line: string): boolean {
  const tail = line.trimEnd();
  const last = tail.length - (tail.endsWith('.') ? 2 : 1);
  return tail[last] === ')';
}

export function isCaption(line: string): boolean {
  if (OPENING.test(line) || FILE_PHOTO.test(line)) return true;
  // Every credit has a slash or a closing parenthesis: most lines are out after two cheap tests.
  const slash = line.includes('/');
  if (!slash && !endsWithParenthesis(line)) return false;
  return CREDIT_IN_PARENS.test(line) || (slash && (CREDIT_AT_END.test(line) || CREDIT_AT_START.test(line)));
}
