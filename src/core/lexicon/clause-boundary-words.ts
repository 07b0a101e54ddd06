// Conjunctions, relatives and subject openers that tell where what was said ends or a new clause
// begins (src/core/statements/: content-end, that-clauses, subordinate-end, according-to, after-cue).
import { ARTICLES, DEMONSTRATIVES, SUBJECT_PRONOUNS } from './function-words';
import { setOf } from './word-list';

/** "and", "but" before a second finite verb. */
export const AND_BUT: ReadonlySet<string> = setOf(`
  and
  but
`);

/** "and", "or" joining two that-clauses. */
export const AND_OR: ReadonlySet<string> = setOf(`
  and
  or
`);

/** Coordinators that make what follows a cue a new clause, not what was said. */
export const CLAUSE_COORDINATORS: ReadonlySet<string> = setOf(
  AND_BUT,
  `
    nor
    or
  `,
);

/** "…, while X says …": a contrast that turns to a second source. */
export const CONTRAST_CONJUNCTIONS: ReadonlySet<string> = setOf(`
  but
  whereas
  while
`);

/** Coordinators that may open a clause before a cue ("and as X noted"). */
export const COORDINATORS: ReadonlySet<string> = setOf(
  AND_BUT,
  `
    so
    yet
  `,
);

/** "who" and "which" opening a relative clause. */
export const RELATIVE_WHO: ReadonlySet<string> = setOf(`
  which
  who
`);

/** Words that open a relative clause after a comma ("Ana Ruiz, whose company …,"). */
export const RELATIVE_OPENERS: ReadonlySet<string> = setOf(`
  which
  who
  whom
  whose
`);

/** Linkers that may open a sentence before "according to" ("But according to …"). */
export const SENTENCE_LINKERS: ReadonlySet<string> = setOf(
  COORDINATORS,
  `
  still
`,
);

/** Words that open a main clause's subject after a subordinate one. */
export const MAIN_SUBJECT_WORDS: ReadonlySet<string> = setOf(
  ARTICLES,
  DEMONSTRATIVES,
  SUBJECT_PRONOUNS,
  `
    her
    his
    it
    its
    that
    their
    there
    you
  `,
);

/** Words that open a new clause after ", and" ("…, and the council …"), besides names and numbers. */
export const NEW_CLAUSE_WORDS: ReadonlySet<string> = setOf(
  ARTICLES,
  SUBJECT_PRONOUNS,
  `
    about
    all
    both
    few
    half
    her
    his
    it
    its
    majorities
    majority
    many
    more
    most
    nearly
    only
    some
    that
    their
    there
    this
  `,
);

/** Tokens that join a further that-clause to the first ("…, and that …"). */
export const THAT_CLAUSE_JOINS: ReadonlySet<string> = setOf(`
  ,
  ;
  and
  but
  or
`);

/** Tokens that open a clause's subject after "that": a pronoun or a determiner (names and numbers aside). */
export const CLAUSE_SUBJECT_WORDS: ReadonlySet<string> = setOf(
  ARTICLES,
  DEMONSTRATIVES,
  SUBJECT_PRONOUNS,
  `
    her
    his
    it
    its
    many
    most
    no
    our
    some
    their
    there
    you
  `,
);

/** Pronouns whose contraction opens a that-clause's subject ("that they’re …"). */
export const CLAUSE_SUBJECT_PRONOUNS: ReadonlySet<string> = setOf(
  SUBJECT_PRONOUNS,
  `
    it
    there
    you
  `,
);

/** Pronouns whose contracted auxiliary ("she’s", "they’re") makes a finite verb, unlike "the party’s". */
export const CONTRACTING_PRONOUNS: ReadonlySet<string> = setOf(
  SUBJECT_PRONOUNS,
  `
    it
    that
    there
    what
    who
    you
  `,
);

/** "a", "an". */
export const INDEFINITE_ARTICLES: ReadonlySet<string> = setOf(`
  a
  an
`);
