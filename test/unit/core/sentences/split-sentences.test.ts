// Table tests for splitSentences: where a sentence ends (abbreviations, quotes, line breaks).
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes/find-quotes';
import { splitSentences } from '../../../../src/core/sentences/split-sentences';
import { splitParagraphs } from '../../../../src/core/text/paragraphs';

const sentencesOf = (text: string): string[] => {
  const paras = splitParagraphs(text);
  return splitSentences(text, paras, findQuotes(text, paras)).map((s) => text.slice(s.start, s.end));
};

describe('splitSentences', () => {
  it.each([
    ['Mr. Smith went to Washington. He left.', 2],
    ['Gov. Jane Doe spoke on Jan. 12 in the U.S. Senate.', 1],
    ['Aid flows to the U.S. The plan failed.', 2],
    ['“We will. We must,” she said. Then she left.', 2],
    ['John F. Kennedy spoke.', 1],
    ['One line\nAnother line', 2],
    // a quote stays with a cue that says nothing else, past the speaker's apposition
    ['“Can he push back?” Ana Ruiz, a strategist for Rabobank, said in a commentary.', 1],
    ['“It works.” Ana Ruiz, the mayor, said.', 1],
    ['“It works.” Ana Ruiz, the mayor, said that the plan was dead.', 2],
    ['“It works.” Ana Ruiz, the mayor, left early.', 2],
    // told whom and where only, or told whom and then what: the quote before is no content of the latter
    ['“Can he push back?” Ana Ruiz told reporters in Ottawa.', 1],
    ['Ana Ruiz said Canada would respond “firmly.” Lee Chan told reporters in Ottawa that all was well.', 2],
    // a quote opening lowercase after a unit's dot goes on with the sentence; one opening a capital does not
    ['Ana Ruiz, who lost 16 lbs. “and two belt loops” this year, says the plan works.', 1],
    ['Ana Ruiz lost 16 lbs. “It works,” she says.', 2],
    // a straight quote opening right after a quote-final stop starts a sentence of its own
    ['Ana Ruiz said that Lee "will not confirm." "I think he is not serious," she wrote.', 2],
    // a quote set inside its sentence ends it with its stop, whatever cue follows
    ['Ana Ruiz called the plan "a major step forward." He warned, however, that risks remain.', 2],
    // a quote closed right after the stop ends the sentence, even after a word that is also an abbreviation
    ['Ana Ruiz says her mother "does not know how to say no." She handles the money.', 2],
    // ("No." goes on only before its number)
    ['Ana Ruiz said no. Lee Chan, the mayor, said yes.', 2],
    ['Ana Ruiz, the world No. 1 player, said yes.', 1],
    // a live blog's time stamp opening a paragraph is a sentence of its own
    ['16.06 AirAsia QZ8501 made a steep climb, according to radar data.', 2],
    ['14:05 The search resumed at dawn.', 2],
    // with its "a.m." or "pm", its time zone, and a colon or a dash after it
    ['8:15 a.m.: At least seven people died, officials said.', 2],
    ['10:15 p.m. ET — Harbourail said it had cancelled all trains.', 2],
    ['9:02am: In Belgium, a child was killed.', 2],
    // a clock time's day goes on with it; a clock time may still end a sentence
    ['Officers were called about 1 p.m. Saturday, police said in a news release.', 1],
    ['The polls closed at 8 p.m. The count began at once.', 2],
  ])('%s → %i sentences', (text, n) => {
    expect(sentencesOf(text)).toHaveLength(n);
  });
});
