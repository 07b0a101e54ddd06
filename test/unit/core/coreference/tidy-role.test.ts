// Table tests for tidyRole: the role an entity keeps, as the card shows it.
import { describe, expect, it } from 'vitest';
import { tidyRole } from '../../../../src/core/coreference/tidy-role';

describe('tidyRole', () => {
  it.each([
    // the honorific closing a role
    ['Judge Mr', 'Judge'],
    ['lead author Dr.', 'lead author'],
    // the other person's part of a pair
    ['Florida Gov. Ron DeSantis and former U.N. Ambassador', 'former U.N. Ambassador'],
    ['Sen. Ana Ruiz and Rep.', 'Rep.'],
    // the other person's given name alone ("Dale and Martha Fry")
    ['Dale and', null],
    // … not "and" inside a name
    ['National Search and Rescue Agency chief', 'National Search and Rescue Agency chief'],
    ['Secretary of Health and Human Services', 'Secretary of Health and Human Services'],
    // an owner's possessive alone
    ['Pimco’s', 'Pimco'],
    ["NBC's", 'NBC'],
    ["Scottish Labour's", 'Scottish Labour'],
    ['American Action Forum’s', 'American Action Forum'],
    // (an office's remit after "for" keeps its "and")
    ['Minister for Foreign Affairs and Trade', 'Minister for Foreign Affairs and Trade'],
    ['the city’s chief engineer', 'the city’s chief engineer'],
    [null, null],
  ])('%s → %s', (role, shown) => {
    expect(tidyRole(role)).toBe(shown);
  });
});
