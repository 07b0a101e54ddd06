// Table tests: a description in apposition to a person's name is shown as their role where no title
// gives one; what only looks like one (a clause, a list of names, a prepositional phrase) is not.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core';

describe('analyze: a description in apposition is the role', () => {
  it.each([
    ['“It is a mess,” said Tom Baker, the city’s chief engineer.', 'Tom Baker', 'the city’s chief engineer'],
    [
      'The city’s chief engineer, Tom Baker, said the bridge was safe.',
      'Tom Baker',
      'the city’s chief engineer',
    ],
    [
      'Ahmed Khan, 34, a shopkeeper in the old town, said sales fell.',
      'Ahmed Khan',
      'shopkeeper in the old town',
    ],
    [
      '“We are ready,” said Ana Ruiz, president of the nurses’ union.',
      'Ana Ruiz',
      'president of the nurses’ union',
    ],
    // an owner's name ending in s takes a bare apostrophe, a token of its own
    [
      'Harris’ mother, RowVaughn Wells, wept as the verdict was read. “Justice for my son,” she said.',
      'RowVaughn Wells',
      'Harris’ mother',
    ],
    ["Ross' lawyer, Tom Baker, said the plea would stand.", 'Tom Baker', "Ross' lawyer"],
    // a dotted abbreviation inside the description; an initial's dot ends the clause before it
    [
      'The U.S. surgeon general, Tom Baker, said labels were needed.',
      'Tom Baker',
      'the U.S. surgeon general',
    ],
    [
      'The first case involved Donald J. Trump’s campaign chairman, Tom Baker, who said it was a smear.',
      'Tom Baker',
      'Trump’s campaign chairman',
    ],
    // past the courtesy titles before the name; they say less than the description
    [
      "Harbour Health's medical director, Professor Sir Tom Baker, warned of delays.",
      'Tom Baker',
      "Harbour Health's medical director",
    ],
    // a title written short says less than the description beside the name; so does an address
    [
      'Cllr Ana Ruiz, the cabinet member for culture and leisure, said the library would close.',
      'Ana Ruiz',
      'the cabinet member for culture and leisure',
    ],
    ['A fleet spokesman, Lt. Cmdr. Tom Baker, said the ship was safe.', 'Tom Baker', 'fleet spokesman'],
    [
      '“We will appeal,” said Comrade Tom Baker, a deputy president of the union.',
      'Tom Baker',
      'deputy president of the union',
    ],
    // a capitalised word of a name is no verb; a hyphened role's head is its last part
    [
      'Tom Baker, the chair of the Alliance of Small Island States, said the deal was weak.',
      'Tom Baker',
      'the chair of the Alliance of Small Island States',
    ],
    [
      '“It is fine,” said Tom Baker, the chamber’s vice-chairman.',
      'Tom Baker',
      'the chamber’s vice-chairman',
    ],
    // a long workplace, up to sixteen words
    [
      'Tran Mai, an economist at the Vietnam Institute for Economic and Policy Research in Hanoi, said exports fell.',
      'Tran Mai',
      'economist at the Vietnam Institute for Economic and Policy Research in Hanoi',
    ],
    // kin, another one of a kind, a head of government
    [
      'Tillman’s younger brother, Tom Tillman, said the family was grieving.',
      'Tom Tillman',
      'Tillman’s younger brother',
    ],
    [
      'Another economist at the institute, Dr. Ana Ruiz, said growth would slow.',
      'Ana Ruiz',
      'economist at the institute',
    ],
    ['The Taoiseach, Tom Baker, described it as a good budget.', 'Tom Baker', 'the Taoiseach'],
    // a word whose agent's ending makes it someone heads a description ("however" does not)
    [
      'Tom Baker, a programmer with the Harbour Film Festival, said the film was bold.',
      'Tom Baker',
      'programmer with the Harbour Film Festival',
    ],
    ['“We are fine,” said Tom Baker, 58, a season-ticket holder.', 'Tom Baker', 'season-ticket holder'],
    ['The harbour master, Tom Baker, said the ship was late.', 'Tom Baker', 'the harbour master'],
    ['Tom Baker, however, said the ship was late.', 'Tom Baker', null],
    // a role or a relation after the cue, before a name that ends the sentence
    ['“It was hard,” said the chief executive, Tom Baker.', 'Tom Baker', 'the chief executive'],
    ['“It was hard,” said her grandmother, Ana Ruiz.', 'Ana Ruiz', 'her grandmother'],
    // a description before a name and its workplace says what, the workplace only where
    ['Another analyst, Tom Baker of Harbour Securities, said the phone was late.', 'Tom Baker', 'analyst'],
    // so do a sheikh's and a chief's address
    [
      'Qatar’s prime minister, Sheikh Tom Baker, said talks would go on.',
      'Tom Baker',
      'Qatar’s prime minister',
    ],
    [
      'Ana Ruiz’s lead counsel, Chief Tom Baker, said his client would appeal.',
      'Tom Baker',
      'Ana Ruiz’s lead counsel',
    ],
    // a trade in -ian; a head after its owner's name that has an "of"; a place's particle
    [
      'His colleague Tom Baker, a laboratory technician, said the samples were clean.',
      'Tom Baker',
      'laboratory technician',
    ],
    [
      'The Harbour Union of Mineworkers’ energy coordinator, Tom Baker, said workers were angry.',
      'Tom Baker',
      'the Harbour Union of Mineworkers’ energy coordinator',
    ],
    [
      'Tom Baker, a senator from Mato Grosso do Sul, said he would run.',
      'Tom Baker',
      'senator from Mato Grosso do Sul',
    ],
    // not a second source's description after "and by"
    [
      'The statement was issued by his publicist, Tom Baker, and by Ana Ruiz’s spokeswoman, Rosa Diaz. Baker said the reports were false.',
      'Tom Baker',
      'his publicist',
    ],
    // a role noun before the name after a clause's conjunction
    ['He was 19 when producer Tom Baker asked him to engineer the album.', 'Tom Baker', 'producer'],
    // a description with every word of the role before the name says more; one of another time does not
    [
      'Oceanographer Ana Ruiz studied the currents. “The debris will drift east,” said Ruiz, an oceanographer at Harbour University.',
      'Ana Ruiz',
      'oceanographer at Harbour University',
    ],
    [
      'President Ana Ruiz, a former president of Harbour College, said the bank would lend more.',
      'Ana Ruiz',
      'President',
    ],
    [
      "The commission's chairperson, Ana Ruiz, told reporters that some had been shot.",
      'Ana Ruiz',
      "the commission's chairperson",
    ],
    // an organisation's whole name opening the sentence is whose role it is
    [
      'House Oversight Committee Chairman Tom Baker met the director on Monday. He said the probe would go on.',
      'Tom Baker',
      'House Oversight Committee Chairman',
    ],
    // a lowercase modifier of the office before a title mid-sentence
    [
      'Ana Ruiz met former President Tom Baker on Monday. Baker said the talks went well.',
      'Tom Baker',
      'former President',
    ],
    // past a US politician's party label
    [
      'Sen. Ana Ruiz, D-Conn., the lead Democratic negotiator, said the deal was dead.',
      'Ana Ruiz',
      'the lead Democratic negotiator',
    ],
    // a "co-" role noun heads a description too
    ['Ana Ruiz, a co-author of the report, said the data were clear.', 'Ana Ruiz', 'co-author of the report'],
    // a title to come before the name
    ['President-elect Ana Ruiz said the reform would pass.', 'Ana Ruiz', 'President-elect'],
    // a role noun after its head; the WHO is no relative pronoun
    [
      'Tom Baker, a professor emeritus at Harbour University, said the study was sound.',
      'Tom Baker',
      'professor emeritus at Harbour University',
    ],
    [
      'Tom Baker, a WHO technical officer who led the work, said it was sound.',
      'Tom Baker',
      'WHO technical officer',
    ],
    // after "by", as after other prepositions that open a clause
    [
      'The death was confirmed by her son, Tom Baker, who said the cause was heart failure.',
      'Tom Baker',
      'her son',
    ],
    // past "now" before a description still true
    ['Ana Ruiz, now a partner at a law firm, said the leak was bad.', 'Ana Ruiz', 'partner at a law firm'],
    // a role's acronym in the apposition is no organisation
    ['Tom Baker, the local MP, said the council should wait.', 'Tom Baker', 'the local MP'],
    // a reflexive pronoun stresses the description; it is no part of the role
    ['Ana Ruiz, a Navy veteran herself, said the base should stay.', 'Ana Ruiz', 'Navy veteran'],
    // one of a group named by a role noun in the plural; a verb and its object is no description
    [
      'Tom Baker, one of the Harbour drivers, said he had misjudged the gap.',
      'Tom Baker',
      'one of the Harbour drivers',
    ],
    ['Ana Ruiz, 56, remained a staunch defender of the plan, saying it worked.', 'Ana Ruiz', null],
    ['Ana Ruiz, 42, a former public defender, said the law was wrong.', 'Ana Ruiz', 'former public defender'],
    ['His lawyer, Tom Reilly, said his client would plead not guilty.', 'Tom Reilly', 'his lawyer'],
    // "its" is the organisation that spoke just before, not one it named after
    [
      'The Harbour Institute warned that the savings might be smaller than the Treasury hoped. Its director, Tom Baker, said the numbers did not add up.',
      'Tom Baker',
      'Harbour Institute’s director',
    ],
    // a trade in "-worker", as in "-ist", is a role the lexicon need not list
    [
      '“We are relieved,” said Tom Baker, a steelworker at the Harbour Works.',
      'Tom Baker',
      'steelworker at the Harbour Works',
    ],
    [
      '“This is a cautious court,” said Robert Jobson, a royal biographer.',
      'Robert Jobson',
      'royal biographer',
    ],
    // an honorific with no stop before the name ("Dr Adrian Boyle")
    [
      'The college warned of delays. Its president, Dr Adrian Boyle, said the wait was long.',
      'Adrian Boyle',
      'president',
    ],
    // one of a group of people; a student's year; the first of two descriptions that read as none together
    ['“We are staying,” said Amira Haddad, one of the organizers.', 'Amira Haddad', 'one of the organizers'],
    [
      '“We are staying,” said Amira Haddad, a junior at the college.',
      'Amira Haddad',
      'junior at the college',
    ],
    ['“We are staying,” said Amira Haddad, a junior and one of the organizers.', 'Amira Haddad', 'junior'],
    // a relative clause saying what they head or founded, without the time it gives or a second verb
    // or once headed, or served as; "led a vigil" was no office
    [
      'Keisha Abernathy, who served as Voss’s finance director until 2023, said the money was gone.',
      'Keisha Abernathy',
      'Voss’s former finance director',
    ],
    [
      'Carlos Betancourt, who was then the lead negotiator for the union, said the talks failed.',
      'Carlos Betancourt',
      'former lead negotiator for the union',
    ],
    [
      'Joseph Goffman, who headed the agency’s air office until January, said the rule was weak.',
      'Joseph Goffman',
      'former head of the agency’s air office',
    ],
    ['Tom Baker, who led a vigil for the victims, said the town was afraid.', 'Tom Baker', null],
    [
      '“It is wrong,” said Tom Baker, who served as chief ethics counsel in the White House.',
      'Tom Baker',
      'former chief ethics counsel in the White House',
    ],
    [
      'Stuart Stevens, who was Mitt Romney’s chief strategist in 2012, said the race was over.',
      'Stuart Stevens',
      'Mitt Romney’s former chief strategist',
    ],
    [
      'Jennifer Homendy, who chairs the National Transportation Safety Board, said the crew was experienced.',
      'Jennifer Homendy',
      'chair of the National Transportation Safety Board',
    ],
    [
      '“It is too late,” said Teresa Murray, who directs the consumer watchdog office at U.S. PIRG.',
      'Teresa Murray',
      'director of the consumer watchdog office at U.S. PIRG',
    ],
    ['Ana Ruiz, who founded the charity in 2010, said gifts fell.', 'Ana Ruiz', 'founder of the charity'],
    [
      'Tom Baker, who owns a repair shop and donated $500, said he liked the plan.',
      'Tom Baker',
      'owner of a repair shop',
    ],
    ['Leah Grant, who teaches history, said the students were brave.', 'Leah Grant', null],
    // held to this day after "has", worked "as", covered "for" a firm, with how long or between which years left out
    [
      'Frehiwot Tamru, who has run Ethio Telecom since 2018, said the sale would go ahead.',
      'Frehiwot Tamru',
      'head of Ethio Telecom',
    ],
    [
      'Ana Ruiz, who works as a straddle carrier driver, said the port was unsafe.',
      'Ana Ruiz',
      'straddle carrier driver',
    ],
    ['Ana Ruiz, who works at the port, said the port was unsafe.', 'Ana Ruiz', null],
    [
      'Raul Mendoza, who covers large-cap pharma for Leerink Partners, said the drug would sell.',
      'Raul Mendoza',
      'covers large-cap pharma for Leerink Partners',
    ],
    [
      'Daniel Ortega, who served as coordinator for counterterrorism from 2009 to 2012, said it was wrong.',
      'Daniel Ortega',
      'former coordinator for counterterrorism',
    ],
    ['Ana Ruiz, who has led the union for a decade, said prices doubled.', 'Ana Ruiz', 'leader of the union'],
    [
      'Ana Ruiz, who represents Capital ward, said prices doubled.',
      'Ana Ruiz',
      'representative of Capital ward',
    ],

    // an abbreviation's dot inside the description does not end it
    [
      'Tom Baker, a senior adviser to Mr. Ruiz, said the plan was wrong.',
      'Tom Baker',
      'senior adviser to Mr. Ruiz',
    ],
    // an "-ist" trade the lexicon does not list
    [
      '“We are in uncharted territory,” said Maria Silva, a hydrologist with the Geological Service.',
      'Maria Silva',
      'hydrologist with the Geological Service',
    ],
    // right after a quote
    ['“We are devastated,” the victim’s sister, Maria Costa, wrote.', 'Maria Costa', 'the victim’s sister'],
    // an honorific before the name gives no role: the description does
    [
      '“It is late,” said Dr. Ruth Okafor, the former head of the science table.',
      'Ruth Okafor',
      'the former head of the science table',
    ],
    // past an honorific before the name, to the description before it
    [
      'The study’s lead author, Dr. Maya Patel, cautioned that the sample was small.',
      'Maya Patel',
      'the study’s lead author',
    ],
    // a title before the name stays the role
    ['Mayor Karen Bass, a Democrat, said the city was safe.', 'Karen Bass', 'Mayor'],
    // a relative clause (but what they head), a prepositional phrase or a verb after the comma describes nothing
    ['Ana Ruiz, who lives near the plant, said the deal was fair.', 'Ana Ruiz', null],
    [
      'Ana Ruiz, who heads the nurses’ union, said the deal was fair.',
      'Ana Ruiz',
      'head of the nurses’ union',
    ],
    ['Ana Ruiz, in her role as union chair, said the deal was fair.', 'Ana Ruiz', null],
    // a description before the name opens on a determiner or an owner, not on a verb
    ['The report, out Monday, misstated how the union’s founder, Ana Ruiz, said it began.', 'Ana Ruiz', null],
    ['“It is fair,” said Tom Baker, Ana Ruiz’s deputy.', 'Tom Baker', 'Ana Ruiz’s deputy'],
    // offices and trades a news story meets
    [
      'Chris Marlow, the group’s counsel, said the ruling protects private businesses.',
      'Chris Marlow',
      'the group’s counsel',
    ],
    [
      'Its humanitarian coordinator in Pakistan, Julia Haines, warned that the risk of disease was growing.',
      'Julia Haines',
      // ("its", which the card cannot place, is left out)
      'humanitarian coordinator in Pakistan',
    ],
    [
      '“Most babies will be fine,” said Dr. Ana Lin, a pediatrician at the children’s hospital.',
      'Ana Lin',
      'pediatrician at the children’s hospital',
    ],
    [
      'Her longtime collaborator, Tom Weiss, said in an interview that she was stubborn.',
      'Tom Weiss',
      'her longtime collaborator',
    ],
    // too long for one description, the first of two
    [
      'Tom Indra, executive vice president of the Harbour Policy Institute and a former ambassador to Israel, said talks were over.',
      'Tom Indra',
      'executive vice president of the Harbour Policy Institute',
    ],
    // a given name from South Asia or France the lexicon lists
    [
      'A lawyer for the family, Deepak Rao, said the appeal would go ahead.',
      'Deepak Rao',
      'lawyer for the family',
    ],
    [
      'Meta’s chief AI scientist, Yann Lecorre, has argued that the models are far from it.',
      'Yann Lecorre',
      'Meta’s chief AI scientist',
    ],
    // an owner's capitalised office
    [
      'Lisa Moreau, Ontario’s Minister of Agriculture, said the province would help.',
      'Lisa Moreau',
      'Ontario’s Minister of Agriculture',
    ],
    [
      'Ontario’s Minister of Agriculture, Lisa Moreau, said the province would help.',
      'Lisa Moreau',
      'Ontario’s Minister of Agriculture',
    ],
    // the noun a relative clause describes; the first of two descriptions still first
    [
      '“We stood there in the gale,” recalled Tom Vail, a geologist who sailed with her in the 1970s.',
      'Tom Vail',
      'geologist',
    ],
    [
      'Luis Soto, a Texas media consultant and an influential Hispanic Republican who backed the bill, said the vote was close.',
      'Luis Soto',
      'Texas media consultant',
    ],
    [
      'Ana Ruiz, the executive director at the Harbour Trust and who also chairs its board, said the vote was close.',
      'Ana Ruiz',
      'the executive director at the Harbour Trust',
    ],
    // a name the given-name lists lack, known as a person by its description; "al-" joined to a surname
    [
      'Qatar’s foreign ministry spokesman, Majed al-Ansari, told reporters that the talks were at a delicate stage.',
      'Majed al-Ansari',
      'Qatar’s foreign ministry spokesman',
    ],
    // the description after an opening phrase's preposition; "that" opens a clause, not a description
    [
      'Speaking alongside Egypt’s foreign minister, Sameh Shoukry, in Cairo, Blinken said talks would go on. Shoukry said Egypt was worried.',
      'Sameh Shoukry',
      'Egypt’s foreign minister',
    ],
    [
      'Russia is a country that the previous Republican nominee, Tom Brandt, called “our No. 1 foe.”',
      'Tom Brandt',
      'the previous Republican nominee',
    ],
    // a particle inside the name
    [
      'The institute’s president, Anna van Dijk, said the maps were new.',
      'Anna van Dijk',
      'the institute’s president',
    ],
    // a particle is no first name ("Del" is one), and a name with particles may have three capitalised words
    [
      '“The more you walk, the better,” said Borja del Pozo Cruz, an associate professor at the University of Halden and one of the lead authors.',
      'Borja del Pozo Cruz',
      'associate professor at the University of Halden',
    ],
    // an office whose list of portfolios has commas of its own
    [
      'The Minister of Justice, Courts and Administration, Tom Baker, said the bill would pass.',
      'Tom Baker',
      'the Minister of Justice, Courts and Administration',
    ],
    // a description that introduces the name by "named" or "called"
    [
      'A 27-year-old process engineer named Ruth Okafor said the union had grown.',
      'Ruth Okafor',
      '27-year-old process engineer',
    ],
    ['In the old market, a fishmonger called Tom Baker said prices had doubled.', 'Tom Baker', 'fishmonger'],
    [
      '“It was never like this,” said Tom Baker, a retired civil servant.',
      'Tom Baker',
      'retired civil servant',
    ],
    ['“We are tired,” said Ana Ruiz, a 31-year-old seamstress.', 'Ana Ruiz', '31-year-old seamstress'],
    ['Its convener, Ana Ruiz, said the count was flawed.', 'Ana Ruiz', 'convener'],
    // trades and ranks the lexicon had missed
    [
      'Dr. Matthew Ahmadi, a research fellow at the University of Halden, said the team adjusted for diet.',
      'Matthew Ahmadi',
      'research fellow at the University of Halden',
    ],
    // where someone works, after "of", when nothing else gives a role (not where they serve)
    ['“It is easy,” said Kate Bell of the Trades Union Congress.', 'Kate Bell', 'Trades Union Congress'],
    [
      '“It is hard,” said Jeffrey Lewis of the James Martin Center for Nonproliferation Studies.',
      'Jeffrey Lewis',
      'James Martin Center for Nonproliferation Studies',
    ],
    ['“It is fine,” said Gov. Earl Ray Tomblin of West Virginia.', 'Earl Ray Tomblin', 'Gov.'],
    // a cue opening the sentence is no part of the role; an office's word there is
    ['Says coach Ana Ruiz: “We were not good enough.”', 'Ana Ruiz', 'coach'],
    ['State spokesman Mark Toner said the review was ongoing.', 'Mark Toner', 'State spokesman'],
    // trades in -man and -woman the lexicon lacks ("lobsterman", "committeewoman")
    [
      '“The sea is no field,” says Tom Baker, a lobsterman in Harbour Cove who has fished for 40 years.',
      'Tom Baker',
      'lobsterman in Harbour Cove',
    ],
    [
      'Ana Ruiz, the state’s national committeewoman, said the vote was fair.',
      'Ana Ruiz',
      'the state’s national committeewoman',
    ],
    // a name's plural possessive before the role, before or after the cue
    ["Harris' spokesman Tom Baker said the review was ongoing.", 'Tom Baker', "Harris' spokesman"],
    ['“It is ongoing,” said Harris’ spokesman Tom Baker.', 'Tom Baker', 'Harris’ spokesman'],
    // a role word going on with the title before a full name
    ['“It is sad,” said Chief Librarian Sonia Patel.', 'Sonia Patel', 'Chief Librarian'],
    [
      'Vulcan County Reeve Jason Schneider said an officer visited the property.',
      'Jason Schneider',
      'Vulcan County Reeve',
    ],
    // a relative clause saying what someone teaches or studies, and where, is their role as written
    [
      '“It fails,” said Prof. Tom Baker, who teaches insurance law at Tulane University.',
      'Tom Baker',
      'teaches insurance law at Tulane University',
    ],
    [
      'Ana Ruiz, who studies wildfire behavior at the state university, said the fire spread fast.',
      'Ana Ruiz',
      'studies wildfire behavior at the state university',
    ],
    // … where it says where
    ['“It fails,” said Ana Ruiz, who studies the issue.', 'Ana Ruiz', null],
    // a military rank is how a soldier is addressed: a description says more, and a role before it ends
    // before it
    ['General Tom Baker, the army commander, said the truce held.', 'Tom Baker', 'the army commander'],
    ['“We will hold,” government spokesman Colonel Tom Baker said.', 'Tom Baker', 'government spokesman'],
    [
      'But military spokesman Lieutenant Colonel Tom Baker told reporters the strikes would go on.',
      'Tom Baker',
      'spokesman',
    ],
    ['“We will hold,” Major General Tom Baker said.', 'Tom Baker', 'Major General'],
    // "Hon." is how someone is addressed; a meteorologist and the Director of Public Prosecutions are offices
    [
      'Reacting, the Chairman of the Harbour Council, Hon. Tom Baker, described the killings as barbaric.',
      'Tom Baker',
      'the Chairman of the Harbour Council',
    ],
    ['“We will act,” Chief Meteorologist Sardar Okonjo said.', 'Sardar Okonjo', 'Chief Meteorologist'],
    [
      '“We will act,” Director of Public Prosecutions Renson Ingwe said.',
      'Renson Ingwe',
      'Director of Public Prosecutions',
    ],
    // a wire dateline's dash opens the description before the name
    [
      'KABUL (Reuters) - Afghanistan’s acting foreign minister, Tom Baker, said the talks went well.',
      'Tom Baker',
      'Afghanistan’s acting foreign minister',
    ],
  ])('%s', (text, name, role) => {
    expect(analyze(text).statements.at(-1)?.speaker).toMatchObject({ name, role });
  });
});

describe('analyze: a role noun before a name the article gives before a pronoun speaks', () => {
  it.each([
    [
      'Harbour coach Ryan Hale was not impressed. He said the team stopped skating.',
      'Ryan Hale',
      'Harbour coach',
    ],
    // one lowercase noun right before the role noun modifies it; a number does not
    [
      'Retired music teacher Tom Baker spoke at the meeting. He said the cuts were wrong.',
      'Tom Baker',
      'Retired music teacher',
    ],
    ['It was written by 9/11 widow Ana Ruiz. She said the law was wrong.', 'Ana Ruiz', null],
    ['Goaltender Sam Quill made 31 saves. He said the puck was bouncing.', 'Sam Quill', 'Goaltender'],
    ['His lawyer Tom Reilly spoke briefly. He said the trial would be long.', 'Tom Reilly', 'lawyer'],
    // a photo credit before a title is none of the role
    [
      'The Canadian Press Prime Minister Justin Trudeau visits a school. He said classes would resume.',
      'Justin Trudeau',
      'Prime Minister',
    ],
    // after a verb or a preposition the noun may modify what follows the name
    ['Fans surrounded by veteran Ruiz haters booed. Tom Ruiz said the crowd was loud.', 'Tom Ruiz', null],
    // after a preposition too, where the name ends its noun phrase; not after one inside a name
    [
      'Okoro was fired by Village President Tom Baker. Baker said the matter was closed.',
      'Tom Baker',
      'Village President',
    ],
    [
      'The goalie was hurt after Winnipeg forward Tom Baker crashed into him. He said it was an accident.',
      'Tom Baker',
      'Winnipeg forward',
    ],
    [
      'News came that Office of Harbour Safety head Tom Baker told lawmakers. Baker said the probe would restart.',
      'Tom Baker',
      null,
    ],
    // an office's abbreviation before a name a pronoun later stands for; a description says more
    [
      'Coun. Stephen Hollis voted against it. He said the shop owners had not been consulted.',
      'Stephen Hollis',
      'Coun.',
    ],
    // an honorific is no role
    ['Mr Tom Hollis voted against it. He said the shop owners had not been consulted.', 'Tom Hollis', null],
    [
      'Rep. Joe Warden, the South Harbour congressman, voted no. He said the bill went too far.',
      'Joe Warden',
      'the South Harbour congressman',
    ],
  ])('%s', (text, name, role) => {
    expect(analyze(text).statements[0]?.speaker).toMatchObject({ name, role });
  });
});
