// Table tests for classifyPhrase: a speaker phrase's type, name and role.
import { describe, expect, it } from 'vitest';
import { classifyPhrase } from '../../../../src/core/speakers/classify-speaker';

describe('classifyPhrase', () => {
  it.each([
    [
      'NATO Secretary General Jens Stoltenberg',
      'proper',
      'person',
      'Jens Stoltenberg',
      'NATO Secretary General',
    ],
    ['former President Donald Trump', 'proper', 'person', 'Donald Trump', 'former President'],
    ['the White House', 'proper', 'organization', 'White House', null],
    ['the Justice Department', 'proper', 'organization', 'Justice Department', null],
    ['senior administration officials', 'unnamed', 'unnamed', 'senior administration officials', null],
    ['Mr. Obama', 'proper', 'person', 'Obama', null],
    // a regnal or generational numeral closes a person's name; it is no organisation's acronym
    ['Pope Leo XIV', 'proper', 'person', 'Leo XIV', 'Pope'],
    ['King Charles III', 'proper', 'person', 'Charles III', 'King'],
    ['Burnaby RCMP', 'proper', 'organization', 'Burnaby RCMP', null],
    // up to three lowercase words describe an organisation's kind before its name
    ['media buying company GroupM', 'raw', 'organization', 'GroupM', null],
    ['the trade publication Pollstar', 'raw', 'organization', 'Pollstar', null],
    // a web address in any domain is the site's
    ['PowerOutage.us', 'raw', 'organization', 'PowerOutage.us', null],
    // a source after "according to" whose role opens it in lower case is the person named
    ['spokesperson Ruth Okafor', 'raw', 'person', 'Ruth Okafor', 'spokesperson'],
    ['former Sen. Scott Harlow', 'raw', 'person', 'Scott Harlow', 'former Sen.'],
    // after "according to", someone known by the head before a tail of a preposition, "who" or a participle
    ['an attendee', 'raw', 'unnamed', 'an attendee', null],
    ['a source on the call', 'raw', 'unnamed', 'a source on the call', null],
    ['a strategist monitoring the race', 'raw', 'unnamed', 'a strategist monitoring the race', null],
    // a thing's data is no one: unknown beats wrong
    ['early returns', 'raw', 'unknown', 'early returns', null],
    // a place after the role's preposition belongs to the role
    ['ambassador to Mexico Roberta Jacobson', 'proper', 'person', 'Roberta Jacobson', 'ambassador to Mexico'],
    // an age before a name describes the person; alone it is no role
    ['23-year-old Chloe Tan', 'proper', 'person', 'Chloe Tan', null],
    ['23-year-old student Chloe Tan', 'proper', 'person', 'Chloe Tan', '23-year-old student'],
    // after a title, a given name no list knows and a surname are still a person's, with a place after "of"
    ['Rep. Chip Roy of Texas', 'proper', 'person', 'Chip Roy', 'Rep.'],
    // a capitalised Management or Associates ends a firm's name, which is where someone works
    ['Bridgewater Associates', 'proper', 'organization', 'Bridgewater Associates', null],
    [
      'Gene Munster of Deepwater Asset Management',
      'proper',
      'person',
      'Gene Munster',
      'Deepwater Asset Management',
    ],
    // a capitalised Survey ends a body's name; a lowercase one is a poll
    ['the U.S. Geological Survey', 'proper', 'organization', 'U.S. Geological Survey', null],
    ['A Gallup survey', 'unnamed', 'unnamed', 'A Gallup survey', null],
    // a work and whose it is: nobody's name ("according to Reuters calculations")
    ['Reuters calculations', 'proper', 'unnamed', 'Reuters calculations', null],
    // a sentence's opening gerund before a given name is neither name nor role; a title's -ing word is
    ['Having Billy Eichner', 'proper', 'person', 'Billy Eichner', null],
    ['Managing Director Jane Smith', 'proper', 'person', 'Jane Smith', 'Managing Director'],
    // an organisation's head, "on" and its subject; not when an office and a name follow
    ['the Joint Committee on Taxation', 'proper', 'organization', 'Joint Committee on Taxation', null],
    [
      'the Committee to Protect Journalists',
      'proper',
      'organization',
      'Committee to Protect Journalists',
      null,
    ],
    ['the Assembly of First Nations', 'proper', 'organization', 'Assembly of First Nations', null],
    ['the Harbour Panel on Water Safety', 'proper', 'organization', 'Harbour Panel on Water Safety', null],
    // an organisation's head, in the plural too, and "for" carry its name on past an "and"
    [
      'the Centers for Harbour Safety and Prevention',
      'proper',
      'organization',
      'Centers for Harbour Safety and Prevention',
      null,
    ],
    // a title word that is also a given name, after a lowercase role and before a surname, opens the name
    ['Senior forecaster Dean Stewart', 'proper', 'person', 'Dean Stewart', 'Senior forecaster'],
    ['County Supervisor Dean Harlow', 'proper', 'person', 'Dean Harlow', 'County Supervisor'],
    // but a title before the word is part of its office
    ['Associate Dean Harlow', 'proper', 'person', 'Harlow', 'Associate Dean'],
    // a club's head after capitalised words that are no given names
    ['Harbourton United', 'proper', 'organization', 'Harbourton United', null],
    ['Harbour Actors Guild', 'proper', 'organization', 'Harbour Actors Guild', null],
    // a company's trade or an organisation's head last ("Resources", "Generation") or inside its name
    ['Northwind Resources', 'proper', 'organization', 'Northwind Resources', null],
    ['Harbour Power Generation', 'proper', 'organization', 'Harbour Power Generation', null],
    ['Kesteven Electric Power', 'proper', 'organization', 'Kesteven Electric Power', null],
    ['Kesteven Gas', 'proper', 'organization', 'Kesteven Gas', null],
    ['Harbour Air Lines', 'proper', 'organization', 'Harbour Air Lines', null],
    ['the Harbourian military', 'unnamed', 'organization', 'Harbourian military', null],
    // a party's name ending in its members, though a given name opens it
    ['the opposition Christian Democrats', 'proper', 'organization', 'Christian Democrats', null],
    ['The Liberal Democrats', 'proper', 'organization', 'Liberal Democrats', null],
    // a place of two words or more (or part of one) opening a name with no given name, title or role
    ['Southern Harbourshire Edison', 'proper', 'person', 'Southern Harbourshire Edison', null],
    ['Southern California Kelvaro', 'proper', 'organization', 'Southern California Kelvaro', null],
    ['New York Kelvaro', 'proper', 'organization', 'New York Kelvaro', null],
    ['Los Angeles Mayor Ana Ruiz', 'proper', 'person', 'Ana Ruiz', 'Los Angeles Mayor'],
    ['New York Democrats', 'proper', 'unnamed', 'New York Democrats', null],
    // an organisation's own name after a description of it, even one opening on a given name
    ['mortgage buyer Freddie Mac', 'proper', 'organization', 'Freddie Mac', null],
    // no one's name closes on a common noun, whatever owns it
    ["Harbour Group's RateWatch tool", 'proper', 'unknown', "Harbour Group's RateWatch tool", null],
    ['Ana Ruiz’s memoir', 'proper', 'unknown', 'Ana Ruiz’s memoir', null],
    ['assistant pastor Charles Elliott III', 'proper', 'person', 'Charles Elliott III', 'assistant pastor'],
    // but not people of a persuasion opening a sentence, or in lowercase
    ['Social conservatives', 'proper', 'unnamed', 'Social conservatives', null],
    ['liberal Democrats', 'proper', 'unnamed', 'liberal Democrats', null],
    // but a person's name, or a role before it, is read as ever
    ['Samantha Power', 'proper', 'person', 'Samantha Power', null],
    ['District Judge Carl Reeves', 'proper', 'person', 'Carl Reeves', 'District Judge'],
    // a venue is an organisation even after a given name; a newspaper by its hyphenated name alone
    ['Madison Square Garden', 'proper', 'organization', 'Madison Square Garden', null],
    ['Sun-Times', 'proper', 'organization', 'Sun-Times', null],
    [
      'Council on Harbour Relations Executive Director Tom Baker',
      'proper',
      'person',
      'Tom Baker',
      'Council on Harbour Relations Executive Director',
    ],
    // a nation's people or an office's holders in the plural are unnamed; a party's plural is the party;
    // a surname in -s is a person
    // a rank's number after "No." is the role's
    ['Former world No. 1 Ana Ruiz', 'proper', 'person', 'Ana Ruiz', 'Former world No. 1'],
    // people of a place, or a group by their work, are unnamed
    ['Residents of Port Harbour', 'proper', 'unnamed', 'Residents of Port Harbour', null],
    ['Residents of Springfield', 'proper', 'unnamed', 'Residents of Springfield', null],
    ['Laborers', 'proper', 'unnamed', 'Laborers', null],
    // a title and a full name close it: a person, whatever organisation the title names
    [
      'Court of Harbour Bench Justice Anne Kirker',
      'proper',
      'person',
      'Anne Kirker',
      'Court of Harbour Bench Justice',
    ],
    // a member's title in capitals before a name with no known given name
    ['Labour TD Aodhán Ó Harbour', 'proper', 'person', 'Aodhán Ó Harbour', 'Labour TD'],
    ['the Saudis', 'proper', 'unnamed', 'the Saudis', null],
    ['Syrians', 'proper', 'unnamed', 'Syrians', null],
    ['MPs', 'proper', 'unnamed', 'MPs', null],
    ['Evans', 'proper', 'person', 'Evans', null],
    // where someone works is their role when nothing else is; past an honorific
    ['Dan Ives of Wedbush Securities', 'proper', 'person', 'Dan Ives', 'Wedbush Securities'],
    ['Mr. Morgan of the Sierra Club', 'proper', 'person', 'Morgan', 'Sierra Club'],
    // a role after "ex-" is someone unnamed, no name
    ['Ex-employee', 'proper', 'unnamed', 'Ex-employee', null],
    // capitalised words closing on a known organisation's name of two words, even after a given name
    ['the Philippine Red Cross', 'proper', 'organization', 'Philippine Red Cross', null],
    ['Senator Ana Ruiz of Kentucky', 'proper', 'person', 'Ana Ruiz', 'Senator'],
    // a common plural noun that is also a magazine's name ("People also criticised …")
    ['People', 'proper', 'unnamed', 'People', null],
    ['Fortune', 'proper', 'organization', 'Fortune', null],
    ['Teamsters Local 120', 'proper', 'organization', 'Teamsters Local 120', null],
    ['Pricewatch.com', 'proper', 'organization', 'Pricewatch.com', null],
    // an acronym before a full name is the person's role ("Jets QB")
    ['Harbour Town FC QB Tom Baker', 'proper', 'person', 'Tom Baker', 'Harbour Town FC QB'],
    // a station's call sign with its band after the hyphen
    ['KXYZ-TV', 'proper', 'organization', 'KXYZ-TV', null],
    // someone who speaks for a person is not that person
    ['Lawyers for Ana Ruiz', 'proper', 'unnamed', 'Lawyers for Ana Ruiz', null],
    ['a spokesman for Tom Baker', 'proper', 'unnamed', 'a spokesman for Tom Baker', null],
    // people known by whom they stand with are not that person
    ['Allies of Tom Baker', 'proper', 'unnamed', 'Allies of Tom Baker', null],
    // people known by the organisation they work at, even when a given name opens its name
    ['Analysts at Morgan Stanley', 'proper', 'unnamed', 'Analysts at Morgan Stanley', null],
    ['Researchers at Stanford University', 'proper', 'unnamed', 'Researchers at Stanford University', null],
    ['Economists at the Bank of Montreal', 'proper', 'unnamed', 'Economists at the Bank of Montreal', null],
    // a publisher's trade ends its name
    ['Ashdown Books', 'proper', 'organization', 'Ashdown Books', null],
    // a role word going on with a title past one modifier, before a full name
    ['Chief Public Defender Rosa Kim', 'proper', 'person', 'Rosa Kim', 'Chief Public Defender'],
    ['Friends of Mr. Baker', 'proper', 'unnamed', 'Friends of Mr. Baker', null],
    // a relation's plural opening a name before "of the" and a capital is the organisation's
    ['Friends of the Irish Environment', 'proper', 'organization', 'Friends of the Irish Environment', null],
    ['Friends of the mayor', 'proper', 'unnamed', 'Friends of the mayor', null],
    ['Cousins of Tom Baker', 'proper', 'unnamed', 'Cousins of Tom Baker', null],
    ['Democrats supporting Mrs. Ruiz', 'proper', 'unnamed', 'Democrats supporting Mrs. Ruiz', null],
    // a palace, a police headquarters or a parliament known by its building speaks as an organisation
    ['Kensington Palace', 'proper', 'organization', 'Kensington Palace', null],
    ['Scotland Yard', 'proper', 'organization', 'Scotland Yard', null],
    ['the Springfield Inquirer', 'proper', 'organization', 'Springfield Inquirer', null],
    ['Laurence des Cars', 'proper', 'person', 'Laurence des Cars', null],
    // a councillor's abbreviated title, Canadian and British
    ['Coun. Brad Bradley', 'proper', 'person', 'Brad Bradley', 'Coun.'],
    ['Cllr Ana Ruiz', 'proper', 'person', 'Ana Ruiz', 'Cllr'],
    // initials stand for a first name; an agency's are its name
    ['P.K. Lund', 'proper', 'person', 'P.K. Lund', null],
    ['Senator J.D. Hale of Ohio', 'proper', 'person', 'J.D. Hale', 'Senator'],
    ['U.N. Secretary General Ana Ruiz', 'proper', 'person', 'Ana Ruiz', 'U.N. Secretary General'],
    // a brand's capitals inside one word, an acronym closing it too
    ['OpenAI', 'proper', 'organization', 'OpenAI', null],
    // a school division or district is an organisation
    ['Harbour School Division', 'proper', 'organization', 'Harbour School Division', null],
    ['the Harbour School District', 'proper', 'organization', 'Harbour School District', null],
    // two people joined by "and" are nobody's role and name
    [
      'the 5th District’s Tom Baker and the 8th District’s Ana Ruiz',
      'proper',
      'unknown',
      'the 5th District’s Tom Baker and the 8th District’s Ana Ruiz',
      null,
    ],
    // a place after "in" is where the source is, not the source
    ['the polling average in New Hampshire', 'raw', 'unknown', 'the polling average in New Hampshire', null],
    // a head that names an organisation only as the capitalised end of a proper name
    ['the Harbour County School System', 'proper', 'organization', 'Harbour County School System', null],
    ['the sound system', 'raw', 'unknown', 'the sound system', null],
    // an agent's participle ends the head: documents someone obtained are no organisation
    [
      'court documents obtained by the Harbour News',
      'raw',
      'unnamed',
      'court documents obtained by the Harbour News',
      null,
    ],
    // a capital inside one word: a brand, unless a surname's prefix comes before it
    ['Northlink', 'proper', 'person', 'Northlink', null],
    ['NorthLink', 'proper', 'organization', 'NorthLink', null],
    ['MacNab', 'proper', 'person', 'MacNab', null],
    // "according to …" phrases: a source known by the head before its tail is unnamed
    ['people familiar with their thinking', 'raw', 'unnamed', 'people familiar with their thinking', null],
    ['a person close to the process', 'raw', 'unnamed', 'a person close to the process', null],
    // an organisation's head after the words of anonymity is the tail's, not the speaker's
    ['A person close to the campaign', 'unnamed', 'unnamed', 'A person close to the campaign', null],
    ['people close to the team', 'raw', 'unnamed', 'people close to the team', null],
    ['public records', 'raw', 'unnamed', 'public records', null],
    // someone named by how they relate to someone else ("according to his aunt")
    ['his aunt', 'raw', 'unnamed', 'his aunt', null],
    // an organisation's acronym that is a function word in lower case, but no shouted pronoun
    ['WHO', 'raw', 'organization', 'WHO', null],
    ['HE', 'proper', 'unknown', 'HE', null],
    // a party called by its members in the plural after "the" is the party; without "the", some members
    ['the Tories', 'proper', 'organization', 'Tories', null],
    ['Republicans', 'proper', 'unnamed', 'Republicans', null],
    // a person's role in an organisation is someone there, not the organisation; an office stays an office
    [
      'the Malaysian founder of the AirAsia group',
      'unnamed',
      'unnamed',
      'the Malaysian founder of the AirAsia group',
      null,
    ],
    ['the chief executive of the company', 'unnamed', 'unnamed', 'the chief executive of the company', null],
    ['Bank of Canada', 'proper', 'organization', 'Bank of Canada', null],
    ['Two members of Musk’s team', 'unnamed', 'unnamed', 'Two members of Musk’s team', null],
    ['Minister of Finance', 'proper', 'unknown', 'Minister of Finance', null],
    // a capitalised plural that names a group of people is an unnamed source, a surname in -s a person
    ['Rescuers', 'proper', 'unnamed', 'Rescuers', null],
    ['Firefighters', 'proper', 'unnamed', 'Firefighters', null],
    ['Sanders', 'proper', 'person', 'Sanders', null],
    // "the" before a name without a given name or a title is a thing's name, not a person's
    ['the Globe', 'raw', 'organization', 'Globe', null],
    ['the Las Vegas Sun', 'raw', 'organization', 'Las Vegas Sun', null],
    ['the Pope', 'proper', 'person', 'Pope', null],
    ['the Clintons', 'proper', 'person', 'Clintons', null],
    // a common noun after a name heads a document, not a person called "records": a source, unnamed
    ['F.A.A. records', 'raw', 'unnamed', 'F.A.A. records', null],
    ['local news reports', 'raw', 'unnamed', 'local news reports', null],
    // an organisation written in capitals; a headline's words in capitals are no person
    [
      'INDONESIA SEARCH AND RESCUE AGENCY',
      'proper',
      'organization',
      'Indonesia Search and Rescue Agency',
      null,
    ],
    ['RELATED', 'proper', 'unknown', 'RELATED', null],
    [
      'the Real Clear Politics polling average',
      'raw',
      'unknown',
      'the Real Clear Politics polling average',
      null,
    ],
    // a work and the journal it came out in is the work
    [
      'a large study published Wednesday in The BMJ',
      'raw',
      'unnamed',
      'a large study published Wednesday in The BMJ',
      null,
    ],
    // a source noun capitalised after a given name is a surname; not in a thing's name after "the"
    [
      'Chief Financial Officer Matthew Friend',
      'proper',
      'person',
      'Matthew Friend',
      'Chief Financial Officer',
    ],
    ['the Philippine Star', 'raw', 'unnamed', 'the Philippine Star', null],
    // a hyphenated title word; a hyphenated given name is no title
    ['County Judge-Executive Dan Mosley', 'proper', 'person', 'Dan Mosley', 'County Judge-Executive'],
    ['Mayor-elect Ana Ruiz', 'proper', 'person', 'Ana Ruiz', 'Mayor-elect'],
    ['Jean-Pierre Raffarin', 'proper', 'person', 'Jean-Pierre Raffarin', null],
    // a company described by its trade, capitalised or not; a role word after the trade is a person's
    ['Utility company Duke Energy', 'proper', 'organization', 'Duke Energy', null],
    ['Budget airline Ryanair', 'proper', 'organization', 'Ryanair', null],
    ['Chipmaker Acmetron', 'proper', 'organization', 'Acmetron', null],
    ['Insurer Allstate', 'proper', 'organization', 'Allstate', null],
    ['Retailer Hollister Brands', 'proper', 'organization', 'Hollister Brands', null],
    ['airline spokesman Tim Kelly', 'proper', 'person', 'Tim Kelly', 'airline spokesman'],
  ] as const)('%s', (phrase, kind, type, name, role) => {
    expect(classifyPhrase(phrase, kind)).toEqual({ type, name, role });
  });
});
