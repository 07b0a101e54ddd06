// Table tests for attribution rules on invented sentences: one row per rule, a regression is one new line.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core';

/** The text holds exactly one statement, `said`, by `name`. */
function expectOneStatement(text: string, said: string, name: string): void {
  const statements = analyze(text).statements;
  expect(statements.map((s) => s.text)).toEqual([said]);
  expect(statements[0]!.speaker?.name).toBe(name);
}

describe('analyze: speakers described by a lowercase role', () => {
  it.each([
    [
      '“The bridge will hold for decades,” chief engineer Ruth Okafor told reporters at the site.',
      'The bridge will hold for decades',
      'Ruth Okafor',
      'chief engineer',
    ],
    [
      '“We expect delays,” said chief engineer Ruth Okafor.',
      'We expect delays',
      'Ruth Okafor',
      'chief engineer',
    ],
    // a rank before a name with its force after "of" is a person's ("Staff" is part of the rank), the force
    // the rank's
    [
      'Sgt. Jane Doe of Peel Regional Police told reporters that two men were arrested.',
      'two men were arrested',
      'Jane Doe',
      'Sgt., Peel Regional Police',
    ],
    [
      'Staff Sgt. Jane Doe of Peel Regional Police told reporters that two men were arrested.',
      'two men were arrested',
      'Jane Doe',
      'Staff Sgt., Peel Regional Police',
    ],
    // police ranks' abbreviations are titles
    [
      'Harbour police Const. Ruth Okafor said officers were called at 9 p.m.',
      'officers were called at 9 p.m',
      'Ruth Okafor',
      'Harbour police Const.',
    ],
    // an office with "of" in it is the role whole, not its last word
    [
      'White House Chief of Staff Tom Baker was at the event. “They were great,” Baker wrote.',
      'They were great',
      'Tom Baker',
      'White House Chief of Staff',
    ],
    // what an office after its "of" is for, up to the full name, "and" included; two people stay two
    [
      '“Prices are high,” Deputy Minister of Industry and Trade Ruth Okafor said at a press conference.',
      'Prices are high',
      'Ruth Okafor',
      'Deputy Minister of Industry and Trade',
    ],
    [
      '“Prices are low,” Minister of Information Ruth Okafor said on Monday.',
      'Prices are low',
      'Ruth Okafor',
      'Minister of Information',
    ],
    [
      'Secretary of Health and Human Services Ruth Okafor said the rule would stand.',
      'the rule would stand',
      'Ruth Okafor',
      'Secretary of Health and Human Services',
    ],
    // a capitalised office in apposition, with no article, describes the person named before it
    [
      'Ruth Okafor, Chief Executive of Northwind Corp, said the plant would close.',
      'the plant would close',
      'Ruth Okafor',
      'Chief Executive of Northwind Corp',
    ],
    [
      'Sir Tom Baker, Conservative MP for North Lindvik, said the minister should resign.',
      'the minister should resign',
      'Tom Baker',
      'Conservative MP for North Lindvik',
    ],
    [
      'Labour MP for Bristol East, Ruth Okafor, said the minister had done nothing wrong.',
      'the minister had done nothing wrong',
      'Ruth Okafor',
      'Labour MP for Bristol East',
    ],
    // a party's member heading the description after a party's tag: the name before both speaks
    [
      'Sen. Tom Baker, R-Texas, the committee’s top Republican, said the Federal Aviation Administration shared the blame.',
      'the Federal Aviation Administration shared the blame',
      'Tom Baker',
      'the committee’s top Republican',
    ],
    // a cue in a relative clause is no aside: the verb after it is the antecedent's
    [
      'Transport Secretary Ruth Okafor, who testified last week, said the department had secured funding.',
      'the department had secured funding',
      'Ruth Okafor',
      'Transport Secretary',
    ],
    // an opener's one word before a description and a full name is no name ("Reacting", "Late")
    [
      'Reacting, the party’s spokesman, Kola Adewale, said the claims were false.',
      'the claims were false',
      'Kola Adewale',
      'the party’s spokesman',
    ],
    [
      'Late on Friday, the airline’s chief executive, Ruth Okafor, wrote to pilots, saying the talks were open.',
      'the talks were open',
      'Ruth Okafor',
      'the airline’s chief executive',
    ],
    // how someone is addressed ("Mallam", "Sister", "Father") says less than the description beside the name
    [
      'A commercial driver, Mallam Ibrahim Yusuf, lamented that fuel was scarce.',
      'fuel was scarce',
      'Ibrahim Yusuf',
      'commercial driver',
    ],
    // two roles joined by "and" before the organisation ("president and CEO of …"); guard: "and" opening a
    // second subject is no role
    [
      'Ruth Okafor, president and CEO of Northwind Bank of Canada, told a conference that clients were waiting.',
      'clients were waiting',
      'Ruth Okafor',
      'president and CEO of Northwind Bank of Canada',
    ],
    [
      'Democratic contenders Tom Baker and Ann Lee, and Democratic Gov. Ruth Okafor, tweeted that the vote was historic.',
      'the vote was historic',
      'Ruth Okafor',
      'Democratic Gov.',
    ],
    // what someone is in the story ("a parent", "a voter") is their role beside their name
    [
      'Ravi Shah, a parent on the district’s budget committee, said the cuts were deep.',
      'the cuts were deep',
      'Ravi Shah',
      'parent on the district’s budget committee',
    ],
    // a description up to "now": what they were ("One Wisconsin Now" is a name)
    [
      'Ruth Okafor, a former NATO assistant secretary general now at a think tank, said the plan was weak.',
      'the plan was weak',
      'Ruth Okafor',
      'former NATO assistant secretary general',
    ],
    [
      'Tom Baker, executive director of One Wisconsin Now, said the numbers were high.',
      'the numbers were high',
      'Tom Baker',
      'executive director of One Wisconsin Now',
    ],
    // a description opening a subordinate clause ("after its …, X, warned") is X's
    [
      'Shares in Northwind Corp fell after its chief financial officer, Ruth Okafor, warned that sales would slow.',
      'sales would slow',
      'Ruth Okafor',
      'Northwind Corp’s chief financial officer',
    ],
    // what someone is to someone else ("her colleague") is their role beside their name
    [
      'Her colleague from the Marshall Islands, Kalani Jetnil, said the money was not enough.',
      'the money was not enough',
      'Kalani Jetnil',
      'her colleague from the Marshall Islands',
    ],
    // a description after the state a senator is "of"
    [
      'Sen. Tom Baker of Iowa, the committee’s chairman, said the hearing would go on.',
      'the hearing would go on',
      'Tom Baker',
      'the committee’s chairman',
    ],
    // a list of portfolios before the title, commas and "and" inside it
    [
      'Children, Community and Social Services Minister Ruth Okafor said the plan was fine.',
      'the plan was fine',
      'Ruth Okafor',
      'Children, Community and Social Services Minister',
    ],
    // a rank joined by a hyphen, as Canadian news writes it ("Lt.-Cmdr.", "Det.-Sgt.")
    [
      'A military spokesman, Lt.-Cmdr. Ruth Okafor, said commanders would act.',
      'commanders would act',
      'Ruth Okafor',
      'military spokesman',
    ],
    // one word after "in" is a place, not someone "his" can stand for
    [
      'Tom Baker grew up in Tulsa, the son of an engineer. His mother, Ruth Baker, said he was always organized.',
      'he was always organized',
      'Ruth Baker',
      'Tom Baker’s mother',
    ],
    // "laughed", "sighed", "smiled" report the quote right beside them
    [
      '“I just closed my eyes and swung,” Ruth Okafor laughed afterwards.',
      'I just closed my eyes and swung',
      'Ruth Okafor',
      null,
    ],
    // and after "for"; a portfolio's words before a name whose given name is not known
    [
      'Minister for Foreign Affairs Ruth Okafor said the talks went well.',
      'the talks went well',
      'Ruth Okafor',
      'Minister for Foreign Affairs',
    ],
    [
      'Federal Minister for Information Attaullah Tarar said the courts would decide.',
      'the courts would decide',
      'Attaullah Tarar',
      'Federal Minister for Information',
    ],
    [
      'Secretary of State John Kerry and Defense Secretary Ruth Okafor met on Monday. Okafor said the talks went well.',
      'the talks went well',
      'Ruth Okafor',
      'Defense Secretary',
    ],
    // "according to plan" is a measure, not a source
    [
      'The Kremlin said the operation was proceeding according to plan.',
      'the operation was proceeding according to plan',
      'Kremlin',
      null,
    ],
    // the one an agency quoted by a pronoun "as saying" speaks, not the agency
    [
      'Foreign Minister Ruth Okafor spoke to the state news agency. The agency quoted her as saying the talks went well.',
      'the talks went well',
      'Ruth Okafor',
      'Foreign Minister',
    ],
    // an adjective that is also a preposition, before the source noun
    ['Outside experts said the paper was important.', 'the paper was important', 'Outside experts', null],
    // a name in apposition is read past its workplace's town and region
    [
      'A forecaster, Ruth Okafor of the Storm Prediction Center in Norman, Oklahoma, said conditions were ripe.',
      'conditions were ripe',
      'Ruth Okafor',
      'Storm Prediction Center',
    ],
    // several lowercase role words after the cue; an honorific before the name is no part of the role
    [
      '“The risk is low,” said chief medical officer Ruth Okafor.',
      'The risk is low',
      'Ruth Okafor',
      'chief medical officer',
    ],
    ['“The risk is low,” said lead author Dr. Ruth Okafor.', 'The risk is low', 'Ruth Okafor', 'lead author'],
    // someone's relative named in apposition after an inverted cue is who spoke, and that is their role
    [
      '“He needed help, not bullets,” said his sister, Ana Ruiz, at a news conference.',
      'He needed help, not bullets',
      'Ana Ruiz',
      'his sister',
    ],
    // a relation the role lexicon lacks heads the phrase after an inverted cue too
    ['“It was hard,” said his grandfather.', 'It was hard', 'his grandfather', null],
    // whose "his" opens a description: the nearest man named before it
    [
      'Sen. Tom Baker remains committed to the race, his top aide, Ana Ruiz, told reporters.',
      'Sen. Tom Baker remains committed to the race',
      'Ana Ruiz',
      'Tom Baker’s top aide',
    ],
    // a one-word speaker before a role noun and a name later is whose role that is, not a person titled so
    [
      'Harbourton said the deal was done. Former Harbourton striker Tom Baker joined the club in May.',
      'the deal was done',
      'Harbourton',
      null,
    ],
    // whose "its" opens a description: the organisation named before it
    [
      'The Harbour Business Council has a new office. Its president, Tom Baker, told reporters that employers would struggle.',
      'employers would struggle',
      'Tom Baker',
      'Harbour Business Council’s president',
    ],
    // an organisation's head opening the sentence right before the role noun is part of the role
    [
      'Union president Ana Ruiz disputed that. “The district has found money,” she said at a rally.',
      'The district has found money',
      'Ana Ruiz',
      'Union president',
    ],
    // an office after a nation's adjective, where the name is only mentioned, is the role later
    [
      'Ana Ruiz held a news conference with Danish Prime Minister Tom Baker. Baker announced that a new aid package was ready.',
      'a new aid package was ready',
      'Tom Baker',
      'Danish Prime Minister',
    ],
    // an office whose title goes on after "in"
    [
      '“We are working closely with the hospital,” Special Agent in Charge Tom Baker said.',
      'We are working closely with the hospital',
      'Tom Baker',
      'Special Agent in Charge',
    ],
    [
      'The tunnel will open in May, lead architect Tomas Berg said.',
      'The tunnel will open in May',
      'Tomas Berg',
      'lead architect',
    ],
    [
      'Fares will rise next year, transit spokeswoman Ana Ruiz told reporters on Monday.',
      'Fares will rise next year',
      'Ana Ruiz',
      'transit spokeswoman',
    ],
    ['“Nothing was missing,” Charles de Gaulle said.', 'Nothing was missing', 'Charles de Gaulle', null],
    ['Sen. Ronald dela Rosa said he would step aside.', 'he would step aside', 'Ronald dela Rosa', 'Sen.'],
    // a trade known by its ending before a name is the person's role, as a listed one is
    [
      'The pianist Maria Lindqvist said the hall was cold.',
      'the hall was cold',
      'Maria Lindqvist',
      'pianist',
    ],
    [
      'City Controller Ana Ruiz said the audit was late.',
      'the audit was late',
      'Ana Ruiz',
      'City Controller',
    ],
    // a silk's or an honour's letters after a name are neither the speaker nor part of the name
    [
      'Counsel to the commission, Mr. Tunde Adeyemi, SAN, told the court that the witness was absent.',
      'the witness was absent',
      'Tunde Adeyemi',
      'Counsel to the commission',
    ],
    ['Wale Ogun, SC, said the appeal would be filed.', 'the appeal would be filed', 'Wale Ogun', null],
    [
      'Kate Oyelowo KC, the family’s barrister, said the jury was misled.',
      'the jury was misled',
      'Kate Oyelowo',
      'the family’s barrister',
    ],
    // a form of address or a court's title before a name no list knows is no part of the name
    ['Magistrate Thandeka Mkhize said bail was denied.', 'bail was denied', 'Thandeka Mkhize', 'Magistrate'],
    [
      'Comrade Kabir Danjuma said the strike would go on.',
      'the strike would go on',
      'Kabir Danjuma',
      'Comrade',
    ],
    [
      'Its chief commissioner, Datuk Seri Azam Baki, told reporters the probe was done.',
      'the probe was done',
      'Azam Baki',
      'chief commissioner',
    ],
    // how someone is addressed, after the role before the name, is no part of the role
    [
      'Union spokesperson Brig Gen Felix Okello said the trial was fair.',
      'the trial was fair',
      'Felix Okello',
      'Union spokesperson',
    ],
    [
      'Court president Justice Mary Banda said the case was closed.',
      'the case was closed',
      'Mary Banda',
      'Court president',
    ],
    [
      'Legal analyst Professor Pieter Smit said the ruling was sound.',
      'the ruling was sound',
      'Pieter Smit',
      'Legal analyst',
    ],
    [
      'Bar President Mazi Obi Okafor said the committee would act.',
      'the committee would act',
      'Obi Okafor',
      'Bar President',
    ],
    // … but an office's "general" is the office's
    [
      'Party secretary general Nixon Mulenga said the party would appeal.',
      'the party would appeal',
      'Nixon Mulenga',
      'Party secretary general',
    ],
    // the words before a father's name are given names, whatever else they may be
    [
      'Finance Minister Sultan bin Salim Al Habsi told a news conference that debt had fallen.',
      'debt had fallen',
      'Sultan bin Salim Al Habsi',
      'Finance Minister',
    ],
    [
      'Brigadier Juma Salem bin Suwaidan said the border was calm.',
      'the border was calm',
      'Juma Salem bin Suwaidan',
      'Brigadier',
    ],
    [
      'Its vice-chancellor, Professor Dafydd ap Gwilym Rees, said the merger was needed.',
      'the merger was needed',
      'Dafydd ap Gwilym Rees',
      'vice-chancellor',
    ],
    // a royal's title says how they are addressed: the description or the office says what they do
    [
      'Sheikh Hamdan bin Rashid Al Maktoum, the ruler of Dubai, said the airport would grow.',
      'the airport would grow',
      'Hamdan bin Rashid Al Maktoum',
      'the ruler of Dubai',
    ],
    [
      'Energy Minister Prince Faisal bin Salman said the market was stable.',
      'the market was stable',
      'Faisal bin Salman',
      'Energy Minister',
    ],
    // where someone is based is no part of what they are
    [
      'Kate Lindqvist, an aviation consultant based in London, said the turnaround was real.',
      'the turnaround was real',
      'Kate Lindqvist',
      'aviation consultant',
    ],
    // an owner's possessive after "that" opens a description; "through" is no part of a role
    [
      'That agency’s executive director, Ana Ruiz, said the audit was late.',
      'the audit was late',
      'Ana Ruiz',
      'agency’s executive director',
    ],
    [
      'The commission, through its press officer Sylvia Banda, said the vote was fair.',
      'the vote was fair',
      'Sylvia Banda',
      'its press officer',
    ],
    // a sentence's conjunction is no part of a description before the name
    [
      'But the regulator’s chief executive, Fiona Marsh, said the error was serious.',
      'the error was serious',
      'Fiona Marsh',
      'the regulator’s chief executive',
    ],
    // a description before the name says more than a cleric's title between them
    [
      'The council’s general secretary, Apostle Kwame Boateng, said the church was not a member.',
      'the church was not a member',
      'Kwame Boateng',
      'the council’s general secretary',
    ],
    // … and a description after it more than a courtesy title
    [
      'Professor Ruth Lowe, the college’s senior tutor, said the vote was fair.',
      'the vote was fair',
      'Ruth Lowe',
      'the college’s senior tutor',
    ],
    // a surname written like a pronoun after a lowercase title
    [
      'COMAC chairman He Dongfeng said the order was historic.',
      'the order was historic',
      'He Dongfeng',
      'COMAC chairman',
    ],
    // a cleric's title says how they are addressed; the description says what they do
    [
      'Rabbi Ana Ruiz, a member of parliament, said the law was unjust.',
      'the law was unjust',
      'Ana Ruiz',
      'member of parliament',
    ],
    [
      'Tom Baker, a chaplain at the hospital, said families were grieving.',
      'families were grieving',
      'Tom Baker',
      'chaplain at the hospital',
    ],
    // a nickname in straight quotation marks sits inside the name, a title in it too
    [
      '"We have to grow up fast," head coach Marcus "Coach D" Dawkins told his players.',
      'We have to grow up fast',
      'Marcus Dawkins',
      'head coach',
    ],
    ['"We were ready," said Isaiah "Tank" Washington.', 'We were ready', 'Isaiah Washington', null],
    // a rank of two words says only how a soldier is addressed: the job beside the name says more
    [
      'Rear Adm. Roy Baker, the navy spokesman, told reporters the ship was hit.',
      'the ship was hit',
      'Roy Baker',
      'the navy spokesman',
    ],
    [
      'Staff Sgt. Ana Ruiz, a crew chief, said the jet was fine.',
      'the jet was fine',
      'Ana Ruiz',
      'crew chief',
    ],
    // a given name no list holds before one a list does opens the name; an office's word or a trade does not
    [
      'The count ended. “It was fair,” said Piero Alonso Corvetto, the tribunal’s head.',
      'It was fair',
      'Piero Alonso Corvetto',
      'the tribunal’s head',
    ],
    [
      'The count ended. “It was fair,” said Councilmember Ana Ruiz.',
      'It was fair',
      'Ana Ruiz',
      'Councilmember',
    ],
    ['The count ended. “It was fair,” said Showrunner Ana Ruiz.', 'It was fair', 'Ana Ruiz', 'Showrunner'],
    // an organisation's head inside a title after its first word
    [
      'The sector is full, Chief Patrol Agent Ana Ruiz said.',
      'The sector is full',
      'Ana Ruiz',
      'Chief Patrol Agent',
    ],
    // "MP" is a title, whoever's member the word before it makes them
    [
      'The vote was held. Opposition MP Tevaki Ruan said the bill was flawed.',
      'the bill was flawed',
      'Tevaki Ruan',
      'Opposition MP',
    ],
    // a participle modifying the role noun before the name, then an age in apposition
    [
      'British racing driver Tom Baker, 29, said the car was fast.',
      'the car was fast',
      'Tom Baker',
      'British racing driver',
    ],
    // (particles opening the name, capitalised at the sentence's start)
    [
      'Van der Berg’s office said the law would be signed.',
      'the law would be signed',
      'Van der Berg’s office',
      null,
    ],
    // an organisation or place names whose engineer: it opens the description, after the quote
    [
      '“The bridge will hold,” Acme senior engineer Ana Ruiz said.',
      'The bridge will hold',
      'Ana Ruiz',
      'Acme senior engineer',
    ],
    [
      '“The dam is sound,” University of the Northern Plains civil engineer Ruth Okafor said.',
      'The dam is sound',
      'Ruth Okafor',
      'University of the Northern Plains civil engineer',
    ],
    [
      '“Rates will hold,” said Bank of Northland governor Tiff Mallory.',
      'Rates will hold',
      'Tiff Mallory',
      'Bank of Northland governor',
    ],
    [
      '“The dam is sound,” said University of Toronto engineer Ruth Okafor.',
      'The dam is sound',
      'Ruth Okafor',
      'University of Toronto engineer',
    ],
    // what someone formerly was opens the description before the name of whose member they were
    [
      '“The fund has gaps,” former Liberal transport critic Ana Ruiz said in an interview.',
      'The fund has gaps',
      'Ana Ruiz',
      'former Liberal transport critic',
    ],
    // a place with "and" in its name, before the office
    [
      'Trinidad and Tobago Prime Minister Kamla Persad-Bissessar said the deal was fair.',
      'the deal was fair',
      'Kamla Persad-Bissessar',
      'Trinidad and Tobago Prime Minister',
    ],
    [
      'Newfoundland and Labrador Premier Andrew Furey said the deal was fair.',
      'the deal was fair',
      'Andrew Furey',
      'Newfoundland and Labrador Premier',
    ],
    // a name's particles after an inverted cue, before its apposition
    [
      '“Mexico is not Brazil,” said Jorge Luis de la Garza, a banking analyst at GBM.',
      'Mexico is not Brazil',
      'Jorge Luis de la Garza',
      'banking analyst at GBM',
    ],
    // an organisation's name and lowercase role words before the name, after an inverted cue
    [
      '“Rates will fall,” said Cytonn Investments research analyst Caleb Mugendi.',
      'Rates will fall',
      'Caleb Mugendi',
      'Cytonn Investments research analyst',
    ],
    // a bank's markets arm is where the analyst works
    [
      '“Demand is weak,” said Biraj Borkhataria of RBC Capital Markets.',
      'Demand is weak',
      'Biraj Borkhataria',
      'RBC Capital Markets',
    ],
    // a lowercase role's portfolio after its "on" or "for", before the name, is part of the role
    [
      '“We will fight this,” Opposition spokesman on national security Peter Bunting said.',
      'We will fight this',
      'Peter Bunting',
      'Opposition spokesman on national security',
    ],
    [
      'Shadow minister for health and social care Wes Streeting said the plan would fail.',
      'the plan would fail',
      'Wes Streeting',
      'Shadow minister for health and social care',
    ],
    // the office a description before the name gives, over an aside after it on what they were or their party
    [
      "Kestrel's chief executive, Marcus Reyes, a former Army Ranger, said the deal was done.",
      'the deal was done',
      'Marcus Reyes',
      "Kestrel's chief executive",
    ],
    [
      'The federal construction minister, Klara Geywitz, a Social Democrat, said the target was met.',
      'the target was met',
      'Klara Geywitz',
      'the federal construction minister',
    ],
    // a title word that is a given name after a title written short; two titles written short
    ['Rep. Dean Arp said the bill was dead.', 'the bill was dead', 'Dean Arp', 'Rep.'],
    [
      'The bill passed after Lt. Gov. Ana Ruiz cast the deciding vote. She said it was fair.',
      'it was fair',
      'Ana Ruiz',
      'Lt. Gov.',
    ],
    // a party's member before a name of two words, whatever the given name
    [
      'The Liberal Democrat Munira Wilson-Khatri said the row showed contempt.',
      'the row showed contempt',
      'Munira Wilson-Khatri',
      'Liberal Democrat',
    ],
    // a title and a given name keep a person whose surname heads organisations' names ("Banks"); aldermen
    ['Mayor Curtis Banks said the plan was flawed.', 'the plan was flawed', 'Curtis Banks', 'Mayor'],
    [
      'Alderwoman Patricia Dunn said the vote was rushed.',
      'the vote was rushed',
      'Patricia Dunn',
      'Alderwoman',
    ],
    // who farms or grows something is its farmer or grower; a count run is a herd, no organisation headed
    [
      '“The wheat is gone,” said Darlene Hofstetter, who farms 3,000 acres near Dodge City.',
      'The wheat is gone',
      'Darlene Hofstetter',
      'farmer of 3,000 acres near Dodge City',
    ],
    [
      'Luke Mertens, who grows corn and soybeans, said the bill was late.',
      'the bill was late',
      'Luke Mertens',
      'grower of corn and soybeans',
    ],
    [
      '“It is dry,” said Fiona McAllister, who runs 4,000 merino sheep near Bourke.',
      'It is dry',
      'Fiona McAllister',
      null,
    ],
    // a plural's apostrophe before an organisation's head is inside its name, which "Its" then stands for
    [
      "The Alberta Teachers' Association released the results late Sunday. Its president, Colleen Marwick, said members had sent a loud message.",
      'members had sent a loud message',
      'Colleen Marwick',
      "Alberta Teachers' Association’s president",
    ],
    // a capitalised title in apposition before a name opening the sentence, for a chained cue
    [
      'The Queensland Integrity Commissioner, Raymond Ogunleye, welcomed the report but said reform remained unfinished.',
      'reform remained unfinished',
      'Raymond Ogunleye',
      'the Queensland Integrity Commissioner',
    ],
    // a participle opening a description whose role noun comes after capitalised words
    [
      "The inquiry's chair, retired High Court judge Eileen Moriarty, said the team had flagged overcrowding.",
      'the team had flagged overcrowding',
      'Eileen Moriarty',
      'retired High Court judge',
    ],
  ])('%s', (text, said, name, role) => {
    const statements = analyze(text).statements;
    expect(statements.map((s) => s.text)).toEqual([said]); // "at the site" / "on Monday" are no statements
    expect(statements[0]!.speaker).toMatchObject({ name, role });
  });
});

describe('analyze: a speaker tied to an organisation by a preposition', () => {
  it.each([
    ['Ruth Okafor with the Northland Transit Authority says the buses are late.', 'Ruth Okafor'],
    // a name with its affiliation between commas, past a campus after "University of" a state
    [
      'The lead geneticist, Dr. Ruth Okafor of the University of Northland, Lindvik, said the tooth was old.',
      'Ruth Okafor',
    ],
    [
      'The lead geneticist, Dr. Ruth Okafor of the University of Northland, said the tooth was old.',
      'Ruth Okafor',
    ],
    // guard: a capitalised title between the commas is no person before an affiliation
    ['Tom Baker, Head of Research at Northwind Securities, said the market was calm.', 'Tom Baker'],
    // a role opening the sentence before the name: the person, not the organisation after "of the"
    [
      'Political scientist Ruth Okafor of the Northland National University said the vote had swung.',
      'Ruth Okafor',
    ],
    ['An analyst at the Bank of Northland said the rates would hold.', 'An analyst at the Bank of Northland'],
    // an abbreviated organisation after the preposition too
    ['Diplomats at the U.N. said the talks had failed.', 'Diplomats at the U.N.'],
    // past an aside, the head with its affiliation; a name in an earlier apposition still comes first
    [
      'Officials at the ministry, speaking on condition of anonymity, said the talks had stalled.',
      'Officials at the ministry',
    ],
    ['Ana Ruiz, chief executive of Northwind, said the talks had stalled.', 'Ana Ruiz'],
    // "and" inside the organisation's name does not start a name of its own
    [
      'Ruth Okafor, director of planning for the Bridges and Tunnels Authority, said the pier is unsafe.',
      'Ruth Okafor',
    ],
    // a state after a city is the rest of the place, not the speaker between the commas
    [
      'Will Okafor, a mechanic based in Kansas City, Mo., and an organizer at the union, said cold breaks parts.',
      'Will Okafor',
    ],
    // a party and state tag between commas belongs to the name before it
    ['Rep. Tom Baker, R-Texas, a onetime rival, said the plan was wrong.', 'Tom Baker'],
    ['Sen. Ana Ruiz, D-Conn., said the plan was wrong.', 'Ana Ruiz'],
    // (a state's place of two words, Minnesota's DFL)
    ['Sen. Ana Ruiz, R-Grand Rapids, said the plan was wrong.', 'Ana Ruiz'],
    ['Rep. Tom Baker, DFL-Duluth, said the plan was wrong.', 'Tom Baker'],
    // an opening participle's clause is no subject
    [
      'Seeing a backlash, Tom Baker has since cut the tax, raised the fees and suggested that the plan was wrong.',
      'Tom Baker',
    ],
    // a company whose name ends in -ing is a subject
    ['Boeing is one of the bidders, and confirmed that its lander uses the rocket.', 'Boeing'],
    // a generational suffix ends the name
    ['Joseph Okafor Jr., who was in Ohio, said the talks had failed.', 'Joseph Okafor Jr'],
    // a document from an organisation: the organisation speaks
    [
      'A statement from the Northland Transit Authority said the buses are late.',
      'Northland Transit Authority',
    ],
    // a plural possessive inside an organisation's name, before or after the cue; not an outlet's reporter
    ['The Northland Nurses’ Association said the buses are late.', 'Northland Nurses’ Association'],
    ['“The buses are late,” said the Northland Nurses’ Association.', 'Northland Nurses’ Association'],
    ['CBC Sports’ Ana Ruiz said the buses are late.', 'Ana Ruiz'],
    // a name's plural possessive owns an unnamed source or an organisation's office, as "'s" does
    ["Brooks' lawyer said the plea would stand.", "Brooks' lawyer"],
    ["Jones' office said the trip was cancelled.", "Jones' office"],
    ['“We will win,” Harris’ spokesman said.', 'Harris’ spokesman'],
    // an outlet whose name has an "and", known whole
    ['As the Globe and Mail reported, the buses are late.', 'Globe and Mail'],
    // an "and" inside one organisation's name, before or after its head word
    [
      '“The rules are clear,” the Department of Roads and Rural Bridges said.',
      'Department of Roads and Rural Bridges',
    ],
    ['“We are ready,” the Bridges and Tunnels Authority said.', 'Bridges and Tunnels Authority'],
    // a plural possessive owning the name before a "who" clause; how someone was, before the name
    ['The Northland Rangers\' Tom Baker, who scored twice, said the team "never gave up."', 'Tom Baker'],
    ['“I don’t know what happened,” said a visibly shaken Tom Baker after the loss.', 'Tom Baker'],
    // a nickname in quotes inside the name, before or after the cue; an adjective in the channel adjunct
    [
      'Four crew members were hurt, lead singer Tom “Ifan” Baker told followers in a tearful Instagram post.',
      'Tom Baker',
    ],
    ['“We will win,” said Earvin “Magic” Baker.', 'Earvin Baker'],
    // a dated document: the day before it makes it a noun, not the cue ("a Jan. 5 tweet from")
    ['A Jan. 5 tweet from the mayor said that the buses are late.', 'the mayor'],
    ['A March 3 tweet by the board said that the buses are late.', 'the board'],
    ['The Jan. 5 release said the buses are late.', 'The Jan. 5 release'],
    // the author after "by", the sender after "from", speaks through the work
    [
      'According to a report by the Northland Policy Institute, the buses are late.',
      'Northland Policy Institute',
    ],
    // and what comes after it is what was said, not a cue of its own with the source before it
    [
      'According to a report by the Northland Policy Institute, most riders agree.',
      'Northland Policy Institute',
    ],
    [
      'According to a statement from the Northland Transit Authority, the buses are late.',
      'Northland Transit Authority',
    ],
    // a document put on someone's page speaks for the page's owner
    ['A post shared on the county’s Facebook page said the buses are late.', 'the county'],
    ['A statement posted on the union’s website said that the buses are late.', 'the union'],
    ['The union posted on its website that the buses are late.', 'The union'],
    // a document with its own participle phrase, and a part of the day before the cue
    [
      'A release sent to media from the Northland Transit Authority late Friday said the buses are late.',
      'Northland Transit Authority',
    ],
    // an office and its portfolio name no one ("Affairs" is no person)
    ['The Minister of Foreign Affairs said the courts would decide.', 'Minister of Foreign Affairs'],
    // a title's owner with its article is whose office speaks, not the office holder
    ['The Premier’s office said it would cooperate fully.', 'Premier’s office'],
    // an agency's name with "and" and a head of its own ("Enforcement", "Protection") is one organisation
    [
      'Immigration and Customs Enforcement said in a statement that 40 people were held.',
      'Immigration and Customs Enforcement',
    ],
    [
      'According to U.S. Customs and Border Protection, there were 2 million crossings.',
      'U.S. Customs and Border Protection',
    ],
    // people where a place is: the group speaks, not the place; whose they are keeps its name
    [
      'Nurses at St Thomas’ hospital in London told the paper the wards were full.',
      'Nurses at St Thomas’ hospital in London',
    ],
    ['Neighbours on Harehills Lane said they were shocked.', 'Neighbours on Harehills Lane'],
    // (in places no list holds, joined by "and"; a body in one: not the place)
    [
      'City officials in Dunmore and Castlebay say the shelters are full.',
      'City officials in Dunmore and Castlebay',
    ],
    ['China’s embassy in Honiara said the report was false.', 'China’s embassy'],
    // (a name closing a "that" clause inside the apposition is its object)
    [
      'Sen. Tom Baker, the top Democrat on the subcommittee that oversees DHS, said the money was wasted.',
      'Tom Baker',
    ],
    // (a source noun inside a "who" clause is its object; the head the "who" describes speaks)
    ['Psychologists who have worked with separated families say the harm lasts.', 'Psychologists'],
    ['A spokeswoman for YouTube said it had removed the videos.', 'A spokeswoman for YouTube'],
    // (people or a body where a place no list holds is: not the place)
    [
      'Sugar cane growers in far north Kelmara say the harvest is late.',
      'Sugar cane growers in far north Kelmara',
    ],
    ['The ANC in Ondini said it respected the court.', 'ANC'],
    ['Supermarkets in Kelmara reported shortages of water.', 'Supermarkets in Kelmara'],
    // (a name inside a restrictive relative clause is its object: the head the clause describes speaks)
    ['A parent whose son sat the exam in Milton Keynes said the paper had leaked.', 'A parent'],
    ['A relative who answered the door at their home in Dansoman said the couple had left.', 'A relative'],
    // (a count of organisations, or organisations outside a place, are unnamed; a body sent to a place is
    // the body; a plural owner comes with its apostrophe)
    ['Dozens of rights organisations said the law was repressive.', 'Dozens of rights organisations'],
    [
      'Civil society organisations outside Kelmar said the law was repressive.',
      'Civil society organisations outside Kelmar',
    ],
    ['The EU’s delegation to Kelmaria said the trial was unfair.', 'The EU’s delegation to Kelmaria'],
    ['But migrants’ rights advocates said the reality was different.', 'migrants’ rights advocates'],
    // (a name before the affiliation works there: the body's name is no speaker)
    ['Hanna Lind at the Polar Ice Survey said the shelf was thinning.', 'Hanna Lind'],
    ['Commander Edwin Tarra of the Huanta volunteer fire company said ropes were used.', 'Edwin Tarra'],
    // (the office's level in lower case before its title: still whose spokesman, not the minister)
    [
      'A spokesman for federal Housing Minister Clare O’Neil said the rent rise was modest.',
      'A spokesman for federal Housing Minister Clare O’Neil',
    ],
    // (a name's "and" and a body's place stay inside the affiliation; a person's name keeps its own)
    [
      'A spokeswoman for NHS Greater Glasgow and Clyde said the ward had reopened.',
      'A spokeswoman for NHS Greater Glasgow and Clyde',
    ],
    [
      'A spokesperson for the Indian embassy in Colombo said the talks would resume.',
      'A spokesperson for the Indian embassy in Colombo',
    ],
    ['Shadow Minister for Immigration and Citizenship Dan Tehan said the figures were high.', 'Dan Tehan'],
    ['The OSCE mission in Sarajevo said the vote was fair.', 'The OSCE mission in Sarajevo'],
    [
      'A spokesman for Volkswagen in Wolfsburg said the plant would stay open.',
      'A spokesman for Volkswagen in Wolfsburg',
    ],
    // an organisation's "for the" or "of the" stays in its name; a person's "of the" is an affiliation
    ['The Institute for the Study of War said the town had fallen.', 'Institute for the Study of War'],
    ['The Armed Forces of the Philippines said the boat was rammed.', 'Armed Forces of the Philippines'],
    ['Ana Ruiz of the Sierra Club said the river was clean.', 'Ana Ruiz'],
    // the country after a place named in a description is where that place lies
    ['Priya Nair, a geologist at a laboratory in Ahmedabad, India, said the rocks were old.', 'Priya Nair'],
    // a news agency's name before "news agency" is part of it
    ['Yonhap news agency reported that the talks had stalled.', 'Yonhap news agency'],
    // a wire dateline with its date is no subject either
    [
      'TOKYO, April 1 (Reuters) - Japan approved the subsidies, with Trade Minister Ken Sato saying they were vital.',
      'Ken Sato',
    ],
    // a sector's word before an unnamed source is part of it
    ['The camp is running out of water, humanitarian officials said.', 'humanitarian officials'],
    // after an inverted cue, the name in apposition to an office and its remit
    [
      '"We cannot wait," said Fiji\'s Minister for Environment and Climate Change, Ratu Semi Naivalu, who leads the delegation.',
      'Ratu Semi Naivalu',
    ],
    // a person before an organisation's alias speaks; an organisation speaks by the name its alias stands for
    [
      'Ana Ruiz, president of the Business Coordinating Council, known as CCE, said firms were waiting.',
      'Ana Ruiz',
    ],
    [
      'The Superior Electoral Court, known as TSE, said campaigning could not begin.',
      'Superior Electoral Court',
    ],
    // and after the office's "of"
    [
      'The Ministry of Land, Infrastructure, Transport and Tourism said it would inspect the plant.',
      'Ministry of Land, Infrastructure, Transport and Tourism',
    ],
    // a list closing on "and" after an office's "of", though not every item is a portfolio's word
    [
      'The Federal Ministry of Research, Technology and Space said the funds were secure.',
      'Federal Ministry of Research, Technology and Space',
    ],
    ['Det.-Sgt. Tom Baker, of the homicide squad, said police were looking for two men.', 'Tom Baker'],
    // a counted party member or office is unnamed, not a person whose name ends on the party
    [
      'One House Republican, who spoke on the condition of anonymity, said members had vented.',
      'One House Republican',
    ],
    ['A senior Labour MP told the BBC the leak had been damaging.', 'A senior Labour MP'],
    // lowercase modifiers after "one" up to a role that heads the phrase
    [
      '“We are drowning,” said one emergency nurse at the hospital, who asked not to be named.',
      'one emergency nurse at the hospital',
    ],
  ])('%s', (text, name) => {
    expect(analyze(text).statements.map((s) => s.speaker?.name)).toEqual([name]);
  });
});

describe('analyze: reported speech far from its subject', () => {
  it.each([
    [
      'Many residents of the northern valleys, most of them tenants, argue that the levy is unfair.',
      'the levy is unfair',
      'Many residents',
    ],
    ['She won the room by saying that the library would stay open.', 'the library would stay open', 'She'],
    [
      'The harbour master went out of his way to praise the volunteer crews.',
      'the volunteer crews',
      'harbour master',
    ],
    ['Insisting the figures were sound, the mayor left the meeting.', 'the figures were sound', 'the mayor'],
    [
      'He said the pier was unsafe, and when asked whether it would close, he shrugged.',
      'he pier was unsafe',
      'He',
    ],
    [
      'The ferry service, which reported a record summer, expects more routes.',
      'a record summer',
      'ferry service',
    ],
    // a second predicate after the channel it went through
    [
      'Ana Ruiz toured the pier on Thursday and in a carefully worded response said the repairs were on time.',
      'the repairs were on time',
      'Ana Ruiz',
    ],
    // "said" after the comma closing a long description of its subject, a clause after it
    [
      'The nurse of nearly four years, a union member who spoke on condition of anonymity for fear of losing her job, said she was never paid for overtime.',
      'she was never paid for overtime',
      'The nurse',
    ],
    [
      'Ana Ruiz, the author of "Tides," a history of the harbour, said the days when the pier was busy are gone.',
      'the pier was busy',
      'Ana Ruiz',
    ],
    // a place and its province close the subject's postmodifier
    [
      'The 23-year-old from Mississauga, Ont., said the home crowd had carried her.',
      'the home crowd',
      'The 23-year-old',
    ],
    // "the" makes a demonym a nation's person
    ['The Russian said the match was lost early.', 'the match was lost', 'Russian'],
    // a capitalised role after "the" describes the name before it
    ['Rachel Moss, the MP for York Central, said the cuts would hurt.', 'the cuts would hurt', 'Rachel Moss'],
    ['Tom Baker, the CEO of Halvern, said the cuts would hurt.', 'the cuts would hurt', 'Tom Baker'],
    // a capitalised source noun ending a name after its "for"
    [
      'Meanwhile, the Institute for Harbour Studies warned that the savings might be smaller.',
      'the savings might be smaller',
      'Institute for Harbour Studies',
    ],
    // a participle after the comma closing its own clause, with a time adjunct before it
    [
      'Zuckerberg responded hours later, writing that he had offered a date.',
      'he had offered a date',
      'Zuckerberg',
    ],
    // a restrictive "who" clause ending in a noun that is no speaker
    [
      'Outside the courthouse, a former customer who lost her savings said she hoped the jury would convict.',
      'she hoped the jury would convict',
      'a former customer',
    ],
    // the speaker of a quote too short to be a statement goes on in the quote opening the next sentence
    [
      'Coach Tom Baker has put the ball in her hands.\n\n“Amazing,” Ann Lee said. “To be able to do that against every team is special.”',
      'To be able to do that against every team is special',
      'Ann Lee / Ann Lee',
    ],
  ])('%s', (text, said, mention) => {
    const st = analyze(text).statements.find((s) => s.text.includes(said));
    expect(st, JSON.stringify(analyze(text).statements.map((s) => s.text))).toBeDefined();
    expect(`${st!.speaker?.mention?.text} / ${st!.speaker?.name}`).toContain(mention);
  });
});

describe('analyze: "said" after a comma before no clause of its own has no long subject to reach for', () => {
  it.each([
    ['Any debris would drift far, say oceanographers, but the currents are strong.', 'currents'],
    ['The plant will close in May, said the company’s chief executive, Ana Ruiz.', 'chief executive'],
    // an "according to" after the cue's own clause is where the words were read, not more of them
    ['The talks collapsed, Tom Baker said, according to officials.', 'according to'],
  ])('%s', (text, after) => {
    expect(analyze(text).statements.filter((s) => s.text.includes(after))).toEqual([]);
  });
});

describe('analyze: where what was said ends', () => {
  it.each([
    [
      'The mayor said the new tunnel — a decade in the making — was safe to use.',
      'the new tunnel — a decade in the making — was safe to use',
    ],
    ['The mayor said the tunnel was safe, and the crowd cheered.', 'the tunnel was safe'],
    // a place opening what was said, its clause right after it
    [
      'The union says in Harbourton ambulances are too often late.',
      'in Harbourton ambulances are too often late',
    ],
    // after a quote closes, a subordinator and a participle are the writer's circumstance
    ['Ana Ruiz said she was “thrilled” while receiving the award at the gala.', 'she was “thrilled”'],
    [
      'Ann Lee, host of the radio show “Morning Desk,” suggested the fares were too high.',
      'the fares were too high',
    ],
    ['The tests were clean, and the F.B.I. has said it found nothing unusual.', 'it found nothing unusual'],
    // a short opener of what was said is no clause of its own ("thanks" is no cue here)
    [
      'Ann Lee runs a theater. She said that on Monday, thanks to the rain, the show was cancelled.',
      'on Monday, thanks to the rain, the show was cancelled',
    ],
    // a possessive is no verb: the relative clause is inside the subject of what was said
    [
      'He said that the campaign’s announcement, which some have argued was a trick, was an insult to the volunteers.',
      'the campaign’s announcement, which some have argued was a trick, was an insult to the volunteers',
    ],
    // "and" inside the subject of the clause that was said joins it, not another report
    [
      'Ted Cruz said both he and Marco Rubio promised to lead the fight.',
      'both he and Marco Rubio promised to lead the fight',
    ],
    [
      'Paul Ryan said the recent spate of shootings and protests demands that all Americans listen.',
      'the recent spate of shootings and protests demands that all Americans listen',
    ],
    // a request put to someone inside what was said is part of it
    [
      'Ana Ruiz said the video shows the driver leaving his car when asked to do so by police.',
      'the video shows the driver leaving his car when asked to do so by police',
    ],
    // after a past cue, a present predicate past ", but" goes on with what was said; a past one does not
    [
      'The coach said the team had signed two new players, but has not decided who will start.',
      'the team had signed two new players, but has not decided who will start',
    ],
    [
      'The coach said the team had signed two new players, but left the meeting early.',
      'the team had signed two new players',
    ],
    // a participle phrase after an aside cue is the writer's; a clause opened by a gerund is not
    ['Talks stalled on Sunday, mediators said, dimming hopes for a deal.', 'Talks stalled on Sunday'],
    // the subject before an aside is what was said however short, when the words after it open on its verb
    [
      'The plan, he said, would cost far more than expected.',
      'The plan',
      'would cost far more than expected',
    ],
    ['Inflation, the governor said, had peaked.', 'Inflation', 'had peaked'],
    ['On Monday, she said, the talks collapsed.', 'the talks collapsed'],
    ['A minute or two later, he said, one of the men pulled a gun.', 'one of the men pulled a gun'],
    // so is "as" and a subject of its own, what was happening meanwhile; "as long as" is still what was said
    [
      'The talks will resume, diplomats said, as Gulf envoys shuttled between capitals.',
      'The talks will resume',
    ],
    [
      'The deal will hold, the minister said, as long as both sides comply.',
      'The deal will hold',
      'as long as both sides comply',
    ],
    // (past a passive "to be …ed" and a clause of its own after "because")
    [
      'The plan was shelved, the people said, asking not to be identified because the talks are private.',
      'The plan was shelved',
    ],
    [
      'The vote was close, the chair said, replacing the board would be much harder.',
      'The vote was close',
      'replacing the board would be much harder',
    ],
    // so is a span of time from an event; a clause that opens on a span of time is not
    [
      'Ana Ruiz has cancelled her tour, her representatives confirmed Thursday, days after she collapsed on stage.',
      'Ana Ruiz has cancelled her tour',
    ],
    [
      'The bridge will close, the mayor said, weeks of delays are finally over.',
      'The bridge will close',
      'weeks of delays are finally over',
    ],
    // so is a participle with its agent
    [
      'Revenue grew 26 per cent to $2.8 billion, the company said, helped by record holiday sales.',
      'Revenue grew 26 per cent to $2.8 billion',
    ],
    // an "as" clause whose cue has words of its own is another statement, not the end of this one
    [
      'The air force said it shot down 40 drones overnight, as officials reported damage to power plants.',
      'it shot down 40 drones overnight',
      'damage to power plants',
    ],
    [
      'The two leaders pledged to deepen their ties, as Halvern warned against “bloc confrontation.”',
      'to deepen their ties',
      'against “bloc confrontation.”',
    ],
    // "the court", "the crowd" after "told" are who was told
    ['The judge told the court the murder was senseless.', 'the murder was senseless'],
    // a live blog's time stamp opens the entry, not what was said
    [
      '10:00 a.m. — The mayor spoke with the premier by phone, the city said.',
      'The mayor spoke with the premier by phone',
    ],
    // a phrase after the cue with an auxiliary after it is what was said, not an inverted speaker
    [
      'The federation of nurses in the province, which represents 80,000 nurses, said many of its members were working overtime.',
      'many of its members were working overtime',
    ],
    // a past participle's aside inside what was said describes its subject and opens no other clause
    [
      'The company said the new model, called Orion, scored 88 percent on the test.',
      'the new model, called Orion, scored 88 percent on the test',
    ],
    // an infinitive after a cue that takes no addressee with "to" is what was said, not a circumstance
    [
      'The premier faced a revolt on Monday over the cuts, as unions threatened to oppose the plan at the convention.',
      'to oppose the plan at the convention',
    ],
    ['The premier faced a revolt on Monday, as unions threatened to strike.', 'to strike'],
    // (but "to" after a cue that takes an addressee with it opens one)
    [
      'The plan would cut taxes for most families, the premier said to reporters.',
      'The plan would cut taxes for most families',
    ],
    // "that" after a report noun before a past verb is a relative pronoun
    [
      'Ana Ruiz said in a closing argument that lasted more than three hours that the case was clear.',
      'the case was clear',
    ],
    // the source an outlet cites before its report says nothing itself; data someone cites is their claim
    ['Interfax, citing a source, reported that the talks had failed.', 'the talks had failed'],
    ['Interfax reported, citing a source, that the talks had failed.', 'the talks had failed'],
    [
      'The Kyodo news agency, citing the prefectural government, reported that a woman was injured.',
      'a woman was injured',
    ],
    [
      'Tom Baker, citing data from the State Department, said that four million people live there.',
      'data from the State Department',
      'four million people live there',
    ],
    // a clause with a speaker of its own after a closing cue's comma is that speaker's
    [
      'The plant will close in June, the company said, but the union said it would fight the decision.',
      'The plant will close in June',
      'it would fight the decision',
    ],
    [
      'At least 12 people were killed, hospital officials said, while the Israeli military said the target was a commander.',
      'At least 12 people were killed',
      'the target was a commander',
    ],
    // whom a letter or a bulletin went to, and a name's "and" in a filing's addressee, are no part of it
    ['Tom Baker said in a letter to the board that the offer was too low.', 'the offer was too low'],
    [
      'The fund said in a letter to Meridian’s board on Monday that the offer was too low.',
      'the offer was too low',
    ],
    ['The strike will continue, the union said in a bulletin to members.', 'The strike will continue'],
    [
      'It would cut 500 jobs, the company said in a filing with the Securities and Exchange Commission.',
      'It would cut 500 jobs',
    ],
    // the reporter's add-on after "according to X," is no more of what was said; a clause's verb goes on
    [
      'Inflation slowed to 2.2% in January, according to the statistics agency, making it the lowest since 2020.',
      'Inflation slowed to 2.2% in January',
    ],
    ['Prices rose 4.9%, according to the institute, still above the 3% target.', 'Prices rose 4.9%'],
    [
      'The man had, according to the Post, killed and eaten a rabbit.',
      'The man had',
      'killed and eaten a rabbit',
    ],
  ])('%s', (text, ...said) => {
    expect(analyze(text).statements.map((s) => s.text)).toEqual(said);
  });
});

describe('analyze: what someone answered is not what they said', () => {
  it('gives the accusations a speaker responded to to no one, not to the one who responded', () => {
    const text = 'Tom Baker responded on Sunday to accusations that he exaggerated his record.';
    const found = analyze(text).statements.find((s) => s.text === 'he exaggerated his record');
    expect(found?.speaker?.name).not.toBe('Tom Baker');
  });
});

describe('analyze: a phrase with no clause after an aside cue is the writer’s', () => {
  it.each([
    [
      'Workers walked off the job on Thursday, the union said, in one of the largest strikes in its history.',
      'Workers walked off the job on Thursday',
      'the union',
    ],
    // a clause after the phrase is what was said
    ['Workers, the union said, in most cases would stay home.', 'in most cases would stay home', 'the union'],
  ])('%s', (text, said, name) => {
    expect(analyze(text).statements.map((s) => [s.text, s.speaker?.name])).toContainEqual([said, name]);
    expect(analyze(text).statements).toHaveLength(1);
  });
});

describe('analyze: a clause with its own speaker after an aside cue', () => {
  it('is its own statement', () => {
    const said = analyze(
      'The rules have not hurt results so far, Ana Ruiz said, but she warned that further rules would cost the company.',
    ).statements;
    expect(said.map((s) => [s.text, s.cue?.text, s.speaker?.name])).toEqual([
      ['The rules have not hurt results so far', 'said', 'Ana Ruiz'],
      ['further rules would cost the company', 'warned', 'Ana Ruiz'],
    ]);
  });
});

describe('analyze: a question or exclamation with its cue after it', () => {
  it.each([
    ['“Why now?” Ruth Okafor said in response.', 'Why now'],
    ['“Is the pier safe?” Okafor asked reporters.', 'Is the pier safe'],
    ['“Is the pier safe?” Okafor asked again.', 'Is the pier safe'],
    ['“It is over!” Okafor wrote on Twitter on Monday.', 'It is over'],
    ['“We are done!” Okafor said to Reuters.', 'We are done'],
    // "told" and its addressee, an outlet or reporters, up to the end or a circumstance
    ['“Is the pier safe?” Okafor told reporters.', 'Is the pier safe'],
    [
      '“Will it ever open, who knows?” Okafor told the Harbour Gazette in an interview on Monday as she left the hall.',
      'Will it ever open, who knows',
    ],
  ])('%s', (text, said) => {
    const statements = analyze(`The pier closed.\n\n${text}`).statements;
    expect(statements.map((s) => s.text)).toEqual([said]);
    expect(statements[0]!.speaker?.name).toMatch(/Okafor$/);
  });

  it('"X told reporters" and a clause of its own after a quote is a new sentence', () => {
    const text =
      'The ministry denied the report, calling it “fake news.” Spokesman Tom Baker told reporters the claims were baseless.';
    const told = analyze(text).statements.find((s) => s.cue?.text === 'told');
    expect([told?.text, told?.speaker?.name]).toEqual(['the claims were baseless', 'Tom Baker']);
  });

  it('"promised to" after a quote is a new sentence, not where the quote was said', () => {
    const text =
      'Ruth Okafor spoke.\n\nShe called it “a failure.” She promised to meet the unions this week.';
    expect(analyze(text).statements.map((s) => s.text)).not.toContain('a failure.” She promised to meet');
  });
});

describe('analyze: a noun after "a" before a full name is what the name\'s clause describes', () => {
  it('is no part of the speaker', () => {
    const st = analyze(
      'The council froze the fees, a move Mayor Ana Ruiz called “a promise kept.”',
    ).statements;
    expect(st.map((s) => [s.speaker?.name, s.speaker?.role, s.speaker?.mention?.text])).toEqual([
      ['Ana Ruiz', 'Mayor', 'Mayor Ana Ruiz'],
    ]);
  });
});

describe('analyze: an unnamed speaker after an inverted cue', () => {
  // a word with an agent's ending after "a" or "one" heads the speaker, listed or not
  it.each([
    ['“The dock is stuck,” said one trucker, who declined to give his name.', 'one trucker'],
    ['“The dock is stuck,” said a trucker.', 'a trucker'],
    // past lowercase nouns modifying the head, with the kind of place they are at, before where they are
    [
      '“Words are cheap,” said a cancer biologist at a Boston medical school.',
      'a cancer biologist at a Boston medical school',
    ],
    ['“The dock is stuck,” said a computer programmer in Ohio.', 'a computer programmer'],
    ['“The dock is stuck,” said a trucker hauling grain to the port.', 'a trucker'],
    // guard: a pronoun-like word after the cue stays what it was
    ['“The dock is stuck,” said another.', 'another'],
  ])('%s', (text, name) => {
    expect(analyze(text).statements.map((s) => s.speaker?.name)).toEqual([name]);
  });
});

describe('analyze: between a cue and its quote', () => {
  it.each([
    // a short adjunct and a colon
    ['Ruth Okafor responded pointedly, with a smile: “It can happen at 45.”', 'It can happen at 45'],
    // a name may modify the addressee; a quote's first word opens no question
    [
      'Ruth Okafor, reading the speech, asked the Cleveland crowd “If the pier is safe, why is it closed?”',
      'If the pier is safe, why is it closed',
    ],
    // a possessive after the addressee opens the content
    ['Ruth Okafor told the AP her group never met the lobbyists.', 'her group never met the lobbyists'],
    // a particle before "that" ("tweeted out that")
    ['Ruth Okafor tweeted out that the pier would reopen.', 'the pier would reopen'],
    // the channel's addressee before "that" ("in a letter to investors")
    ['Ruth Okafor said in a letter to investors that the pier would reopen.', 'the pier would reopen'],
    // a short topic right after the cue is no part of what was said
    ['Ruth Okafor said of the pier, “It was never safe.”', 'It was never safe'],
    ['Ruth Okafor wrote about the mayor: “He knew.”', 'He knew'],
    // but a quoted title after "in" is no quote of hers, and the words before the cue are what she said
    [
      'The pier was never safe for children, Ruth Okafor said in her book, “Harbour Days.”',
      'The pier was never safe for children',
    ],
  ])('%s', (text, said) => {
    const statements = analyze(text).statements;
    expect(statements.map((s) => s.text)).toEqual([said]);
    expect(statements[0]!.speaker?.name).toBe('Ruth Okafor');
  });
});

describe('analyze: what precedes a relative "who" is its antecedent, not what was said', () => {
  it('takes nothing before "who told"', () => {
    const text =
      'The review will involve Ruth Okafor, who told Congress when asked last month about the fire: “We will.”';
    expect(analyze(text).statements.map((s) => s.text)).not.toContain('The review will involve Ruth Okafor');
  });
});

describe('analyze: a "who" after a list of roles', () => {
  it('stands for the name the roles describe', () => {
    const text =
      'The vote was close, said Ruth Okafor, a county delegate and union organizer who has warned that the pier is unsafe.';
    const st = analyze(text).statements.find((s) => s.text === 'the pier is unsafe');
    expect(st?.speaker?.name).toBe('Ruth Okafor');
  });
});

describe('analyze: a plural verb after a name', () => {
  it('makes no club of the second of two people joined by "and"', () => {
    const text = 'Mr. Ruiz and Mr. Tolliver were not worried. Mr. Tolliver said the vote was close.';
    expect(analyze(text).statements.map((s) => s.speaker?.type)).toEqual(['person']);
  });
});

describe('analyze: a "who" after an age', () => {
  it('stands for the name before the age', () => {
    const text = '“There is no safe place,” said Umm Salma, 45, who said she lost two nephews. “It hurts.”';
    expect(analyze(text).statements.map((s) => s.speaker?.name)).toEqual([
      'Umm Salma',
      'Umm Salma',
      'Umm Salma',
    ]);
  });
});

describe('analyze: "that night" after a cue', () => {
  it.each([
    [
      '“We will look back on this,” Ruth Okafor said in her victory speech that night.',
      'We will look back on this',
    ],
    ['“We will look back on this,” Ruth Okafor said that night.', 'We will look back on this'],
  ])('%s', (text, said) => {
    const st = analyze(text).statements;
    expect(st.map((s) => s.text)).toEqual([said]);
    expect(st[0]!.cue?.text).toBe('said');
  });
});

describe('analyze: "both" or "all" between the subject and the cue', () => {
  it.each([
    [
      'Ruth Okafor and Tom Baker have both urged the council to reopen the pier.',
      'Ruth Okafor and Tom Baker',
    ],
    ['The two unions have all warned that the pier is unsafe.', 'The two unions'],
  ])('%s', (text, name) => {
    expect(analyze(text).statements[0]?.speaker?.name).toBe(name);
  });
});

describe('analyze: a quoted word inside a "who" clause before the cue', () => {
  it('leaves the name before the clause as the speaker', () => {
    const text =
      'Retiree Doug Okafor, who lost 16 pounds “and two belt loops” this year, says the program changed his life.';
    const st = analyze(text).statements.find((s) => s.text === 'the program changed his life');
    expect(st?.speaker?.name).toBe('Doug Okafor');
  });
});

describe('analyze: a quote opening right after a quote-final stop', () => {
  it('starts a sentence of its own, with its own cue', () => {
    const text =
      'Ana Ruiz went after Tom Baker, when she called the plan “reckless.” “So the plan is great at slogans, but it would fail,” the former governor said.';
    const st = analyze(text).statements.find((s) => s.text.startsWith('So the plan'));
    expect(st?.speaker?.mention?.text).toBe('the former governor');
  });
});

describe('analyze: a year before the cue is when, not who', () => {
  it.each([
    [
      'The council is led by Ruth Okafor, who in 2010 said the goal was to win the county.',
      'the goal was to win the county',
      'Ruth Okafor',
    ],
    [
      'City financial records from December 2017 indicated the debt was $267 million.',
      'the debt was $267 million',
      'City financial records',
    ],
  ])('%s', expectOneStatement);
});

describe('analyze: "as X put it"', () => {
  it.each([
    [
      '“Formal is not a word we use,” as one diplomatic staffer put it.',
      'Formal is not a word we use',
      'one diplomatic staffer',
    ],
    ['The pier is a mess, as Ruth Okafor put it.', 'The pier is a mess', 'Ruth Okafor'],
    // "…, and as X noted, …" joins X to what follows, like a sentence-opening "As X noted,"
    [
      'Crews can still be fined, and as Ruth Okafor noted, the pier could stay closed for months.',
      'the pier could stay closed for months',
      'Ruth Okafor',
    ],
    // "put" placing something reports nothing and cuts no statement short
    [
      'Ruth Okafor warned that the delay would hurt riders and would put crews at greater risk.',
      'the delay would hurt riders and would put crews at greater risk',
      'Ruth Okafor',
    ],
  ])('%s', expectOneStatement);
});

describe('analyze: a document says what its issuer says', () => {
  it.each([
    [
      'The Northland Transit Authority issued a statement saying the pier was unsafe.',
      'the pier was unsafe',
      'Northland Transit Authority',
    ],
    ['Her office put out a statement saying the fares would rise.', 'the fares would rise', 'Her office'],
    [
      'Ruth Okafor, the union’s director, released a letter warning that crews are tired.',
      'crews are tired',
      'Ruth Okafor',
    ],
  ])('%s', expectOneStatement);
  it('what a document "read", quoted after a colon, is the document’s, not whoever spoke last', () => {
    const text =
      'Mayor Tom Baker said the timing was wrong.\n\nThe statement from the business group read: “We support the lanes.”';
    const st = analyze(text).statements.find((s) => s.text === 'We support the lanes');
    expect(st?.speaker?.name).toBe('The statement from the business group');
  });
});

describe('analyze: a "when" clause after the cue', () => {
  it.each([
    // a main clause after the subordinate one: both are what was said
    [
      'Ruth Okafor said when riders ignore the signs, they are putting crews at risk.',
      ['when riders ignore the signs, they are putting crews at risk'],
    ],
    // an adjunct before "that"
    ['Ruth Okafor said when asked that the pier was unsafe.', ['the pier was unsafe']],
    ['Ruth Okafor said outside court that they would consider an appeal.', ['they would consider an appeal']],
    // "this" opens an adjunct only before a time ("said this week that"); "said this one was" reports it
    ['Ruth Okafor said this one was special.', ['this one was special']],
    ['Ruth Okafor said this week that the pier was unsafe.', ['the pier was unsafe']],
    ['Ruth Okafor said under oath that she saw the car.', ['she saw the car']],
    // circumstance only
    ['Ruth Okafor spoke when she arrived, which was late.', []],
  ])('%s', (text, said) => {
    const statements = analyze(text).statements;
    expect(statements.map((s) => s.text)).toEqual(said);
    for (const s of statements) expect(s.speaker?.name).toBe('Ruth Okafor');
  });
});

describe('analyze: a name right after an inverted cue closing a list', () => {
  it.each([
    [
      'The app offers coaching, recipes, walking plans and goal setting, says Ruth Okafor.',
      'The app offers coaching, recipes, walking plans and goal setting',
      'Ruth Okafor',
    ],
    // "told" has its object after it: the described source before the comma speaks
    [
      '“Crews are tired,” a union official, who was not authorized to speak, told the Ledger.',
      'Crews are tired',
      'a union official',
    ],
    // a count opens no name: what follows the cue is what was said
    [
      'A senior official, who briefed reporters, said three Canadians, including a girl, were expected home.',
      'three Canadians, including a girl, were expected home',
      'A senior official',
    ],
  ])('%s', expectOneStatement);
});

describe('analyze: questions put to someone and claims named by a noun', () => {
  it.each([
    [
      'At the town hall, the senator was asked by a student whether the plant would close.',
      'whether the plant would close',
      'a student',
    ],
    // a question put to someone inside what a speaker says stays in that statement
    [
      'Maria Varga said she was asked to give a talk to the board.',
      'she was asked to give a talk to the board',
      'Maria Varga',
    ],
    ['The council faced allegations that it had ignored the warnings.', 'it had ignored the warnings', null],
    ['Ms. Varga’s claim that the bridge was unsafe drew a rebuttal.', 'the bridge was unsafe', 'Varga'],
    [
      'Mayor Maria Varga spoke first. Her remarks about the budget, brief as they were, drew applause.',
      'the budget',
      'Maria Varga',
    ],
  ])('%s', (text, said, name) => {
    const st = analyze(text).statements.find((s) => s.text.startsWith(said));
    expect(st, JSON.stringify(analyze(text).statements.map((s) => s.text))).toBeDefined();
    expect(st!.speaker?.name ?? null).toBe(name);
  });
});

describe('analyze: a programme told something, by its quoted name', () => {
  it.each([
    ['Tom Baker told NBC’s “Harbour Today” show that he was deeply sorry.', 'he was deeply sorry'],
    ['Tom Baker told CBS’s "Face the Harbour" program that he was sorry.', 'he was sorry'],
    // a broadcaster's possessive or "on" before the quoted name makes it a programme without its noun
    ['Tom Baker said on NBC’s “Meet the Harbour” on Sunday that the deal was dead.', 'the deal was dead'],
    ['Tom Baker told NBC’s “Meet the Harbour” that the deal was dead.', 'the deal was dead'],
    ['Tom Baker said on “Harbour Sunday” that the deal was dead.', 'the deal was dead'],
    // a quotation right after the one told is what was said
    ['Tom Baker told Reuters “We will win the case.”', 'We will win the case'],
  ])('%s', (text, said) => {
    expect(analyze(text).statements.map((s) => s.text)).toEqual([said]);
  });
});

describe('analyze: a one-word answer after a say-like cue, or topic after a particle', () => {
  it.each([
    ['Asked if he was ever bullied, the candidate said no.', 'no'],
    ['Asked about the pier, 75 percent of riders said yes.', 'yes'],
    // a topic in one word after a cue's particle
    ['Instead, Ana Ruiz repeatedly talked about Harbourcorp.', 'Harbourcorp'],
  ])('%s', (text, said) => {
    expect(analyze(text).statements.map((s) => s.text)).toEqual([said]);
  });
  it('but not a word that opens more ("said no one knew")', () => {
    expect(analyze('Ana Ruiz said no one knew.').statements.map((s) => s.text)).toEqual(['no one knew']);
  });
});

describe('analyze: a place and a colon below the headline are a dateline', () => {
  it('is not who speaks, nor part of what the sentence’s speaker said', () => {
    const text =
      'Monsoon arrives early\n\nNew Delhi: The monsoon reached Kerala on Saturday, eight days early, the weather office said.';
    const st = analyze(text).statements;
    expect(st.map((s) => [s.text, s.speaker?.name])).toEqual([
      ['The monsoon reached Kerala on Saturday, eight days early', 'weather office'],
    ]);
  });
  // one word no lexicon knows, when a long sentence in lower case follows (a headline's claim is short);
  // the upper-case one held before too, the title-case one, written again later, did not
  it.each([
    'Harbour plan approved\n\nLINDVIK: Four young engineers have won the national bridge prize for a harbour crossing near Lindvik Stadium that is already open.',
    'Lindvik: Four young engineers have won the national bridge prize for a harbour crossing that is already carrying traffic at Lindvik.',
  ])('%s', (text) => {
    expect(analyze(text).statements).toEqual([]);
  });
});

describe('analyze: cue words that are nouns here', () => {
  it.each([
    ['The champion beat her rival to win the title, completing a career Golden Slam.'],
    ['The harbour attacks in March changed the vote.'],
    ['A conference call was held on Friday.'],
    ['EXCLUSIVE: The harbour plan will cost twice as much'],
    ['SINGAPORE: Foreign workers will have to meet new criteria from next year.'],
    ['Maria Lind reported from the harbour at Esbjerg.'],
    ['The council called an emergency session after the storm.'],
    ['The two firms called off the merger last spring.'],
    ['It is fair to say that the harbour plan has stalled.'],
    ['Harbour attacks unsettle the port towns.'],
    ['The ads came with attacks that helped the party win.'],
    ['The 2014 attack on the harbour office changed the town.'],
    ['Nearly 300 emails that moved through the server were released.'],
    ['She campaigned in Maine and Vermont, states that vote on Tuesday.'],
    ['Polls closed in the four states that held primaries on Tuesday.'],
    ['She now leads in pledged delegates by a wide margin.'],
    // so is one after a word counting what follows
    ['The total confirmed cases worldwide are 2,825,140 and 197,666 have died.'],
    ['The port added 2,000 jobs last year.'],
    ['Ridership declined in every district.'],
    ['The so called “harbour initiative” was rejected by the voters.'],
    ['The mayor wrote a children’s book about the harbour.'],
    ['The big question remains unanswered.'],
    // "advise" with a person for its object is a job, not speech; "rejoin" a club is no cue
    ['The panel featured Tom Baker, who advises the premier on trade matters.'],
    ['Ana Ruiz rejoined the club after a year away.'],
    // asking that a name not be used, or be withheld, is a source going unnamed
    ['He asked that his name not be used because he was not authorized to speak.'],
    ['Hawa, 31, asked that her family name be withheld for her safety.'],
    // "heard" outside court reporting, or a headline's "hears" a case, reports nothing
    ['Neighbours heard a loud bang after midnight.'],
    ['Tribunal hears petition as governorship dispute deepens'],
    // a question whose asker goes unnamed names nobody: no highlight without a speaker
    ['At the town hall, the senator was asked whether the plant would close.'],
    // a report noun "on" a day says when it was made, not what about
    ['Her statement on Sunday was short and clear.'],
    ['Comey’s remarks on Tuesday morning surprised the room.'],
    // "called" and one lowercase word after a thing gives its name
    ['He was given a sedative called clonazepam, part of a group of drugs.'],
    // a written thing as the object of "wrote" is what was written, not what was said
    ['Tom Baker, who wrote an editorial accompanying the study, was cautious.'],
    ['She has written a new chapter in the history of the sport.'],
    // the name after "accuses" is whom it is about, never an inverted speaker
    ['The indictment, unsealed on Wednesday, accuses Tom Baker, 62, and two other men of fraud.'],
    // a cue whose object is what it reports is inverted after a quote only: the name after it is its object
    ['Judge Ann Lee in Boston, Massachusetts, rejected Harbour Mills’ request to dismiss the case.'],
    // "…, called the X," set off by commas names a thing
    [
      'The mayor disliked the gatherings of business people, called the Harbour Global Forum, that the council was holding abroad.',
    ],
  ])('finds no statement in %s', (text) => {
    expect(analyze(text).statements).toEqual([]);
  });
});

describe('analyze: the writer is no source', () => {
  it.each([
    ['I told reporters that the council erred badly.'],
    // with the auxiliary contracted onto the pronoun too
    ["I'd add that the council erred badly."],
    ['We’ve argued that the plan would fail.'],
    // someone dismissed or recalled is fired or called back
    ['The mayor dismissed Okoro last week.'],
    ['The Comets recalled goaltender Tom Baker from their affiliate.'],
    // a place before a headline's colon is the section's label, not a speaker
    [
      'Philippines: Senators grill officials over missing laptops\n\nMANILA - Senators on Tuesday grilled officials.',
    ],
  ])('finds no statement in %s', (text) => {
    expect(analyze(text).statements).toEqual([]);
  });
});

describe('analyze: according to a described source', () => {
  it.each([
    // an abbreviation's dot does not end the source
    ['The pier is unsafe, according to Dr. Ruth Okafor.', 'The pier is unsafe', 'Ruth Okafor'],
    // the source's apposition is no second statement
    [
      'The pier is unsafe, according to Ruth Okafor, a civil engineer at the institute.',
      'The pier is unsafe',
      'Ruth Okafor',
    ],
    // a person's description, then the name in apposition (with more sources after "and"): the name speaks
    [
      'She complained of chest pain, according to her husband, Tom Reed, and records the family shared.',
      'She complained of chest pain',
      'Tom Reed',
    ],
    // a role with its "of" before the name in apposition
    [
      'The mayor named a deputy, according to her chief of staff, Tom Reed.',
      'The mayor named a deputy',
      'Tom Reed',
    ],
    // a document, then the name that opens what it says
    [
      'According to a police summary, Ana Ruiz, a top aide, sent the email weeks before.',
      'Ana Ruiz, a top aide, sent the email weeks before',
      'a police summary',
    ],
    // a colon hands the source the quote it introduces, not a name inside it
    [
      'According to the Tribune: “Mayor Ana Ruiz has had a mixed record on the pier.”',
      'Mayor Ana Ruiz has had a mixed record on the pier',
      'Tribune',
    ],
    // a spaced hyphen standing for a dash ends the source
    [
      'The cut costs more than the pier, according to the Harbour Budget Office - half a point of output.',
      'The cut costs more than the pier',
      'Harbour Budget Office',
    ],
  ])('%s', (text, said, name) => {
    expect(analyze(text).statements.map((s) => [s.text, s.speaker?.name])).toEqual([[said, name]]);
  });
});

describe('analyze: a weak cue verb reports unquoted words only when inverted, in an aside splitting a clause or closing the sentence after its sources', () => {
  it.each([
    ['Smoke rises over the valley, as the airstrikes continue on Tuesday.', []],
    ['The ward was full, the nurse continued.', []],
    [
      'Fewer survivors were working three years later, researchers report.',
      ['Fewer survivors were working three years later'],
    ],
    ['“The ward was full,” the nurse continued.', ['The ward was full']],
    [
      'Eleven deaths were recorded in the region last year, reports Reuters.',
      ['Eleven deaths were recorded in the region last year'],
    ],
    // an aside splits one statement: both sides are what was said
    [
      'If the city can build a stadium, he observed, it can fix the pier.',
      ['If the city can build a stadium', 'it can fix the pier'],
    ],
    // a phrase with no verb before the aside is no clause cut in two
    ['South of the river, airstrikes continue, though at a slower pace than in the north.', []],
  ])('%s', (text, said) => {
    expect(analyze(text).statements.map((s) => s.text)).toEqual(said);
  });
});

describe('analyze: a participle after the addressee of "told" has its own "that"', () => {
  it.each([
    [
      '“We are not asking that,” Ana Ruiz told reporters, adding that the rule was broad.',
      [
        ['We are not asking that', 'told'],
        ['the rule was broad', 'adding'],
      ],
    ],
    [
      '“It is late,” Ana Ruiz told Tom Baker, asserting that the vote should wait.',
      [
        ['It is late', 'told'],
        ['the vote should wait', 'asserting'],
      ],
    ],
  ])('%s', (text, said) => {
    expect(analyze(text).statements.map((s) => [s.text, s.cue?.text])).toEqual(said);
  });
});

describe('analyze: cue verbs next to a quote or a "that" clause', () => {
  it.each([
    ['“But there is some risk,” Ana Ruiz interjected.', 'But there is some risk', 'interjected'],
    ['“We are late,” Tom Baker muttered.', 'We are late', 'muttered'],
    ['“People are afraid,” he surmised.', 'People are afraid', 'surmised'],
    ['Ana Ruiz posits that the tax will fail.', 'the tax will fail', 'posits'],
    ['Tom Baker confided that the plan was dead.', 'the plan was dead', 'confided'],
    [
      'Tom Baker later clarified that the tax applies only to vacant homes.',
      'the tax applies only to vacant homes',
      'clarified',
    ],
    ['“Then why did you come?” he rejoined.', 'Then why did you come', 'rejoined'],
    // a description between the quote and the name it describes is the speaker's, not what was said
    ['“We will not back down,” the union’s president, Ana Ruiz, said.', 'We will not back down', 'said'],
    ['The agency advised that the road would stay closed.', 'the road would stay closed', 'advised'],
    ['“We all miss her so much,” Ana Ruiz weighed in.', 'We all miss her so much', 'weighed in'],
    ['“And the rent is too high,” Tom Baker chimed in.', 'And the rent is too high', 'chimed in'],
    // "at least" counts what was said; it opens no adjunct
    ['The health ministry said at least 195 people were killed.', 'at least 195 people were killed', 'said'],
    // an event noun with what it is called after it is described, not convened
    ['The ministry called the strike “an act of terror”.', 'the strike “an act of terror”', 'called'],
    // after people, "called" and one word is what they called it
    ['They backed a bill that critics called anti-gay.', 'anti-gay', 'called'],
    // without a quote or a clause: no statement
    [
      'Tom Baker weighed in at 90 kilograms. Ana Ruiz chimed in as well. “We all agree,” she said.',
      'We all agree',
      'said',
    ],
  ])('%s', (text, said, cue) => {
    expect(analyze(text).statements.map((s) => [s.text, s.cue?.text])).toEqual([[said, cue]]);
  });
});

describe('analyze: the subject past asides, openers and complements', () => {
  it.each([
    // a quote reached past a prepositional aside after the cue
    [
      'Ana Ruiz, 35, the daughter of former mayor Tom Baker, said on Twitter on Monday, in reference to her first child, a girl born Sept. 26, 2014, “Next summer, Lily is going to be a big sister!”',
      'Next summer, Lily is going to be a big sister',
      'Ana Ruiz',
    ],
    // an opening "Back in 1999," and a span of time without its comma are no subjects
    [
      'Back in 1999, Tom Baker admired the mayor, telling CNBC: “I wish I could be like that.”',
      'I wish I could be like that',
      'Tom Baker',
    ],
    [
      'A few minutes later the organizers reversed themselves and said they would register voters.',
      'they would register voters',
      'the organizers',
    ],
    // an acronym that is a function word in lower case, and a day that ends the adjunct after the cue
    ['The WHO said on Friday the outbreak was contained.', 'the outbreak was contained', 'WHO'],
    // a possessive opens the modifiers of an unnamed source, not a verb among them
    [
      'Ontario’s chief medical officer said cases were falling.',
      'cases were falling',
      'Ontario’s chief medical officer',
    ],
    [
      'But just as the city’s late swoon had residents wondering whether the ferry would run all winter, the mayor spoke.',
      'whether the ferry would run all winter',
      'residents',
    ],
    // a capitalised adjective opening the sentence is no name: the subject runs to its verb
    [
      'Strong opposition parties voted against the budget, arguing that it would raise taxes.',
      'it would raise taxes',
      'Strong opposition parties',
    ],
    // whom it was told, without an article
    ['Two witnesses told police the driver ran a red light.', 'the driver ran a red light', 'Two witnesses'],
    // when it was said, between the subject and the cue
    [
      'Ana Ruiz earlier this week said the ferry would run all winter.',
      'the ferry would run all winter',
      'Ana Ruiz',
    ],
    [
      'Tom Baker last year said the ferry would run all winter.',
      'the ferry would run all winter',
      'Tom Baker',
    ],
    // "one" before a noun determines it like "a"
    ['“Everyone is exhausted,” one nurse told the BBC.', 'Everyone is exhausted', 'one nurse'],
    // a party named in apposition to a definite description describes it
    ['The governor, a Democrat, said she would sign the bill.', 'she would sign the bill', 'The governor'],
    // after a person's name, "of" starts the affiliation, whose noun is not the speaker
    [
      '“We are working around the clock,” said Sgt. Maria Lopez of the state police.',
      'We are working around the clock',
      'Maria Lopez',
    ],
    // an -ed adjective before a role is a modifier, not a verb ("undecided voter")
    [
      '“I am not sure where he stands,” said undecided Republican voter Ana Ruiz of Derry.',
      'I am not sure where he stands',
      'Ana Ruiz',
    ],
    // a person's role in lower case heads the phrase after an inverted cue
    ['“It was chaos,” said a paramedic at the scene.', 'It was chaos', 'a paramedic'],
    // a noun before the article that opens the speaker is another phrase's ("a move [that] the company said")
    [
      'Northwind cut 75 jobs in a move the company said was needed to stay afloat.',
      'was needed to stay afloat',
      'the company',
    ],
    // a participle and its day between a noun and the cue describe the subject
    [
      'A report published Wednesday said the minister used a private account.',
      'the minister used a private account',
      'A report',
    ],
    // "now" and "still" sit between a subject and its cue
    [
      'Many economists now say that the city should cut its deficit.',
      'the city should cut its deficit',
      'Many economists',
    ],
    // a degree word before an -ly adverb is part of the adverb, not a subject
    [
      'Ana Ruiz met the unions in May, and most recently defended the closure in a letter.',
      'the closure in a letter',
      'Ana Ruiz',
    ],
    // "another" determines its noun like "one"
    [
      'Tom Baker spoke first. Another commenter said, “The plan will fail.”',
      'The plan will fail',
      'Another commenter',
    ],
    // "sometimes" before a participle is an adverb, not a plural source
    [
      'Ana Ruiz offered to pay for the files, sometimes noting that the fee would be high.',
      'the fee would be high',
      'Ana Ruiz',
    ],
    // a name after a role's complement is the complement's; the speaker is the name before the role
    [
      'Eva Lind, the editor in chief of the city’s oldest newspaper, The Harbour Gazette, said every mayor was political.',
      'every mayor was political',
      'Eva Lind',
    ],
    // a name inside a relative clause is not the subject
    [
      'Tom Baker, whose latest company, Northwind, sells maps, said the mayor was a builder.',
      'the mayor was a builder',
      'Tom Baker',
    ],
    // a subject ending in a noun that looks like an adverb
    ['The family said the case was closed.', 'the case was closed', 'The family'],
    // a described speaker with its complement, after a quote too
    ['“Why did the vote fail?” a narrator in the ad asks.', 'Why did the vote fail', 'a narrator in the ad'],
    ['Forty percent of voters said the tax was too high.', 'the tax was too high', 'Forty percent of voters'],
    // "a Twitter comment" is a noun, whose "saying" is still the subject's
    [
      'Ana Ruiz posted a Twitter comment of her own, saying, “We are so excited to meet them!”',
      'We are so excited to meet them',
      'Ana Ruiz',
    ],
    // "at him" between the cue and its quote
    [
      'Tom Baker struck back within the hour, tweeting at him, “You are not just a loser, you are a liar.”',
      'You are not just a loser, you are a liar',
      'Tom Baker',
    ],
    // doubled quote marks around an inner single quote, and its closing mark is not said
    [
      "''We are told all the time, 'Ours is a special case,''' Ana Ruiz said.",
      "We are told all the time, 'Ours is a special case",
      'Ana Ruiz',
    ],
    // a dated dateline, and a name in apposition to a described subject
    [
      'PARIS, Aug 31 (Reuters) - The country’s far-right party leader, Eva Lind, voiced support for the mayor on Wednesday, saying his rival would bring war.',
      'his rival would bring war',
      'Eva Lind',
    ],
    // a dated dateline's place is never the subject, before a possessive description as before "The"
    [
      'DAMASCUS, Feb 4 (Reuters) - Syria’s interim president, Eva Lind, said she would form a government.',
      'she would form a government',
      'Eva Lind',
    ],
    // an unnamed source at a place, before a relative clause, is the subject as without the clause; a
    // ministry's portfolio is the source's too
    [
      'A source at a Vietnamese firm, who requested anonymity because he was not authorised to speak, said several Chinese firms had expressed interest.',
      'several Chinese firms had expressed interest',
      'A source at a Vietnamese firm',
    ],
    [
      'A senior Indian finance ministry official, speaking on condition of anonymity, said New Delhi had no interest in it.',
      'New Delhi had no interest in it',
      'A senior Indian finance ministry official',
    ],
    // … but not a description in apposition to a name
    [
      'Molly Wickham, a spokeswoman for the clan, whose members built a camp, said supporters were arriving.',
      'supporters were arriving',
      'Molly Wickham',
    ],
    // "Under" opens a title before its title word
    ['“We are closing gaps,” Under Secretary Tom Baker told reporters.', 'We are closing gaps', 'Tom Baker'],
    // a role before its place ("envoy for Syria") and a name in apposition: the chained cue's subject is the name
    [
      'The United Nations special envoy for Syria, Tom Baker, welcomed the plan but said it must be followed by action.',
      'it must be followed by action',
      'Tom Baker',
    ],
    // "in response to questions that": the questions answered, before the content's "that"
    [
      'The store said in response to questions that it valued its suppliers.',
      'it valued its suppliers',
      'The store',
    ],
    // "about" before an amount opens the content, as before a number
    [
      'A person familiar with the deal said about $80 million would go to staff.',
      'about $80 million would go to staff',
      'A person familiar with the deal',
    ],
    // the people a restrictive "who" clause describes speak, not the clause's object (customers, patients)
    [
      'Customers who spoke to the newspaper said prices had doubled.',
      'prices had doubled',
      'Customers who spoke to the newspaper',
    ],
    [
      'Patients who took part in the trial described dramatic changes.',
      'dramatic changes',
      'Patients who took part in the trial',
    ],
    // "averred" reports
    [
      'Party chief Tom Baker, however, averred that the rival was trying to politicise the case.',
      'the rival was trying to politicise the case',
      'Tom Baker',
    ],
    // a place and a role before the name after an inverted cue; short ranks of the Philippine and
    // Indonesian police and army
    ['The price is too low, said Dubbo stock agent Tom Hale.', 'The price is too low', 'Tom Hale'],
    ['“We are ready,” said Brig. Gen. Jose Santos, the regional commander.', 'We are ready', 'Jose Santos'],
    // a number with a thousands comma inside the subject is one number
    [
      'A blogger with 400,000 subscribers wrote that the war was lost.',
      'the war was lost',
      'A blogger with 400,000 subscribers',
    ],
    // what a court, jury or inquest heard in evidence is a statement, the body its source
    ['Baker had followed her home, the court heard.', 'Baker had followed her home', 'the court'],
    ['The inquest was told that the boy had been left alone.', 'the boy had been left alone', 'The inquest'],
    // a source where it is, then a "who" clause: the source speaks, not the place
    [
      'A senior diplomat in Lilongwe, who asked not to be identified, told Reuters the count was fair.',
      'the count was fair',
      'A senior diplomat',
    ],
    // a dateline in capitals outside ASCII, or of two places, is not what was said
    [
      'DÜSSELDORF, Germany — The plant will open in May, Ana Ruiz said.',
      'The plant will open in May',
      'Ana Ruiz',
    ],
    [
      'PARIS/ALGIERS, April 15 (Reuters) - Talks will resume, Ana Ruiz said.',
      'Talks will resume',
      'Ana Ruiz',
    ],
    // an adjective in -ory before the channel; a word formed like an adjective before a figure is no company
    ['Sales rose 4 percent, the company said in a regulatory filing.', 'Sales rose 4 percent', 'the company'],
    ['Operating profit fell 9 percent, the company said.', 'Operating profit fell 9 percent', 'the company'],
    // a participle after the channel says where it went out, not what was said
    [
      'Indonesia will buy 10 jets, COMAC said in a statement posted on its official WeChat account.',
      'Indonesia will buy 10 jets',
      'COMAC',
    ],
    [
      'The ministry said in a report published on Tuesday that 40 drones were shot down.',
      '40 drones were shot down',
      'The ministry',
    ],
    // a noun ending in -ly opens what was said; a manner adverb does not
    ['He said supply was short.', 'supply was short', 'He'],
    ['She said flatly that it was over.', 'it was over', 'She'],
    // asking that a name not be used is no statement, and the one asking still speaks
    [
      'A nurse at the hospital in Kisangani, who asked that her name not be published, said staff were exhausted.',
      'staff were exhausted',
      'A nurse',
    ],
    // … and so does one described by where they are based; the noun that opens what they said is not one
    // who says it after a comma
    [
      'A diplomat based in Kelmar City, who requested anonymity, said donor countries were growing frustrated.',
      'donor countries were growing frustrated',
      'A diplomat',
    ],
    [
      'One team owner, who spoke on condition of anonymity, said some clubs would struggle to break even.',
      'some clubs would struggle to break even',
      'One team owner',
    ],
    [
      '“We do not talk about it,” said a taxi driver who gave no name.',
      'We do not talk about it',
      'a taxi driver',
    ],
    // an "as" aside before a clause with its own speaker is no source of that clause
    [
      'Asked if police were involved, as advocates have alleged for years, the governor said there was no proof.',
      'there was no proof',
      'the governor',
    ],
    // a portfolio after a role's "on" is what the role is for, not where an unnamed source is
    [
      'PNP spokesperson on tourism Senator Janice Allen-McLean said the scheme had failed.',
      'the scheme had failed',
      'Janice Allen-McLean',
    ],
    // figures and data speak for whoever compiled or released them; "Turkish figures" are nobody's name
    [
      'According to figures compiled by the Hellenic Statistical Authority, exports fell in May.',
      'exports fell in May',
      'Hellenic Statistical Authority',
    ],
    [
      'Nearly 40,000 people have been killed, according to Turkish figures.',
      'Nearly 40,000 people have been killed',
      'Turkish figures',
    ],
    [
      'Athens-based Thalassa Tankers said its crew of 23 were safe.',
      'its crew of 23 were safe',
      'Thalassa Tankers',
    ],
    // a name before its former one, which a description between commas gives
    [
      'Valterra Platinum, the company formerly known as Anglo American Platinum, said output fell.',
      'output fell',
      'Valterra Platinum',
    ],
    // a name with its "the" closing the sentence holds the cues before it
    [
      'Teachers have voted to reject the offer, the B.C. Teachers’ Federation announced.',
      'Teachers have voted to reject the offer',
      'B.C. Teachers’ Federation',
    ],
    // a work's object is not its author: the review says it, not the data it read
    [
      'A review of the most recent data suggests $18 billion has been spent.',
      '$18 billion has been spent',
      'A review of the most recent data',
    ],
    // the one written to is no participle's speaker; the one who wrote is
    [
      'Senators wrote to the Justice Department demanding an investigation into the breach.',
      'an investigation into the breach',
      'Senators',
    ],
    // a count's hedge opens its group, and is no comparison
    ['More than 100 economists said the plan would fail.', 'the plan would fail', 'More than 100 economists'],
    // a body's kind between its article and its name is part of the affiliation, not the speaker
    ['Jennifer Liu of the think tank Bruegel said the plan was weak.', 'the plan was weak', 'Jennifer Liu'],
    [
      "Lindsay's lawyer, Jennifer Liu of the law firm Pillsbury, said her client was pleased.",
      'her client was pleased',
      'Jennifer Liu',
    ],
    // a trade's plural before what keeps it unnamed
    [
      'Gastroenterologists not involved in the study said the results were promising.',
      'the results were promising',
      'Gastroenterologists not involved in the study',
    ],
    // whom an unnamed source serves, before a clause that keeps it unnamed
    [
      'An adviser to the prime minister, who requested anonymity, said Matignon was ready to act.',
      'Matignon was ready to act',
      'An adviser to the prime minister',
    ],
    // an opening "According to" source's relative clause is no part of what was said
    [
      'According to a senior official, who spoke on condition of anonymity, the talks have stalled.',
      'the talks have stalled',
      'a senior official',
    ],
    // an apposition's name after its own participle and trade ("retired schoolteacher")
    [
      'Her neighbor, retired schoolteacher Harold Brandt, said the water rose fast.',
      'the water rose fast',
      'Harold Brandt',
    ],
    // after an inverted cue, a name in apposition to a description its owner's name opens
    [
      '“We are cooperating,” said Desert Crown’s chief executive, William Hartigan.',
      'We are cooperating',
      'William Hartigan',
    ],
    // a dateline's dash typed as two hyphens: the lede's subject opens its sentence
    [
      'TOKYO (Bloomberg) -- Toyota Motor Corp. will recall 1 million cars. The company said no one was hurt.',
      'no one was hurt',
      'Toyota Motor Corp.',
    ],
    // a cue before a colon is read as a cue, not as part of the speaker's name
    [
      'John Smith called the hearing. His spokeswoman told reporters: “The minister has apologised.”',
      'The minister has apologised',
      'John Smith’s spokeswoman',
    ],
    // a place after "in" and the words for its part is where the speaker is
    ['Wilfred King in northwestern Ontario said the deal was fair.', 'the deal was fair', 'Wilfred King'],
    // "One" opening the sentence counts the unnamed source, past the lowercase nouns before its head
    ['One cabinet minister said the polls would tighten.', 'the polls would tighten', 'One cabinet minister'],
    [
      'One telecommunications analyst, who asked not to be named, said a sale would be hard.',
      'a sale would be hard',
      'One telecommunications analyst',
    ],
    // a source noun that is the object of another source's preposition belongs to that source
    [
      'Advocates for homeless people said the shelter was too small.',
      'the shelter was too small',
      'Advocates for homeless people',
    ],
    [
      '72 percent of likely voters said the economy was weak.',
      'the economy was weak',
      '72 percent of likely voters',
    ],
    [
      'A pair of women recounted the injustices they suffered.',
      'the injustices they suffered',
      'A pair of women',
    ],
    // (not past a verb, nor a partitive's count, read whole elsewhere)
    ['Both camps ran slates of candidates who pledged their support.', 'their support', 'candidates'],
    // a delegation or a consulate in a city no list knows is where it is, and speaks
    [
      'The European Union delegation in Harare said the vote was flawed.',
      'the vote was flawed',
      'European Union delegation',
    ],
    ['The consulate in Lagos said visas were delayed.', 'visas were delayed', 'The consulate'],
    // a group of people "of" a place they live in speaks, not the place named last; "along" is a preposition
    [
      'Residents of a 19-storey tower block in Eastmere say the cladding is unsafe.',
      'the cladding is unsafe',
      'Residents of a 19-storey tower block in Eastmere',
    ],
    [
      'The race went ahead, and several people living along the course complained that they were not consulted.',
      'they were not consulted',
      'several people living along the course',
    ],
    // after an inverted cue, an unnamed source's affiliation named after its preposition is part of it, as
    // before the cue (not a name that goes on: "the Ivanka Trump brand", "USA Today")
    [
      '“The bar is high,” said analysts at Kestrel Research.',
      'The bar is high',
      'analysts at Kestrel Research',
    ],
    [
      '“This was an airport failure,” said a spokeswoman for Northstar Airways in an email.',
      'This was an airport failure',
      'a spokeswoman for Northstar Airways',
    ],
    [
      '“It is the destination,” said a representative for the Ivanka Trump brand.',
      'It is the destination',
      'a representative',
    ],
    ['“She is popular,” said a reporter for USA Today.', 'She is popular', 'a reporter'],
    // a group with a modifier before its noun, opening its clause, speaks for the place named after it; a
    // subordinator ends the group's phrases
    [
      'Markets fell even as central bankers on both sides of the Atlantic insist they are in no hurry.',
      'they are in no hurry',
      'central bankers on both sides of the Atlantic',
    ],
    [
      'Local officials on Crete say they were not consulted.',
      'they were not consulted',
      'Local officials on Crete',
    ],
    [
      'Dennis Pike hugged his mother and two sisters in the gallery moments after Circuit Judge Lorraine Haskett announced her decision.',
      'her decision',
      'Lorraine Haskett',
    ],
    // (past a participle, or a body of people with two modifiers; not past a comma)
    [
      'Postal workers interviewed outside a sorting plant in Mississauga said they were worried.',
      'they were worried',
      'Postal workers interviewed outside a sorting plant in Mississauga',
    ],
    [
      'Call centre staff in Sunderland said the cuts were brutal.',
      'the cuts were brutal',
      'Call centre staff in Sunderland',
    ],
    [
      'In Moscow, the management of RT said on Monday that its lawyers were dealing with the matter.',
      'its lawyers were dealing with the matter',
      'management of RT',
    ],
    // a known name runs on through its own lowercase words
    ['Save the Children said the camps were overcrowded.', 'the camps were overcrowded', 'Save the Children'],
    // a known name keeps its own possessive
    ["McDonald's said sales rose.", 'sales rose', "McDonald's"],
    // a group at a place, opening the sentence after a linking word
    [
      'But flight attendants at Islander said they had concerns about seniority.',
      'they had concerns about seniority',
      'flight attendants at Islander',
    ],
    // one of a group, named in apposition after an inverted cue
    [
      '“Theatres are for the rich,” said one of them, Barbara Hollis, 74.',
      'Theatres are for the rich',
      'Barbara Hollis',
    ],
    ['“Rates will rise,” said another analyst, Sofia Marchetti.', 'Rates will rise', 'Sofia Marchetti'],
    // "All" opening an organisation's name is part of it
    [
      'The All India Gaming Federation said a ban would push users offshore.',
      'a ban would push users offshore',
      'All India Gaming Federation',
    ],
    [
      'The All Progressives Congress said the vote was fair.',
      'the vote was fair',
      'All Progressives Congress',
    ],
    // a group and its affiliation right before the cue; of two groups joined, both and not the second alone
    [
      'Leaders of three Kolla communities said they had not been consulted.',
      'they had not been consulted',
      'Leaders of three Kolla communities',
    ],
    [
      "Scientists at the island's public health laboratory said the outbreak was driven by one type.",
      'the outbreak was driven by one type',
      "Scientists at the island's public health laboratory",
    ],
    [
      "Experts and advocates of women's rights say there are reasons.",
      'there are reasons',
      "Experts and advocates of women's rights",
    ],
    // "along" a place, as "in" one: the people there speak
    [
      'Residents along the Pra River said they would believe the changes when they saw them.',
      'they would believe the changes when they saw them',
      'Residents along the Pra River',
    ],
    // a fraction before "point" makes it a unit, so the clause's "and said" keeps the sentence's subject
    [
      'The Swiss National Bank cut its rate by a quarter point to 1.25 percent on Thursday, and said it stood ready to intervene.',
      'it stood ready to intervene',
      'Swiss National Bank',
    ],
    // the surname "He" between a title and a given name, not the pronoun
    ['“We are ready,” said Vice Premier He Lifeng.', 'We are ready', 'He Lifeng'],
    ['Commerce ministry spokesman He Yadong said the curbs were legal.', 'the curbs were legal', 'He Yadong'],
    // (and opening a clause before a given name and an apposition's comma)
    [
      '“What is the incentive?” He Jianxiong, the former executive director for China at the IMF, said.',
      'What is the incentive',
      'He Jianxiong',
    ],
    [
      'A ministry spokeswoman, He Yadong, told reporters the curbs were legal.',
      'the curbs were legal',
      'He Yadong',
    ],
    // a name no list knows, between someone's noun and an affiliation, is who speaks
    [
      'Another analyst, Ayo Teriba of the University of Lagos, said the naira would fall.',
      'the naira would fall',
      'Ayo Teriba',
    ],
    // a name after its preposition before a relative clause is whose the source is, as without the clause
    // (and one with a role in apposition keeps its name)
    [
      'A lawyer for Tom Baker, who was not in court, said the ruling was wrong.',
      'the ruling was wrong',
      'A lawyer for Tom Baker',
    ],
    // "to" after a person's role or relation ties it to the name, whose words these are not (the name
    // stays in the speaker's, which says whose they are)
    ['Aides to Tom Baker said he would not attend.', 'he would not attend', 'Aides to Tom Baker'],
    ['An adviser to Tom Baker said the vote was close.', 'the vote was close', 'An adviser to Tom Baker'],
    // the maker of a document, named after "by", speaks through it
    [
      'A fundraising page set up by her sister says the family needs help.',
      'the family needs help',
      'her sister',
    ],
    ['A report released by the ministry says wait times fell.', 'wait times fell', 'the ministry'],
    // the one quoted "in" a document speaks, as "by" someone
    [
      'Grace Kim is quoted in the city’s news release as saying the board explored every option.',
      'the board explored every option',
      'Grace Kim',
    ],
    // a document "from" someone's office speaks for that office
    [
      "According to a statement from the mayor's office, the library will close.",
      'the library will close',
      "mayor's office",
    ],
    // a plural possessive inside the described subject ("the teachers' union")
    ["The teachers' union said the offer was unfair.", 'the offer was unfair', "teachers' union"],
    // with nobody named as its maker or owner, a sent document speaks for itself (not whom it went to);
    // a platform's page, for its owner
    [
      'A letter sent to parents said that the school would close.',
      'the school would close',
      'A letter sent to parents',
    ],
    [
      'A video shared on Facebook said that the school would close.',
      'the school would close',
      'A video shared on Facebook',
    ],
    [
      'A Dec. 9 post shared on the Harbour School District’s Facebook said that cases were rising.',
      'cases were rising',
      'Harbour School District',
    ],
    [
      'A release sent to media from the Harbour Union said that workers voted yes.',
      'workers voted yes',
      'Harbour Union',
    ],
    ['Tom Baker’s remarks suggested that he regretted the vote.', 'he regretted the vote', 'Tom Baker'],
    // a relative clause opened by "whose" belongs to the unnamed source before it
    [
      'Parents whose children attend the school said they were never told.',
      'they were never told',
      'Parents whose children attend the school',
    ],
    [
      'But Ana Ruiz, acting political director of Northwind Action, which organized the letter, said the response was weak.',
      'the response was weak',
      'Ana Ruiz',
    ],
    // a floating "both" or "all" after a dashed aside or a party tag's bracket
    [
      'Business owners — whose shops were once the heart of the town — both suggested the plan be dropped.',
      'the plan be dropped',
      'Business owners',
    ],
    [
      'Sens. Ana Ruiz (D-Ore.), Tom Baker (D-Ohio) and Eva Lind (D-N.J.) all suggested that the claims could be grounds for a case.',
      'the claims could be grounds for a case',
      'Eva Lind',
    ],
    // a plural opening the sentence keeps its modifiers and the sentence's capital, not "But"
    ['Local business owners said the plan was dropped.', 'the plan was dropped', 'Local business owners'],
    [
      'But law enforcement experts said the plan was dropped.',
      'the plan was dropped',
      'law enforcement experts',
    ],
    // a surname that is also a quantifier, after a first name
    ['“Can he push back harder?” Tom Every, a strategist, said.', 'Can he push back harder', 'Tom Every'],
    // past a participle to the noun it modifies
    [
      '“Help us help our coach,” team members dressed for a game say in unison in the video.',
      'Help us help our coach',
      'team members',
    ],
    // a document whose name ends in -ing is no participle
    [
      '“The state cannot purge its voters,” said the ruling.',
      'The state cannot purge its voters',
      'the ruling',
    ],
    [
      '“The state cannot purge its voters,” the ruling said.',
      'The state cannot purge its voters',
      'the ruling',
    ],
    // a cue form inside a sentence's opening phrase
    [
      'In a statement defending the mayor, the campaign said he will be represented by two lawyers.',
      'he will be represented by two lawyers',
      'the campaign',
    ],
    [
      'Alongside Northwind calls for action, a top strategist said the party will have to choose.',
      'the party will have to choose',
      'a top strategist',
    ],
    // an organisation's name after an inverted cue keeps its "for", not the noun describing it
    [
      '“The situation is beyond catastrophic,” said the charity Northland Aid for Refugees.',
      'The situation is beyond catastrophic',
      'Northland Aid for Refugees',
    ],
  ])('%s', expectOneStatement);

  it('a document "by" a name before a relative clause is that name\'s, through its cue', () => {
    const [s] = analyze(
      'A statement e-mailed to The Globe by Eva Lind, who joined the board last month, said “Radio.FM91 will respect the order of the court.”',
    ).statements;
    expect([s?.cue?.text, s?.speaker?.mention?.text]).toEqual(['said', 'Eva Lind']);
  });

  it('"asked" between commas is the passive aside of the one who then speaks', () => {
    const said = analyze(
      'Ana Ruiz, asked about the deaths of workers under Mr. Baker, had said, “Our city does plenty of harm too.”',
    ).statements.find((s) => s.cue?.text === 'said');
    expect(said?.text).toBe('Our city does plenty of harm too');
    expect(said?.speaker?.name).toBe('Ana Ruiz');
  });
});

describe('analyze: a described subject with a plain report starts a clause of its own', () => {
  it.each([
    [
      'The cafe claimed responsibility for the error but city officials have said they do not believe it.',
      [
        ['responsibility for the error', 'The cafe'],
        ['they do not believe it', 'city officials'],
      ],
    ],
    [
      'Toxicology results confirmed a high level of the drug in his system, police said.',
      [['Toxicology results confirmed a high level of the drug in his system', 'police']],
    ],
    // its "that" past the cue's adjuncts
    [
      'The minister declined to comment, but her office said in an email that the review was ongoing.',
      [
        ['to comment', 'The minister'],
        ['the review was ongoing', 'her office'],
      ],
    ],
    // not a subject whose verb does not plainly report
    [
      'Tom Baker has said four of his kids and his wife will also speak at the convention.',
      [['four of his kids and his wife will also speak at the convention', 'Tom Baker']],
    ],
  ])('%s', (text, said) => {
    expect(analyze(text).statements.map((s) => [s.text, s.speaker?.name])).toEqual(said);
  });
});

describe('analyze: a quantifier speaks for a group, an unnamed source', () => {
  it.each([
    ['The funds denied it. “It is obviously wrong,” one of them told me.', 'one of them'],
    ['The candidates were united. Most said they would stay out of the way.', 'most of the candidates'],
    // "a" is no plural's article: the source starts after the noun it opens, or after a comma
    ['The board will raise fees, a move critics warn could drive families away.', 'critics'],
    ['Teachers voted to authorize a strike, union leaders announced.', 'union leaders'],
    ['A few critics said the fees were too high.', 'A few critics'],
    ['A No 10 spokesman said the talks would fail.', 'A No 10 spokesman'],
    // whose the source is, past a relative clause about them
    [
      'A spokesperson for Harbour Mills, which owns the mall, said the talks would fail.',
      'A spokesperson for Harbour Mills',
    ],
    // who backs a report is not who wrote it, and "report" after "a" and capitals is its noun
    [
      'A United Nations-backed report said Monday that the talks would fail.',
      'A United Nations-backed report',
    ],
    ['Every official said the talks would fail.', 'Every official'],
  ])('%s', (text, name) => {
    const [s] = analyze(text).statements;
    expect([s?.speaker?.name, s?.speaker?.type]).toEqual([name, 'unnamed']);
  });
});

describe("analyze: a quote after a colon with a cue of its own after it is that cue's", () => {
  it.each([
    [
      'In her speech, Ruth Okafor declared the need for resolve and drive: “Change the world, then change it again,” she said.',
      [
        ['the need for resolve and drive', 'declared'],
        ['Change the world, then change it again', 'said'],
      ],
    ],
    [
      'Ruth Okafor responded: “It can happen at 45 or at 50,” said Okafor, smiling.',
      [['It can happen at 45 or at 50', 'said']],
    ],
  ])('%s', (text, said) => {
    expect(analyze(text).statements.map((s) => [s.text, s.cue?.text])).toEqual(said);
  });
});

describe('analyze: a participle after a clause whose subject is an organisation described by its kind', () => {
  it.each([
    ['The diocese issued a statement, saying an investigation will look into the matter.', 'The diocese'],
    ['The diocese issued a statement on Tuesday, saying an inquiry would start.', 'The diocese'],
    // an owner's possessive opens the subject it owns
    [
      'Harbour’s two main opposition parties on Tuesday filed petitions, claiming widespread fraud.',
      'Harbour’s two main opposition parties',
    ],
    ['A coalition of groups sent a letter, urging Congress to act on the bill.', 'A coalition'],
  ])('%s', (text, name) => {
    expect(analyze(text).statements.map((s) => s.speaker?.name)).toEqual([name]);
  });
});

describe('analyze: an unnamed source whose modifiers start with an acronym', () => {
  it.each([
    [
      '“There is little to do,” said a former U.S. law enforcement official.',
      'a former U.S. law enforcement official',
    ],
    ['“This is crucial for both,” said one former GOP leadership aide.', 'one former GOP leadership aide'],
  ])('%s', (text, name) => {
    expect(analyze(text).statements.map((s) => [s.speaker?.name, s.speaker?.type])).toEqual([
      [name, 'unnamed'],
    ]);
  });
});

describe('analyze: a cue whose object is what was said keeps that object', () => {
  it.each([
    ['Tom Baker accused the mayor of hiding the debt.', 'the mayor of hiding the debt'],
    // up to its circumstances, the day with its "on"
    ['Tom Baker praised the plan on Wednesday.', /^the plan$/],
    // not the circumstance after it ("as they continued …")
    ['The rivals criticized him at a debate on Wednesday as they continued to pull away.', /^him\b/],
    // nor a clause that tells when ("after the company admitted …"); a reason may be the speaker's
    [
      'The senator is calling for a public inquiry into the data breach after the company admitted it lost the files.',
      /^a public inquiry into the data breach$/,
    ],
    [
      'The senator criticized the new rules for the banking sector because they would cost jobs.',
      /cost jobs$/,
    ],
  ])('%s', (text, said) => {
    expect(analyze(text).statements[0]?.text).toMatch(said);
  });
});

describe('analyze: how much someone said is not what they said', () => {
  it.each([
    ['The chief justice has said little in public.', []],
    // the question put to someone before their answer is not what they said
    ['Asked whether he would rule out a pardon, the governor said: “Yes.”', []],
    ['Pressed on the delay, the mayor said it was the weather.', ['it was the weather']],
    ['The mayor said nothing about the pier.', []],
    ['The mayor said nothing had changed.', ['nothing had changed']],
    ['The donor said much of the talk was about the harbour.', ['much of the talk was about the harbour']],
  ])('%s', (text, said) => {
    expect(analyze(text).statements.map((s) => s.text)).toEqual(said);
  });
});

describe('analyze: what was tried, asked for or is still to come is not said', () => {
  it.each([
    ['The minister is expected to announce the plan on Friday.'],
    ['Efforts to confirm that the bridge was safe failed.'],
    ['A resident, who asked not to be named, was angry.'],
    // a passive past an adverb ("is now accused") reports nothing of the subject's
    ['Police met the mother. She is now accused of planning the attack.'],
    // what must be said is a rule, what must have been said a guess
    ['Under the bylaw, a vendor must declare that the stall is licensed.'],
    ['Ana Ruiz must have said something that calmed the crowd.'],
  ])('%s', (text) => {
    expect(analyze(text).statements).toEqual([]);
  });
});

describe('analyze: a short quote right after its speaker goes on with them', () => {
  it('a whole quoted sentence after the statement, in its paragraph, is theirs however short', () => {
    const said = analyze('“It is a great day for the city,” Mayor Ana Ruiz said. “We are proud.”').statements;
    expect(said.map((s) => [s.text, s.speaker?.name])).toEqual([
      ['It is a great day for the city', 'Ana Ruiz'],
      ['We are proud', 'Ana Ruiz'],
    ]);
  });

  it('a short quote inside a sentence stays a scare quote', () => {
    const said = analyze('Ana Ruiz said the plan would work. The plan is “a fix”.').statements;
    expect(said.map((s) => s.text)).toEqual(['the plan would work']);
  });
});

describe('analyze: a pull quote, its speaker’s bare name closing the paragraph', () => {
  it('is what the person named in the story said', () => {
    const text =
      'The pier closed in May.\n\nIt was the heart of this town and it always will be. Ruth Okafor\n\nOkafor has run the ferry since 1990.';
    expect(analyze(text).statements.map((s) => [s.text, s.speaker?.name])).toEqual([
      ['It was the heart of this town and it always will be', 'Ruth Okafor'],
    ]);
  });

  it('is no statement where the name only signs each item off (a digest’s writer)', () => {
    const text =
      'The pier closed in May after a long fight over its cost. Tom Baker\n\nThe ferry will stop running in winter, the city said. Tom Baker';
    expect(analyze(text).statements.map((s) => s.text)).toEqual(['The ferry will stop running in winter']);
  });
});
