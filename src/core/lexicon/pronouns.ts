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
    anybody
    anyone
    are
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
    in
    indeed
    instead
    is
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
    nobody
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
    yes
    yesterday
    yet
    you
  `,
);
