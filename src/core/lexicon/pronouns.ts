// Pronouns that can be a speaker subject, with what they refer to.
import { ARTICLES, DEMONSTRATIVES, POSSESSIVE_DETERMINERS, SUBJECT_PRONOUNS } from './function-words';
import { MONTHS, WEEKDAYS } from './calendar';
import { setOf } from './word-list';

export const SPEAKER_PRONOUNS: Readonly<Record<string, 'm' | 'f' | 'plural' | 'thing'>> = {
  he: 'm',
  it: 'thing',
  she: 'f',
  they: 'plural',
};

/** Possessive and object pronouns, by the subject pronoun they name a speaker as ("his remarks", "quoted
 * him as saying"). */
export const PRONOUN_CASES: Readonly<Record<string, string>> = {
  her: 'she',
  him: 'he',
  his: 'he',
  its: 'it',
  their: 'they',
  them: 'they',
};

/** Pronouns for someone acted on ("pressed her on", "told him"). */
export const OBJECT_PRONOUNS: ReadonlySet<string> = setOf(`
  her
  him
  them
`);

/** Capitalised words that start sentences but are not names (stop a name scan). */
export const NON_NAME_CAPS: ReadonlySet<string> = setOf(
  ARTICLES,
  DEMONSTRATIVES,
  POSSESSIVE_DETERMINERS,
  SUBJECT_PRONOUNS,
  WEEKDAYS,
  MONTHS,
  `
    about
    absent
    according
    across
    additionally
    after
    again
    against
    all
    along
    already
    also
    although
    amid
    amidst
    among
    amongst
    and
    anybody
    anyone
    are
    around
    as
    asked
    at
    because
    before
    behind
    besides
    beyond
    both
    but
    by
    clearly
    currently
    despite
    did
    does
    during
    each
    earlier
    even
    every
    everybody
    everyone
    finally
    first
    for
    fortunately
    from
    furthermore
    had
    has
    have
    hence
    here
    how
    however
    if
    importantly
    in
    indeed
    inside
    instead
    interestingly
    ironically
    is
    it
    just
    last
    later
    like
    likewise
    many
    maybe
    meanwhile
    moreover
    most
    near
    nevertheless
    next
    no
    nobody
    nonetheless
    not
    notably
    now
    obviously
    of
    on
    one
    only
    or
    otherwise
    outside
    over
    overall
    perhaps
    previously
    recently
    second
    separately
    similarly
    since
    so
    some
    speaking
    specifically
    still
    such
    surprisingly
    that
    then
    there
    therefore
    though
    through
    throughout
    thus
    to
    today
    toward
    towards
    ultimately
    under
    unfortunately
    unlike
    upon
    was
    were
    what
    when
    where
    which
    while
    who
    why
    with
    within
    yes
    yesterday
    yet
    you
  `,
);
