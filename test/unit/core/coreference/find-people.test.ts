// findPeople on its own: which capitalised runs are people, given the single words the article uses alone
// as a surname elsewhere.
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../../src/core/coreference/find-people';
import { findQuotes } from '../../../../src/core/quotes/find-quotes';
import { splitSentences } from '../../../../src/core/sentences/split-sentences';
import { splitParagraphs } from '../../../../src/core/text/paragraphs';
import { NearbyWords } from '../../../../src/core/text/nearby-words';
import { analyze } from '../../../../src/core';

const peopleIn = (text: string, surname: string): string[] => {
  const paragraphs = splitParagraphs(text);
  const surnames = new NearbyWords();
  surnames.add(surname, 0);
  return findPeople(splitSentences(text, paragraphs, findQuotes(text, paragraphs)), surnames).map(
    (p) => p.name,
  );
};

describe('findPeople: a pair ending in a surname the article uses alone', () => {
  it.each([
    ['an unlisted first name', 'Tauno Virkkunen scored twice.', 'virkkunen', ['Tauno Virkkunen']],
    ['not a function word with a contracted "is"', 'Here’s Clinton in 1992.', 'clinton', []],
  ])('%s', (_what, text, surname, people) => {
    expect(peopleIn(text, surname)).toEqual(people);
  });
});

describe('findPeople: a given name alone opening its sentence before a verb', () => {
  it.each([
    // (also set off after the description opening the sentence: "Her husband, Luis, thought …")
    ['is that person', 'Her husband, Luis, thought she was crazy. Luis nodded.', ['Luis', 'Luis']],
    ['is not a given name before no verb', 'Will the plan work? Grace under pressure is rare.', []],
    [
      'is not a given name that is a surname here',
      'Hillary Clinton spoke. Clinton has since apologized.',
      ['Hillary Clinton'],
    ],
  ])('%s', (_what, text, people) => {
    expect(peopleIn(text, '')).toEqual(people);
  });
});

describe('analyze: a pronoun after a given name opening the sentence before it', () => {
  it('is that person, not someone named earlier', () => {
    const text =
      'Her husband, Luis, thought she was crazy. Her accountant, Tom Reyes, told her to move.\n\nLuis nodded. “She is stubborn,” he said.';
    expect(analyze(text).statements.at(-1)?.speaker?.name).toBe('Luis');
  });
});
