// Checks on a phrase the speaker scan found: whether it opens its clause, and its words.
import { CLAUSE_OPENERS, NON_DESCRIPTOR_WORDS } from '../lexicon/subject-words';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import type { Token } from '../text/tokenize';
import { tokenAt } from '../text/token-window';
import type { Phrase } from './speaker-phrase';
import { pluralPossessiveMark } from './name-words';
import { isAgentNoun } from '../text/agent-noun';

/** Most words of a description before a name ("Mississauga accountant Ana Ruiz, 50, says"). */
const MAX_DESCRIPTOR = 4;

/** A subject starts its clause: at the sentence start or after a comma, conjunction or opening mark,
 * with a name's lowercase description ("school teacher Ana Ruiz") before it. */
export function opensClause(tokens: readonly Token[], p: Phrase, floor: number): boolean {
  let first = p.first;
  let dots = 0;
  while (p.kind === 'proper' && first - 1 >= floor && p.first - first - dots < MAX_DESCRIPTOR) {
    const t = tokenAt(tokens, first - 1);
    // ("The Raptors' Scottie Barnes": a plural possessive owns the name)
    if (pluralPossessiveMark(tokens, first - 1)) {
      first -= 2;
      continue;
    }
    // ("Former world No. 1 Andy Murray": a rank's abbreviation)
    if (t.text === '.' && tokens[first - 2]?.lower === 'no' && /^\d/.test(tokenAt(tokens, first).text)) {
      first--;
      dots++;
      continue;
    }
    // (a participle or adverb ends it, but for one modifying a role noun: "Thai racing driver Alex Albon",
    // "retired schoolteacher Harold Brandt")
    // ("retired High Court judge Eileen Moriarty": or the description's first word, before its role noun)
    const noun = tokenAt(tokens, first);
    const roleNoun = (w: Token): boolean =>
      !w.cap && (PERSON_ROLE_NOUNS.has(w.lower) || isAgentNoun(w.lower));
    const modifier =
      /(ed|ing)$/.test(t.lower) &&
      (roleNoun(noun) || (!tokens[first - 2]?.word && tokens.slice(first, p.last + 1).some(roleNoun)));
    if (!t.word || NON_DESCRIPTOR_WORDS.has(t.lower) || (!t.cap && /(ly|ed|ing)$/.test(t.lower) && !modifier))
      break;
    first--;
  }
  const before = tokens[first - 1];
  // ("the subcommittee that oversees DHS": after a relative "that", a lowercase word is its verb)
  const relative =
    before?.lower === 'that' && first < p.first && tokens[first - 2]?.word && !tokens[first - 2]?.cap;
  return first <= floor || !before || (CLAUSE_OPENERS.has(before.lower) && !relative);
}

/** The phrase's words as written, one space apart. */
export const phraseText = (tokens: readonly Token[], p: Phrase): string =>
  tokens
    .slice(p.first, p.last + 1)
    .map((t) => t.text)
    .join(' ');
