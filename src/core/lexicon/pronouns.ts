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
    according
    across
    additionally
    after
    again
    against
    all
    already
    also
    although
    amid
    amidst
    among
    amongst
    and
    as
    asked
    at
    because
    before
    besides
    both
    but
    by
    despite
    during
    each
    earlier
    even
    every
    finally
    first
    for
    from
    furthermore
    hence
    here
    how
    however
    if
    in
    indeed
    instead
    it
    just
    last
    later
    like
    many
    maybe
    meanwhile
    most
    nevertheless
    next
    no
    nonetheless
    not
    now
    of
    on
    one
    only
    or
    otherwise
    over
    overall
    perhaps
    second
    since
    so
    some
    speaking
    still
    such
    that
    then
    there
    therefore
    though
    throughout
    thus
    to
    today
    ultimately
    under
    unlike
    what
    when
    where
    which
    while
    who
    why
    with
    yes
    yesterday
    yet
    you
  `,
);
