// "23-year-old": an age written as one word, which describes a person but is no role of theirs.

export const isAge = (word: string): boolean => /^\d{1,3}-year-old$/.test(word);
