// An inverted cue after a comma whose name closes the clause: "…, recipes, mindfulness training and goal
// setting, says Kim." The name after the cue is the speaker, not the common noun the list ends in.
import type { CueMatch } from '../cues/find-cues';
import { phraseAfter } from '../speakers/phrase-after';
import type { Phrase } from '../speakers/speaker-phrase';
import type { Token } from '../text/tokenize';

/** "…, recipes, mindfulness training and goal setting, says Kim.": after a comma a name closing the clause
 * right after the cue is its speaker, not a common noun the list before the comma ends in. */
export function namedAfterComma(toks: readonly Token[], c: CueMatch, p: Phrase): boolean {
  // ("…, an intelligence source, who was not authorized to speak, told Fox News": "told" has its object)
  if (p.kind !== 'unnamed') return false;
  if (toks[c.index - 1]?.text !== ',' || c.form === 'ing' || c.lemma === 'tell') return false;
  const a = phraseAfter(toks, c.last + 1, toks.length - 1);
  const next = toks[(a?.last ?? 0) + 1];
  // ("…, said three Americans, including a girl, were expected …": a count opens no name)
  return a?.kind === 'proper' && toks[a.first]?.cap === true && (!next || /^[.,;!?]$/.test(next.text));
}
