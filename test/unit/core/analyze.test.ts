// Table tests for the whole analysis (src/core/analyze.ts): statements, speakers, kinds, coreference, outlets
// and credits on short texts. One row per behaviour, a regression is one new line.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';

describe('analyze: statements, speakers and kinds', () => {
  const cases: [string, string, string | null, string][] = [
    [
      '“We will not back down,” said Jane Porter, a senior fellow.',
      'We will not back down',
      'Jane Porter',
      'direct',
    ],
    [
      'Officials said the talks would resume next week.',
      'the talks would resume next week',
      'Officials',
      'indirect',
    ],
    [
      'According to the Pentagon, the drills will continue through May.',
      'the drills will continue through May',
      'Pentagon',
      'indirect',
    ],
    [
      'The drills will continue through May, according to the Pentagon.',
      'The drills will continue through May',
      'Pentagon',
      'indirect',
    ],
    [
      'Mary Smith arrived late. She said the vote was “a historic moment for us.”',
      'the vote was “a historic moment for us.”',
      'Mary Smith',
      'mixed',
    ],
    [
      'Carlos Vega spoke first.\n“This is a quote that continues the speaker,” he said. “And so is this one here.”',
      'And so is this one here',
      'Carlos Vega',
      'direct',
    ],
    [
      'Ana Ruiz said in a brief statement that the plan had failed.',
      'the plan had failed',
      'Ana Ruiz',
      'indirect',
    ],
    // whom a channel was with, before the content's "that"
    [
      'Harbor Power said in a filing with state regulators that one of its lines had failed.',
      'one of its lines had failed',
      'Harbor Power',
      'indirect',
    ],
    // an interview's answer under the name, to the end of its paragraph
    [
      'We asked Dr. Helen Park, an energy economist, why.\n\nQ: Why are bills rising?\n\nPark: Three things. Gas prices spiked, and storms cost more.',
      'Three things. Gas prices spiked, and storms cost more',
      'Helen Park',
      'direct',
    ],
    // …also after a dateline's dash and a comma inside a closing quote; not a pronoun repeating the speaker
    [
      'CAIRO — Talks stalled on Thursday, with the army and the militia each accusing the other of lying, mediators said.',
      'Talks stalled on Thursday, with the army and the militia each accusing the other of lying',
      'mediators',
      'indirect',
    ],
    [
      'Secretary of State Ana Ruiz urged both sides to return “in good faith,” the State Department said.',
      'Secretary of State Ana Ruiz urged both sides to return “in good faith',
      'State Department',
      'mixed',
    ],
    [
      'Ruiz spokesman Tom Baker said that the campaign will go on “to the very end,” he said.',
      'the campaign will go on “to the very end,”',
      'Tom Baker',
      'mixed',
    ],
    // a description opening on an owner's possessive between a quote and the name is the speaker's
    [
      '“Measles is contagious,” Ontario’s chief medical officer, Dr. Kieran Moore, told reporters.',
      'Measles is contagious',
      'Kieran Moore',
      'direct',
    ],
    // a question, too, ends on its own mark before the description of the one who asked it
    [
      '“We have a deal, but at what cost?” the group’s director general, Ana Ruiz, said.',
      'We have a deal, but at what cost',
      'Ana Ruiz',
      'direct',
    ],
    // a clause of its own after an adverbial opening is what was written
    [
      'In the harbour town of Eastbrook, two people were killed when debris fell on a building, regional Gov. Ana Ruiz wrote on Telegram.',
      'In the harbour town of Eastbrook, two people were killed when debris fell on a building',
      'Ana Ruiz',
      'indirect',
    ],
    // whom someone told after a long subject is never the speaker
    [
      'Tom Baker of the Institute for Climate Impact Research, who was not involved in the study, told reporters that the estimate was uncertain.',
      'the estimate was uncertain',
      'Tom Baker',
      'indirect',
    ],
    // a source noun as a surname after a given name; whom an executive told, before a channel
    [
      'Revenue will decline, Chief Financial Officer Matthew Friend told analysts on a conference call.',
      'Revenue will decline',
      'Matthew Friend',
      'indirect',
    ],
    // a clock time ends its sentence before a capitalised word that is no day, month or zone
    [
      'The weather service said 26 inches had fallen by 7 a.m. Meteorologist Dan Kelly said more would fall.',
      '26 inches had fallen by 7 a.m',
      'weather service',
      'indirect',
    ],
    [
      'The storm hit at 7 a.m. ET on Friday, officials said.',
      'The storm hit at 7 a.m. ET on Friday',
      'officials',
      'indirect',
    ],
    // a participle reports the words after it, not the clause before it
    [
      'Dozens of students pitched tents on the main quad on Monday, vowing to stay until the board votes.',
      'to stay until the board votes',
      'Dozens of students',
      'indirect',
    ],
    // "per" a source, opening the sentence or after a comma; not a unit ("$5 per gallon")
    [
      'Per a police news release, investigators are asking anyone with video to come forward.',
      'investigators are asking anyone with video to come forward',
      'a police news release',
      'indirect',
    ],
    [
      'The deal is worth $5 billion, per the Harbour Ledger.',
      'The deal is worth $5 billion',
      'Harbour Ledger',
      'indirect',
    ],
    // a report closing the sentence holds the cue inside what it reports
    [
      'The pilot of a plane that crashed near Lakeview reported a loss of power minutes before the crash, federal investigators said Tuesday.',
      'The pilot of a plane that crashed near Lakeview reported a loss of power minutes before the crash',
      'federal investigators',
      'indirect',
    ],
    [
      'Avalos told investigators her boyfriend had threatened her, Detective Ana Ruiz wrote.',
      'Avalos told investigators her boyfriend had threatened her',
      'Ana Ruiz',
      'indirect',
    ],
    // a possessive opens the source's phrase; the clause before the comma is not its adjectives
    [
      'Asked whether the mayor still backed the rise, his official spokesman said: “The mayor backs it.”',
      'The mayor backs it',
      'his official spokesman',
      'direct',
    ],
    // someone a lede names by their role is the one who opens the next paragraph and speaks there
    [
      'A senior safety researcher at Lumen Labs has resigned, saying the company shipped products too early.\n\n' +
        'Elena Markovic, who led the evaluations team, announced her departure in a post on Thursday.',
      'the company shipped products too early',
      'Elena Markovic',
      'indirect',
    ],
    // (not when the lede names someone else too: the defendant is not the judge)
    [
      'A judge on Friday sentenced a 37-year-old man to prison, calling his conduct reckless.\n\n' +
        'Brandon Leach pleaded guilty in March, his lawyer said.',
      'his conduct reckless',
      'A judge',
      'indirect',
    ],
    // a provider of the figures cited is not "the company"
    [
      'Novaterm said orders fell sharply. Revenue missed forecasts, according to LSEG data. The company said ' +
        'demand was weak.',
      'demand was weak',
      'Novaterm',
      'indirect',
    ],
    // an owner's name is not the head of what it owns
    [
      "Meridian Bank said profits fell. The Bank of England's Prudential Regulation Authority is reviewing " +
        'the rules. The bank said it had closed 41 branches.',
      'it had closed 41 branches',
      'Meridian Bank',
      'indirect',
    ],
    // a "who" after an age and a description is the person named before both
    [
      '“He showed up,” said Linda Pearce, 71, a retired nurse who said she had met him in 1986.',
      'she had met him in 1986',
      'Linda Pearce',
      'indirect',
    ],
    // a spokesperson is not the next person quoted when a "who" introduces that person as someone new
    [
      'A spokesperson for Zoomr said its drivers were licensed. “I paid $185,000 for my plate,” said Kwame ' +
        'Asante, who has driven a taxi for 19 years.',
      'its drivers were licensed',
      'A spokesperson for Zoomr',
      'indirect',
    ],
    // an organisation a lede describes is the one the next paragraph opens on and has speak
    [
      'An experimental antibody slowed decline by a third, its developer said Monday.\n\n' +
        'Veridian Therapeutics said its drug worked.',
      'An experimental antibody slowed decline by a third',
      'Veridian Therapeutics',
      'indirect',
    ],
    // (a name is no description: "The World Anti-Doping Agency" keeps its name)
    [
      'The World Anti-Doping Agency said on Thursday that it faces a shortfall.\n\n' +
        "WADA's director general, Olivier Baudry, said the delays hurt.",
      'it faces a shortfall',
      'World Anti-Doping Agency',
      'indirect',
    ],
    // a company's full name inside a sentence whose "Inc." is no sentence end, and the short name it goes by
    [
      'Jurors decided that Redline Freight Inc. was negligent. The company said it would appeal.',
      'it would appeal',
      'Redline Freight Inc.',
      'indirect',
    ],
    [
      'Jurors found Redline Freight Inc. negligent. A former dispatcher, Kevin Dobbs, testified that drivers ' +
        'were pressured. Redline denied that. In a court filing, the company said Dobbs had been fired.',
      'Dobbs had been fired',
      'Redline Freight Inc.',
      'indirect',
    ],
    // (not where the short name owns another: "Aerion's main rival" is not Aerion)
    [
      'Aerion Aircraft Inc. delivered 40 jets. Calder Engines Corp. was fined. Aerion’s main rival faces its ' +
        'own difficulties, and the company has said it will not lift the cap.',
      'it will not lift the cap',
      'Calder Engines Corp.',
      'indirect',
    ],
    // a capitalised cue form inside a name set off by commas in prose is no cue
    [
      'Prosecutors said two employees of his firm, Gulf Coast Claims Advocates, submitted false estimates.',
      'two employees of his firm, Gulf Coast Claims Advocates, submitted false estimates',
      'Prosecutors',
      'indirect',
    ],
    // a month's abbreviation ends a sentence unless its day or year follows
    [
      'The fires reached Viña del Mar. Prosecutors said the blaze was set deliberately.',
      'the blaze was set deliberately',
      'Prosecutors',
      'indirect',
    ],
    ['The vote is on Mar. 5, officials said.', 'The vote is on Mar. 5', 'officials', 'indirect'],
    // "the body", "the trade body", "the governing body" stand for an organisation of any kind
    [
      'The Publishers Association said sales fell. In guidance published last month, the trade body ' +
        'recommended that publishers disclose AI narration.',
      'publishers disclose AI narration',
      'Publishers Association',
      'indirect',
    ],
    [
      'Nursing Homes Ireland said costs rose. The body blamed the Fair Deal scheme.',
      'the Fair Deal scheme',
      'Nursing Homes Ireland',
      'indirect',
    ],
    // "in" and an article tie an unnamed source to the body it works in, through a long aside; not a time
    [
      "Two officials in the prime minister's office, who asked not to be named because they were not " +
        'authorised to speak publicly, said the offer would stand.',
      'the offer would stand',
      "Two officials in the prime minister's office",
      'indirect',
    ],
    [
      'A senior figure at another university in the region, who asked not to be named, said mergers loom.',
      'mergers loom',
      'A senior figure at another university in the region',
      'indirect',
    ],
    ['Analysts in recent weeks said the rally would fade.', 'the rally would fade', 'Analysts', 'indirect'],
    [
      'Some parents in the county defended their choices. At a meeting, several argued that the rules were unfair.',
      'the rules were unfair',
      'several parents in the county',
      'indirect',
    ],
    // "the centre", "the alliance" stand only for an organisation named with that word
    [
      'The Pulse Sociological Centre published the survey on Monday. The centre said women were more ' +
        'likely to back talks.',
      'women were more likely to back talks',
      'Pulse Sociological Centre',
      'indirect',
    ],
    [
      'The Anti-Corruption Alliance pulled out of the forum. In a statement, the alliance said the ' +
        'organisers had erred.',
      'the organisers had erred',
      'Anti-Corruption Alliance',
      'indirect',
    ],
    // what keeps a source unnamed may run on through a "between … and …"
    [
      'A person familiar with the talks between the government and the operators said talks were cordial.',
      'talks were cordial',
      'A person familiar with the talks between the government and the operators',
      'indirect',
    ],
    // a spokesperson is not someone named later as another body's spokesperson
    [
      'Ministers met lobbyists 40 times.\n\nThe Department of Trade said it had been right to act. A ' +
        'spokeswoman said officials met many groups.\n\nLabour health spokeswoman Denise Horgan said the ' +
        'documents raised questions.',
      'officials met many groups',
      'A spokeswoman',
      'indirect',
    ],
    [
      'The Finance Ministry said duty was low. A ministry spokesperson said the gap would remain.\n\nCentre ' +
        'Party finance spokesman Jonas Berg said the budget was heavy on taxes.',
      'the gap would remain',
      'A ministry spokesperson',
      'indirect',
    ],
    // a lede's description is the organisation the next paragraph opens on only when that one speaks
    [
      'Ministers met lobbyists 40 times.\n\nThe trade department said it had been right to act.\n\nLabour ' +
        'health spokeswoman Denise Horgan said the documents raised questions.',
      'it had been right to act',
      'trade department',
      'indirect',
    ],
    // two titles joined by "and" before a name are one person's: the quote before is theirs
    [
      '“Today marks a new chapter,” Vantro Chairman and Chief Executive Javier Ortega said.',
      'Today marks a new chapter',
      'Javier Ortega',
      'direct',
    ],
    // a city set off by a comma before its state's compound describes the company, and names no one
    [
      'Aurora Software Inc. fell. Revenue rose 22% to $3.6 billion, the San Jose, California-based company said.',
      'Revenue rose 22% to $3.6 billion',
      'Aurora Software Inc.',
      'indirect',
    ],
    // "According to X, a description, …": what was said starts after the description; an adjunct stays
    [
      'According to Yusuke Hamada, an analyst at Mizuho Securities, each reactor could lift profit by a third.',
      'each reactor could lift profit by a third',
      'Yusuke Hamada',
      'indirect',
    ],
    [
      'According to Ana Ruiz, shortly before the vote, the mayor had promised to resign within a week.',
      'shortly before the vote, the mayor had promised to resign within a week',
      'Ana Ruiz',
      'indirect',
    ],
    // "the operator" stands for an organisation named before, as "the agency" does
    [
      'The Australian Energy Market Operator warned of shortfalls. “It is tight,” the operator said.',
      'It is tight',
      'Australian Energy Market Operator',
      'direct',
    ],
    // "Net income", like "Adjusted net income", is a figure, not a company "the company" stands for
    [
      'Andes Retail SA opened stores. Net income rose 31% to 112 billion pesos, the Santiago-based company said.',
      'Net income rose 31% to 112 billion pesos',
      'Andes Retail SA',
      'indirect',
    ],
    // people named by a trade's plural in "-men" speak from where they are, as "Residents in X" do
    [
      'Fishermen in Carrowmore say the catches have halved.',
      'the catches have halved',
      'Fishermen in Carrowmore',
      'indirect',
    ],
    [
      'Fishermen from the island of Ostervale said the quotas were unfair.',
      'the quotas were unfair',
      'Fishermen from the island of Ostervale',
      'indirect',
    ],
    // a body named by a list of what it is for, its last item with its article
    [
      'The Department of Agriculture, Food and the Marine said the quota would be cut.',
      'the quota would be cut',
      'Department of Agriculture, Food and the Marine',
      'indirect',
    ],
    // "the spokesperson" is the one who spoke for someone named, not that person
    [
      'A spokesperson for Education Minister Talia Brenn said the plan was sound. The spokesperson said the review would end soon.',
      'the review would end soon',
      'A spokesperson for Education Minister Talia Brenn',
      'indirect',
    ],
    // "the company" is not an agency its initials name, after a place too
    [
      'Tarrow Biosciences said the drug worked. The United States FDA is reviewing the drug, the company said.',
      'The United States FDA is reviewing the drug',
      'Tarrow Biosciences',
      'indirect',
    ],
    // the union representing workers at a company speaks, past a long object with the company's description
    [
      'The union representing cabin crew at Malaysian national carrier Sora Airways warned that it could strike.',
      'it could strike',
      'The union representing cabin crew at Malaysian national carrier Sora Airways',
      'indirect',
    ],
    [
      'A union representing more than 2,000 pilots at Indian carrier Norbus Airlines on Wednesday warned that it could strike.',
      'it could strike',
      'A union representing more than 2,000 pilots at Indian carrier Norbus Airlines',
      'indirect',
    ],
    // "the airline" is not a body whose name only says whose it is ("Sora Airways Cabin Crew Association"),
    // but may be one named with its group ("Holdings")
    [
      'Sora Airways cut 300 jobs on Monday. The Sora Airways Cabin Crew Association said the cuts were unfair. The airline said it was committed to dialogue.',
      'it was committed to dialogue',
      'Sora Airways',
      'indirect',
    ],
    [
      'Brennan Airlines Holdings reported a loss on Tuesday. Fuel costs rose, the airline said.',
      'Fuel costs rose',
      'Brennan Airlines Holdings',
      'indirect',
    ],
    // the one company named, far back, past a regulator and a group an apposition calls no company
    [
      'OSLO - Norway\'s Medicines Agency has approved a new asthma inhaler made by Halden Labs, the regulator said on Monday. The agency said two trials had shown fewer attacks in children. Its director, Kari Lunde, said the benefits outweighed the risks. "We looked at every case," Lunde said. Lungs Norway, a patient organisation, said its members had waited years for the inhaler. "This gives families a choice," the group said. Sales will start in March, the company said.',
      'Sales will start in March',
      'Halden Labs',
      'indirect',
    ],
    // initials past an owner's possessive
    [
      "Australia's Therapeutic Goods Administration approved the pill on Wednesday. The TGA said the trials were large enough.",
      'the trials were large enough',
      "Australia's Therapeutic Goods Administration",
      'indirect',
    ],
    // a union's list of trades, and an office's list of what it is for, inside one name
    [
      'The Coastal Nurses, Midwives and Paramedics Union said it welcomed the deal.',
      'it welcomed the deal',
      'Coastal Nurses, Midwives and Paramedics Union',
      'indirect',
    ],
    [
      'The Department of Parks, Heritage and Local Government said the fees would rise.',
      'the fees would rise',
      'Department of Parks, Heritage and Local Government',
      'indirect',
    ],
    // an alias after the name names it too; initials after an unknown name make it an organisation's
    [
      'The Italian Competition Authority, known as AGCM, fined Vireo on Monday. AGCM said the fine was final.',
      'the fine was final',
      'Italian Competition Authority',
      'indirect',
    ],
    [
      'The European Consumer Voice, known as ECV, said the ruling came too late.',
      'the ruling came too late',
      'European Consumer Voice',
      'indirect',
    ],
    // what a body is for, after its "for" or "of", says nothing of its kind
    [
      'The Netherlands Authority for Consumers and Markets has opened an inquiry into Cloudex, the regulator said on Wednesday.',
      'The Netherlands Authority for Consumers and Markets has opened an inquiry into Cloudex',
      'Netherlands Authority for Consumers and Markets',
      'indirect',
    ],
    // a nation's word and a trade before a company's name describe it
    [
      'Chinese battery maker Ningtai New Energy said on Tuesday it would build a plant in Hungary.',
      'it would build a plant in Hungary',
      'Ningtai New Energy',
      'indirect',
    ],
    // "the central bank" is a central bank, not the bank an economist works at
    [
      'The Bank of Japan held rates on Friday. Ken Sato, an economist at Mizuho Bank, said it was expected. The central bank said wages were rising.',
      'wages were rising',
      'Bank of Japan',
      'indirect',
    ],
    // what kind of body a company is, after a capitalised word, is no part of its name; nor is "Front" a person
    [
      'Gulf carrier Desert Falcon Airways said on Monday it would buy 40 jets.',
      'it would buy 40 jets',
      'Desert Falcon Airways',
      'indirect',
    ],
    [
      'Ratings agency Meridian Credit Services said the outlook was negative.',
      'the outlook was negative',
      'Meridian Credit Services',
      'indirect',
    ],
    [
      'The opposition National Unity Front said the count was rigged.',
      'the count was rigged',
      'National Unity Front',
      'indirect',
    ],
    [
      'The probes were blocked, Britain’s Rail Accident Investigation Branch said.',
      'The probes were blocked',
      'Britain’s Rail Accident Investigation Branch',
      'indirect',
    ],
    // the issuer of a document saying something, past an adverb before the verb
    [
      'The Electoral Commission counted the votes on Monday. The commission later issued a statement saying the count was fair.',
      'the count was fair',
      'Electoral Commission',
      'indirect',
    ],
    // a company named after a word for its kind is "the company", whatever its name's first word
    [
      'The mine was developed by the British-Chinese company Sierra Madre Lithium. The company filed a claim last year, arguing that the cancellation was illegal.',
      'the cancellation was illegal',
      'Sierra Madre Lithium',
      'indirect',
    ],
    [
      'The smelter is owned by Mexican conglomerate Grupo Andino. The company has said it will invest $1 billion.',
      'it will invest $1 billion',
      'Grupo Andino',
      'indirect',
    ],
    // a public body whose name holds an "and"
    [
      'No rain was expected for a week, Environment and Climate Change Canada said.',
      'No rain was expected for a week',
      'Environment and Climate Change Canada',
      'indirect',
    ],
    // a title before a name no list knows, and a surname that is a place, later
    [
      '“Members decide,” Superintendent Osvaldo Lagos said. Lagos added that the fine was the largest.',
      'the fine was the largest',
      'Osvaldo Lagos',
      'indirect',
    ],
    // a source noun closing a name of three ("son"), and a role noun opening one
    [
      "Da Nang People's Committee Chairman Tran Phuoc Son said the city would comply.",
      'the city would comply',
      'Tran Phuoc Son',
      'indirect',
    ],
    [
      'Farmer Somsak Boonmee, 52, said the payments did not cover his costs.',
      'the payments did not cover his costs',
      'Somsak Boonmee',
      'indirect',
    ],
    // an organisation's name: a head alone after its owner names nothing before "and"; a head after "of"
    // and a capitalised word; a head in the plural after a possessive plural; one the lexicon knows
    [
      "Thailand's Securities and Exchange Commission has filed a complaint against three executives, the regulator said.",
      "Thailand's Securities and Exchange Commission has filed a complaint against three executives",
      "Thailand's Securities and Exchange Commission",
      'indirect',
    ],
    [
      'The Domestic Trade and Cost of Living Ministry said it had deployed more officers.',
      'it had deployed more officers',
      'Domestic Trade and Cost of Living Ministry',
      'indirect',
    ],
    [
      "The Confederation of German Employers' Associations said wages were too high.",
      'wages were too high',
      "Confederation of German Employers' Associations",
      'indirect',
    ],
    ['IG Metall said the strike would go ahead.', 'the strike would go ahead', 'IG Metall', 'indirect'],
    // "the ministry" is no union or company named before; it is a department named for what it does
    [
      'Siemens called the plan a disaster. In Berlin, the federal economics ministry said it regretted the decision.',
      'it regretted the decision',
      'federal economics ministry',
      'indirect',
    ],
    [
      'NSW Health issued new guidance on Monday. The department said contingency plans were in place.',
      'contingency plans were in place',
      'NSW Health',
      'indirect',
    ],
    // a document's source is who put it out: "from" it, "by" it or "released by" it, up to a time or another
    // participle; a cue of the clause's own keeps its words
    [
      'The Kenya Wildlife Service arrested two men. The suspects will appear in court on Thursday, according to a statement from the agency.',
      'The suspects will appear in court on Thursday',
      'Kenya Wildlife Service',
      'indirect',
    ],
    [
      'Waiting lists grew by 40 per cent this year, according to figures published by NHS England last week.',
      'Waiting lists grew by 40 per cent this year',
      'NHS England',
      'indirect',
    ],
    [
      'Rents rose by four per cent, according to data from Canada Mortgage and Housing Corporation.',
      'Rents rose by four per cent',
      'Canada Mortgage and Housing Corporation',
      'indirect',
    ],
    [
      'Aissatou Sarr, the foreign minister, was cautious. Sarr said the dialogue was continuing, according to a readout from her office.',
      'the dialogue was continuing',
      'Aissatou Sarr',
      'indirect',
    ],
    // a plural role after a capitalised word heads the subject before a relative clause; a bare plural
    // after "said" is no inverted speaker
    [
      'Conservative councillors, who have campaigned against the scheme, welcomed the U-turn but said it had cost taxpayers more than £600,000.',
      'it had cost taxpayers more than £600,000',
      'Conservative councillors',
      'indirect',
    ],
    [
      'An expert cited in the report, which looked at real estate trends, said landlords in cities like Toronto will be looking at upgrades.',
      'landlords in cities like Toronto will be looking at upgrades',
      'An expert',
      'indirect',
    ],
    // a surname and a given name of two syllables joined in lower case; a name's elided "de" before a capital
    [
      'Park Seung-ho of Hanbit Investment said the problem was structural.',
      'the problem was structural',
      'Park Seung-ho',
      'indirect',
    ],
    [
      "Ronald d'Entremont, a scallop captain, said the crew were lucky. D'Entremont added that the sea was rough.",
      'the sea was rough',
      "Ronald d'Entremont",
      'indirect',
    ],
    // a spokesman for one body is no other body's spokesman named later
    [
      'A spokesman for the finance ministry said the position had not changed.\n\nThe government spokesman, Matthias Kesselring, said the chancellor took the concerns seriously.',
      'the position had not changed',
      'A spokesman for the finance ministry',
      'indirect',
    ],
    // a plural noun modifying the head ("elections", "forensics") is no verb ending the source
    [
      'Industrial relations experts said the commission could seek penalties.',
      'the commission could seek penalties',
      'Industrial relations experts',
      'indirect',
    ],
    // modifiers joined by "and" in a description after an inverted cue
    [
      '“There are not enough roles,” said the council’s health and safety policy director, Megan Ostrowski.',
      'There are not enough roles',
      'Megan Ostrowski',
      'direct',
    ],
    // a name after "said" and before a verb opens what was said: the subject is the long one before the cue
    [
      'A Saudi diplomat in Amman, speaking on condition of anonymity, said Riyadh still believed a deal was near.',
      'Riyadh still believed a deal was near',
      'A Saudi diplomat',
      'indirect',
    ],
    [
      'An executive at a rival studio, speaking on condition of anonymity, said his company viewed AI as a tool.',
      'his company viewed AI as a tool',
      'An executive at a rival studio',
      'indirect',
    ],
    // but a participle or a subordinate clause after the name is no verb of what was said
    [
      '“We will fight,” said Cruz constituent Dan Golvach when asked about the bill.',
      'We will fight',
      'Dan Golvach',
      'direct',
    ],
    [
      '“It is a problem,” said one Republican involved in the planning, who spoke on condition of anonymity.',
      'It is a problem',
      'one Republican',
      'direct',
    ],
    // a story's own company, with only a group someone works at named since
    [
      'Lakeshore Energy has applied to keep its plant open. Environmental groups vowed to oppose it. ' +
        '“It must close,” said Cora Lind, an energy campaigner at Friends of the Lakes. ' +
        'Lind pointed to a 2021 incident. The company has said the crack posed no risk.',
      'the crack posed no risk',
      'Lakeshore Energy',
      'indirect',
    ],
  ];
  it.each(cases)('%s', (text, said, speaker, kind) => {
    const st = analyze(text).statements.find((s) => s.text === said);
    expect(st, JSON.stringify(analyze(text).statements.map((s) => s.text))).toBeDefined();
    expect(st!.speaker?.name ?? null).toBe(speaker);
    expect(st!.kind).toBe(kind);
  });

  it.each([
    ['He used the so-called “nuclear option” again.'],
    ['She read “The Art of the Deal” on the plane.'],
    ['This context emphasizes the importance of trust.'],
    // a line's label before a colon
    ['Q&A: Nobel laureate on the future of vaccines'],
    ['Explainer: Why the harbour keeps flooding'],
    ['Recall: 1.2 million pressure cookers pulled after burn injuries'],
    ['The city has 40 doctors per 1,000 people and gas costs $5 per gallon.'],
    // a channel alone is no content
    ['Margaret Doyle apologized in a brief statement.'],
    // an amount added, hedged or not
    ['The company added only 200,000 subscribers in the last quarter.'],
    ['The economy added more than 90,000 jobs in May.'],
    // a group's place does not reach back across a relative clause ("whose whereabouts …")
    [
      'The exchange stalled in October over the inclusion of Omar Haddad, a senior politician from the Unity party whose whereabouts the Talvenis have never confirmed.',
    ],
    // a maker or regulator recalling products
    ['Health Canada recalled two brands of infant formula on Friday.'],
    ['Halvern Motors is recalling 300,000 trucks over faulty airbags.'],
    ['Brisco Biologics recalled the insulin pens in March.'],
    // a name given, after an adverb opening the sentence
    ['Originally called Pinewood Forest, the new town was modeled after European villages.'],
    // a linking word opens no phrase with a verb in it as a group at a place ("hit back at stories")
    ['But the prince hit back at stories that they blindsided the Queen by not telling her of their plan.'],
  ])('finds no statement in %s', (text) => {
    expect(analyze(text).statements).toEqual([]);
  });
});

describe('analyze: coreference and outlets', () => {
  const text = [
    'Mayor Doug McCallum said the city would appeal the ruling.',
    'Councillor Linda Annis disagreed. She said the appeal would cost taxpayers millions.',
    'McCallum later told CNN that the costs were exaggerated.',
    '“We will not give up on this,” he said.',
  ].join('\n');
  const byText = (said: string) => analyze(text).statements.find((s) => s.text === said);
  it.each([
    ['the city would appeal the ruling', 'Doug McCallum', 'Mayor', 'Mayor Doug McCallum', null],
    ['the appeal would cost taxpayers millions', 'Linda Annis', 'Councillor', 'She', null],
    ['the costs were exaggerated', 'Doug McCallum', 'Mayor', 'McCallum', 'CNN'],
    ['We will not give up on this', 'Doug McCallum', 'Mayor', 'he', null],
  ])('%s → %s', (said, name, role, mention, outlet) => {
    const st = byText(said);
    expect(st?.speaker).toMatchObject({ name, type: 'person', role, mention: { text: mention } });
    expect(st?.outlet).toBe(outlet);
  });
  it.each([
    [
      'Parents interviewed by CBC News said they were frustrated.',
      'Parents interviewed by CBC News',
      'CBC News',
    ],
    ['Voters polled by Gallup say the economy is the top issue.', 'Voters polled by Gallup', null],
    ['Ana Ruiz told the Australian Securities Exchange it would raise capital.', 'Ana Ruiz', null],
    [
      'Ana Ruiz told The Australian Financial Review that costs rose.',
      'Ana Ruiz',
      'Australian Financial Review',
    ],
    ['“The roads are terrible,” Tom Dach said in an interview with CTV News.', 'Tom Dach', 'CTV News'],
    ['Ana Ruiz told Radio-Canada that the roads were terrible.', 'Ana Ruiz', 'Radio-Canada'],
    ['Ana Ruiz warned in an interview with BNN Bloomberg that cuts would come.', 'Ana Ruiz', 'BNN Bloomberg'],
    // past words describing the outlet; a lead opening the sentence
    [
      'Ana Ruiz told the Italian newspaper Corriere della Sera that the talks were over.',
      'Ana Ruiz',
      'Corriere della Sera',
    ],
    ['Speaking to CNN’s Jake Tapper, Ana Ruiz said the talks were over.', 'Ana Ruiz', 'CNN'],
    // an outlet's own "The" written in lower case mid-sentence
    ['Ana Ruiz told the Guardian that the talks were over.', 'Ana Ruiz', 'Guardian'],
    // a name that alone may be anything, after "told the"
    ['Jenny Walsh told the ABC that the rescue came too late.', 'Jenny Walsh', 'ABC'],
    // a town's newspaper the lexicon does not know, by its head; a committee is none
    [
      'Ana Ruiz told the Eastbrook Herald on Tuesday that the talks were over.',
      'Ana Ruiz',
      'Eastbrook Herald',
    ],
    [
      'Ana Ruiz told the Springfield News-Leader that the talks were over.',
      'Ana Ruiz',
      'Springfield News-Leader',
    ],
    ['“People are frustrated,” he told the Herald. Ana Ruiz is the council leader.', 'he', 'Herald'],
    ['Ana Ruiz told the Senate Armed Services Committee that the talks were over.', 'Ana Ruiz', null],
    // an outlet the lexicon does not know, after a noun for its kind; a day is no outlet's name
    ['Ana Ruiz told Swiss broadcaster SRF that the talks were over.', 'Ana Ruiz', 'SRF'],
    ['Ana Ruiz told the channel France 2 that the talks were over.', 'Ana Ruiz', 'France 2'],
    ['Ana Ruiz told the weekly La Voz de Galicia that the talks were over.', 'Ana Ruiz', 'La Voz de Galicia'],
    ['Ana Ruiz told the newspaper Thursday that the talks were over.', 'Ana Ruiz', null],
    // a document released by someone stays theirs
    ['A statement released by the White House said the talks went well.', 'White House', null],
    // an outlet quoting someone "as saying": the one quoted speaks, through the outlet
    [
      'The Interfax news agency quoted Oleg Petrov as saying that the talks had failed.',
      'Oleg Petrov',
      'Interfax',
    ],
    [
      '“We have no idea why,” Reuters quoted Anna Belova, the channel’s editor, as saying.',
      'Anna Belova',
      'Reuters',
    ],
    [
      'Oleg Petrov spoke on Monday. RIA Novosti quoted him as saying the talks had failed.',
      'Oleg Petrov',
      'RIA Novosti',
    ],
    // (a participle quotes as the past tense does; where the one quoted works is part of who they are)
    [
      'The Saudi Press Agency reported the accord, quoting Faisal Alhamed as saying that it opens a new chapter.',
      'Faisal Alhamed',
      'Saudi Press Agency',
    ],
    [
      'Interfax quoted an official source at the Ministry of Foreign Affairs as saying that the talks had failed.',
      'an official source at the Ministry of Foreign Affairs',
      'Interfax',
    ],
    // an outlet carrying what someone said after their own cue: they speak, through the outlet
    ['“We did not know,” Zhang Wei said, according to Xinhua.', 'Zhang Wei', 'Xinhua'],
    [
      'The talks collapsed, Tom Baker told reporters, according to the Associated Press.',
      'Tom Baker',
      'Associated Press',
    ],
    // (and a record of the words: a recording, a copy, a transcript)
    [
      'Ana Ruiz took over on Monday. “Our customers depend on us,” she told employees, according to a recording seen by Reuters.',
      'Ana Ruiz',
      null,
    ],
    // (and a document where the words were read, after a plain "said" opening the clause; not after a
    // "said" joined to another's words)
    ['Tom Baker said the talks had collapsed, according to a statement from his office.', 'Tom Baker', null],
    [
      'Separately, the rail union said it was balloting members, according to a circular seen by Reuters.',
      'rail union',
      null,
    ],
    [
      'Shops reported that sales fell, while Ana Ruiz said prices rose, according to the report.',
      'the report',
      null,
    ],
    // (an outlet named by its kind carries the words too)
    [
      'The talks will resume, Foreign Minister Tom Baker said on Wednesday, according to state media.',
      'Tom Baker',
      null,
    ],
    // outlets of the African, Latin American, European and Asian press, and their news agencies
    ['“We are ready,” Tom Baker told Citizen TV.', 'Tom Baker', 'Citizen TV'],
    ['Ana Ruiz said on Channels Television that the vote was rigged.', 'Ana Ruiz', 'Channels Television'],
    ['The minister, Ana Ruiz, told El Tiempo that talks would resume.', 'Ana Ruiz', 'El Tiempo'],
    ['Tom Baker was quoted by IRNA as saying the talks had failed.', 'Tom Baker', 'IRNA'],
    // a wire service written in lower case, sports desks; an outlet named after words saying its kind, also
    // after the words it carried
    ['The tests would stop, Anke Vogel told dpa.', 'Anke Vogel', 'dpa'],
    ['“That is not what we signed,” Tom Baker told ESPN on Wednesday.', 'Tom Baker', 'ESPN'],
    ['The skater is innocent, Ana Ruiz told the state news agency TASS.', 'Ana Ruiz', 'TASS'],
    [
      'The talks are over, Ana Ruiz told the Italian newspaper Corriere della Sera.',
      'Ana Ruiz',
      'Corriere della Sera',
    ],
  ])('the speaker and the outlet: %s', (text, name, outlet) => {
    const st = analyze(text).statements.at(-1);
    expect([st?.speaker?.name, st?.outlet]).toEqual([name, outlet]);
  });
  it.each([
    // a description set off before the name is the speaker's role, not what was said
    [
      'Hale had been flying for 30 years, his wife, Linda, told reporters.',
      'Hale had been flying for 30 years',
      'Linda',
      'his wife',
    ],
    [
      'The plant will close in June, the union’s president, Ana Ruiz, said Tuesday.',
      'The plant will close in June',
      'Ana Ruiz',
      'the union’s president',
    ],
    [
      'The boy was found unharmed, his mother, Rosa, said. “He is tough,” she said.',
      'He is tough',
      'Rosa',
      'his mother',
    ],
  ])('a description before the name: %s', (text, said, name, role) => {
    const st = analyze(text).statements.find((s) => s.text === said);
    expect([st?.speaker?.name, st?.speaker?.role]).toEqual([name, role]);
  });
  it.each([
    // a wire lede's subject that the sentence then calls "the company" or "the studio"
    ['Brenvo has cut 10 per cent of its staff, the company said on Wednesday.', 'Brenvo', 'organization'],
    [
      'LOS ANGELES (AP) — Halcyon has pushed back the release of its sequel by a year, the studio said. The company said in a statement that the strike made it impossible.',
      'Halcyon',
      'organization',
    ],
    // a brand's capital at the end of one word
    ['SpaceX, which is building the lander, said it remained on track.', 'SpaceX', 'organization'],
    // a name's own report that opens on "its", or a "which" after it: a company, in its earlier reports too
    [
      'Halvern Southern said the train carried chlorine. Halvern Southern said in a statement that its crews were on site.',
      'Halvern Southern',
      'organization',
    ],
    [
      'Brenvo said the plant would close. Brenvo, which owns Harlow Foods, said it would cut 200 jobs.',
      'Brenvo',
      'organization',
    ],
    ['Kyushu Harbour Power said its reactors were safe.', 'Kyushu Harbour Power', 'organization'],
    // the noun a participle describes speaks, not the participle's object right before the cue
    [
      'A lawyer representing the family said the hospital was negligent.',
      'A lawyer representing the family',
      'unnamed',
    ],
    ['A group monitoring the war said 40 people were killed.', 'A group monitoring the war', 'unnamed'],
    // a headline's topic label before a colon is no speaker when a speaker and a cue follow it
    [
      'Outbreak: President Ana Ruiz said she spoke to the premier on Sunday\n\nThe story goes on here.',
      'Ana Ruiz',
      'person',
    ],
    // the head "of" the participle's noun, past a name ending the participle's object
    [
      'The mother of a teenager killed in a crash on Highway 12 is calling for tougher penalties.',
      'The mother of a teenager killed in a crash on Highway 12',
      'unnamed',
    ],
    [
      'Residents living near the harbour said they feared the smell.',
      'Residents living near the harbour',
      'unnamed',
    ],
    [
      'The union representing Harbour County’s nurses says the wards are understaffed.',
      'The union representing Harbour County’s nurses',
      'unnamed',
    ],
    // after an inverted cue, what keeps a source unnamed is part of it, up to a day, a verb or a clause
    [
      'Two board members pushed for his removal, said people familiar with the discussions.',
      'people familiar with the discussions',
      'unnamed',
    ],
    [
      'The talks failed, said a person close to the company on Friday.',
      'a person close to the company',
      'unnamed',
    ],
    [
      'The server was secure, said officials familiar with the server taken from the office.',
      'officials',
      'unnamed',
    ],
    // a name no lexicon knows after "in" and an organisation's whole name is where it is
    [
      'The Department of Foreign Affairs and Trade in Canberra said it was monitoring events.',
      'Department of Foreign Affairs and Trade',
      'organization',
    ],
    // a lowercase title after a name's possessive is a role, and the name in apposition to it speaks
    ['“Nobody believed in us,” said Vanta’s captain, Lee Ji-hoon.', 'Lee Ji-hoon', 'person'],
    ['“It was a hard year,” said Desert Crown’s captain.', 'Desert Crown’s captain', 'unnamed'],
    // a name after its kind's words opens the sentence as its subject, which "the company" then is
    [
      'The streaming platform Flicker will cut pay for creators, the company said.',
      'Flicker',
      'organization',
    ],
    // a stranger who gave a name after an inverted cue is that person
    ['“Everyone knew,” said one shopkeeper, who gave only his first name, Salvatore.', 'Salvatore', 'person'],
    ['“It is too late,” said a nurse, who gave her name only as Ana.', 'Ana', 'person'],
    // "the regulator" and "the watchdog" stand for an authority, a commission or an office
    [
      'The Financial Conduct Authority fined Barwick Bank 40 million pounds, the regulator said.',
      'Financial Conduct Authority',
      'organization',
    ],
    // two groups of people joined by "and" speak together; not across a verb, nor from a list's middle
    [
      'Eleven drugs are in short supply, doctors and pharmacists said this week.',
      'doctors and pharmacists',
      'unnamed',
    ],
    [
      'The plan drew fire from parents and teachers, who said the closures would hit poor areas hardest.',
      'parents and teachers',
      'unnamed',
    ],
    [
      'The remark worried some analysts and activists, who pointed out that it was unconstitutional.',
      'activists',
      'unnamed',
    ],
    // a work's author after words for the kind of body it is; not a place after other lowercase words
    [
      'Harvest Lane lost market share, according to figures from the research firm Kantar Shopwatch.',
      'Kantar Shopwatch',
      'organization',
    ],
    [
      'About a third of players quit, according to a survey by the market research firm Pixelgauge.',
      'Pixelgauge',
      'organization',
    ],
    [
      'Harvest Lane lost market share, according to a statement from the local police in Leeds.',
      'the local police in Leeds',
      'unnamed',
    ],
    // a source and whom or what it is behind, after a clause's comma (no name before it to be apposed to)
    [
      'The satellite has stopped working, the company behind the app said.',
      'the company behind the app',
      'unnamed',
    ],
    [
      'Prosecutors will review the findings, a spokeswoman for the office said.',
      'a spokeswoman for the office',
      'unnamed',
    ],
    // one person by their role, or a group past another, where a place no lexicon knows is
    [
      'A sales manager at a dealership in Dayton said he had four trucks.',
      'A sales manager at a dealership in Dayton',
      'unnamed',
    ],
    [
      'Parents of young skaters in Almaty said they were shocked.',
      'Parents of young skaters in Almaty',
      'unnamed',
    ],
    [
      'An official in the Ministry of Home Affairs said the data was late.',
      'An official in the Ministry of Home Affairs',
      'unnamed',
    ],
    // after "one", any lowercase modifiers up to the head
    [
      '“We stayed home,” said one retired shipyard worker, who gave only his first name.',
      'one retired shipyard worker',
      'unnamed',
    ],
    ['“Companies are afraid,” said one sales manager.', 'one sales manager', 'unnamed'],
    // a company by the coined word its name opens on, by its kind without "the", by what it is known as
    [
      'Riverbend Health System said it would fight. Riverbend said it was sure.',
      'Riverbend Health System',
      'organization',
    ],
    [
      'Stillwater Security said it would fight. Stillwater said it was sure.',
      'Stillwater Security',
      'organization',
    ],
    [
      'Health insurer Halcyon Mutual is facing lawsuits. Halcyon said it would fight.',
      'Halcyon Mutual',
      'organization',
    ],
    [
      'The theft was spotted by blockchain analytics firm Chainward. Chainward said funds moved.',
      'Chainward',
      'organization',
    ],
    [
      "Finland's transport and communications agency, Traficom, said it would review the case.",
      'Traficom',
      'organization',
    ],
    [
      "Finland's Security and Intelligence Service, known as Supo, said it had reason to believe.",
      "Finland's Security and Intelligence Service",
      'organization',
    ],
    [
      'Northmoor Oil said profit fell. Adjusted net income fell to $4 billion, the company said.',
      'Northmoor Oil',
      'organization',
    ],
    // "the forum", "the office", "the force", "the tour", "the charity": the one named with that word or kind
    [
      'The National Iwi Chairs Forum said it backed them. The forum warned that the Crown risked failure.',
      'National Iwi Chairs Forum',
      'organization',
    ],
    [
      'The Office of the Electoral Commissioner rejected the claim. The office said the roll was complete.',
      'Office of the Electoral Commissioner',
      'organization',
    ],
    [
      'Leicestershire Police reviewed the case. The force said that practices had changed.',
      'Leicestershire Police',
      'organization',
    ],
    [
      'The PGA Tour said it would review the rule. The tour said it would take a month.',
      'PGA Tour',
      'organization',
    ],
    ['Inquest Watch said deaths rose. The charity said 92 people died.', 'Inquest Watch', 'organization'],
    [
      "The FBI's Charlotte field office assisted the deputies. Deputies will stay, the sheriff's office said.",
      "sheriff's office",
      'organization',
    ],
    [
      'Keystone Gas & Light shut off the street. Keystone told regulators that it would replace its mains.',
      'Keystone Gas & Light',
      'organization',
    ],
    // a recording someone heard carries the words of the "told" before it
    [
      'Martin Vogel told employees that the company could not win, according to a recording heard by this paper.',
      'Martin Vogel',
      'person',
    ],
    // an organisation's name set off after a description of it
    [
      'The utility regulator, the Highlands Energy Board, said it would hold a hearing.',
      'Highlands Energy Board',
      'organization',
    ],
    // a share of a group that opened the sentence before, though it said nothing
    [
      'Environmental lawyers were divided. Some noted that the ruling was narrow.',
      'some environmental lawyers',
      'unnamed',
    ],
    ['Some artists welcomed the settlement. Others said it left musicians out.', 'other artists', 'unnamed'],
    [
      'Analysts expect a review in March. Several said they doubted the fund would agree.',
      'several analysts',
      'unnamed',
    ],
    // a water company, a watchdog that is a council, a college that is a school
    ['Medway Water said on Friday that every customer would get 150 pounds.', 'Medway Water', 'organization'],
    [
      'The Consumer Council for Water, the statutory watchdog, said it had complaints. The watchdog said it was worried.',
      'Consumer Council for Water',
      'organization',
    ],
    [
      'Brennan College will drop its legacy preference, the private liberal arts school said Wednesday.',
      'Brennan College',
      'organization',
    ],
    // "First" inside an organisation's name, and a head only a proper name has before "of"
    ['The Assembly of First Nations said it would go to court.', 'Assembly of First Nations', 'organization'],
    [
      'The Confederacy of Treaty Six First Nations said any changes require consent.',
      'Confederacy of Treaty Six First Nations',
      'organization',
    ],
    // a city and a plural nickname are a club, which "the team" stands for
    [
      'The Baltimore Ravens fired their coach on Monday. An interim coach will take over, the team said.',
      'Baltimore Ravens',
      'organization',
    ],
    // "the agency" for a programme
    [
      'The World Food Programme will cut monthly rations, the agency said on Thursday.',
      'World Food Programme',
      'organization',
    ],
    // an unnamed source's modifiers past a place's compound, and the kind of place it is at
    [
      '“Rates will fall,” said a Dubai-based fixed income fund manager.',
      'a Dubai-based fixed income fund manager',
      'unnamed',
    ],
    [
      '“Rates will fall,” a Dubai-based fixed income fund manager said.',
      'a Dubai-based fixed income fund manager',
      'unnamed',
    ],
    ['“Rates will fall,” said a high yield bond trader.', 'a high yield bond trader', 'unnamed'],
    [
      '“We are cautious,” said a partner at a Riyadh-based venture capital firm.',
      'a partner at a Riyadh-based venture capital firm',
      'unnamed',
    ],
    // a plural's apostrophe inside a role before the name, after the cue or before it
    ['“Certification is the ballgame,” said plaintiffs’ attorney Rebecca Stein.', 'Rebecca Stein', 'person'],
    ['“Certification is the ballgame,” plaintiffs’ attorney Rebecca Stein said.', 'Rebecca Stein', 'person'],
    // a description in apposition with an appositive of its own still describes the name before it
    [
      'Paul Ashford, a manager with Front Range Services, an adjusting firm, argued that roofers were the bottleneck.',
      'Paul Ashford',
      'person',
    ],
    // an ampersand inside the name a source speaks for
    [
      '“We publish authors,” said a spokesman for Hollister & Crane.',
      'a spokesman for Hollister & Crane',
      'unnamed',
    ],
    // a name ending in "-fish" is no demonym ("Irish", "Spanish")
    ['Industry body Seafish said 5,000 people work in processing.', 'Seafish', 'organization'],
    // "to" and a capitalised verb after an organisation's head carry its name on
    [
      'The Committee to Protect Journalists called the verdict a travesty.',
      'Committee to Protect Journalists',
      'organization',
    ],
    [
      '“It was bad,” said the Committee to Protect Journalists.',
      'Committee to Protect Journalists',
      'organization',
    ],
    // an ampersand between name words after an inverted cue; a place's "and" before its possessive
    ['“It was bad,” said Oklahoma Gas & Electric President Marcus Lyle.', 'Marcus Lyle', 'person'],
    ["Trinidad and Tobago's opposition demanded an answer.", "Trinidad and Tobago's opposition", 'unnamed'],
    // a capitalised word two before an organisation's head is in its name
    [
      'Pastor James Whitfield of Carverton First Baptist Church said the shelter was full.',
      'James Whitfield',
      'person',
    ],
    [
      'The Harlow Valley Bird Observatory reported 300 dead birds.',
      'Harlow Valley Bird Observatory',
      'organization',
    ],
    // a participle's bare object after a head ("lobbying firms" alone is no participle and its object)
    [
      'The union representing airport maintenance workers said the strike would go ahead.',
      'The union representing airport maintenance workers',
      'unnamed',
    ],
    [
      'Residents interviewed by this newspaper said the queues were long.',
      'Residents interviewed by this newspaper',
      'unnamed',
    ],
    // an apposition naming an example is no name for the subject
    [
      'Several conservatives, including Senator Rand Harlow of Kentucky, opposed the bill, arguing that it did nothing.',
      'Several conservatives',
      'unnamed',
    ],
    // a team or delegation of people speaks as a whole, as a group does
    [
      'The ice could break apart, a team of British and American scientists reported Monday.',
      'a team of British and American scientists',
      'unnamed',
    ],
    // a past participle with its passive's preposition too; not a finite verb and its adjunct
    [
      'A coalition formed by three unions said the bridge was unsafe.',
      'A coalition formed by three unions',
      'organization',
    ],
    [
      'The man accused of the attack told the court he was innocent.',
      'The man accused of the attack',
      'unnamed',
    ],
    ['The board struggled on Tuesday to explain the plan.', 'The board', 'unnamed'],
    // (… and goes back to the one it names, its tail left out; a name after a participle is no object)
    [
      'Judge Tom Baker set a date. The judge overseeing the case said the trial would start in May.',
      'Tom Baker',
      'person',
    ],
    ['Despite losing the vote Tom Baker said he would stay.', 'Tom Baker', 'person'],
    // a capitalised research, economics or analytics house is a firm
    ['Harbourpoint Research estimates that sales fell 4 per cent.', 'Harbourpoint Research', 'organization'],
    // (a given name first: a person, whatever "its" stands for)
    ['Ruth Okafor said in a statement that its roof was unsafe.', 'Ruth Okafor', 'person'],
    // a lowercase kind of organisation right before the name
    [
      'Five workers sued the delivery startup Brenvo on Tuesday. Brenvo denied the allegations.',
      'Brenvo',
      'organization',
    ],
    // a capitalised "Distribution" or "Branch" ends an organisation's name
    [
      'Eastern Grid Electricity Distribution said power would be back by Friday.',
      'Eastern Grid Electricity Distribution',
      'organization',
    ],
    [
      'The Marine Accident Investigation Branch said the crew was tired.',
      'Marine Accident Investigation Branch',
      'organization',
    ],
    // an organisation in a place no list knows is the organisation there, not a person called after the place
    [
      'The envoy will travel to Beirut on Tuesday, according to the U.S. Embassy in Amman.',
      'U.S. Embassy in Amman',
      'organization',
    ],
    ['“Members decide,” Superintendent Osvaldo Lagos said.', 'Osvaldo Lagos', 'person'],
    ['Park Seung-ho of Hanbit Investment said the problem was structural.', 'Park Seung-ho', 'person'],
    // the office of someone named is their office, as "Jane Ortiz's office" is
    [
      'The office of Prime Minister Jane Ortiz said the meeting would go ahead.',
      'Jane Ortiz’s office',
      'organization',
    ],
    // a plural country's adjective is no given name, so the body it opens is not a person's
    [
      'The Philippine Coast Guard said the vessel had fired a water cannon.',
      'Philippine Coast Guard',
      'organization',
    ],
    // a name's own "of" is no postmodifier of the subject before a participle cue
    [
      'The Ontario Department of Health began vaccinating on Wednesday after confirming 1,180 cases since April.',
      'Ontario Department of Health',
      'organization',
    ],
    // a single initial and its dot open a name, even one that reads as a word ("A.") and after a cue
    [
      'A. Jayasankar Menon, a Kochi-based political commentator, noted that the vote was close.',
      'A. Jayasankar Menon',
      'person',
    ],
    [
      '“The party has no record,” said K. Sudhakaran Pillai, the state Congress president.',
      'K. Sudhakaran Pillai',
      'person',
    ],
    // a trade paper known by name, its possessive no person's
    ["Lloyd's List reported last week that war-risk premiums had doubled.", "Lloyd's List", 'organization'],
    // an Irish surname's prefixed "h" keeps it whole
    [
      'Kevin Ó hUiginn, a spokesman for the department, said the review would continue.',
      'Kevin Ó hUiginn',
      'person',
    ],
    // no person's name joins its words with "&"
    [
      'Halvern Power & Light says about 200,000 customers are without power.',
      'Halvern Power & Light',
      'organization',
    ],
    // a particle joined to the surname by a hyphen
    [
      'Egyptian President Abdel Fattah el-Sisi said the crossing would stay open.',
      'Abdel Fattah el-Sisi',
      'person',
    ],
    // a count or article, a place and nouns before the head: the whole description
    [
      'One Burbank theater manager said staff hours had already been cut.',
      'One Burbank theater manager',
      'unnamed',
    ],
    [
      'One Burbank theater manager, who asked not to be named, said staff hours had been cut.',
      'One Burbank theater manager',
      'unnamed',
    ],
    [
      'A theater manager, who asked not to be named, said staff hours had been cut.',
      'A theater manager',
      'unnamed',
    ],
  ])('every statement of %s → %s', (text, name, type) => {
    const said = analyze(text).statements;
    expect(said.length).toBeGreaterThan(0);
    for (const st of said) expect(st.speaker).toMatchObject({ name, type });
  });
  it('never invents a speaker for an unresolvable pronoun', () => {
    const st = analyze('They said the vote was rigged.').statements[0];
    expect(st?.speaker).toMatchObject({ name: 'They', type: 'unknown' });
  });
});

describe('analyze: "the group" far from the organisation that last spoke', () => {
  it('is the organisation named in the sentence before, not the studio a page back ("group" fits any, so only a near one)', () => {
    const filler =
      'The strike has now lasted more than a hundred days, and theatres across the region have cut their hours. '.repeat(
        5,
      );
    const said = analyze(
      `Halcyon has pushed back the release of its sequel, the studio said.\n\n${filler}\n\nRepresentatives for the Alliance of Harbour Producers did not respond. The group has previously said its offer was fair.`,
    ).statements;
    expect(said.at(-1)?.speaker).toMatchObject({
      name: 'Alliance of Harbour Producers',
      type: 'organization',
    });
  });
});

describe('analyze: a known organisation after a word that is also a given name', () => {
  it('is no person', () => {
    const st = analyze('The Philippine Red Cross said it had run low on tarpaulins.').statements;
    expect(st.map((s) => [s.speaker?.name, s.speaker?.type])).toEqual([
      ['Philippine Red Cross', 'organization'],
    ]);
  });
});

describe('analyze: a company named "… Group"', () => {
  it('is "the company" (its last word says what it is, not its "Bank")', () => {
    const said = analyze(
      'The Royal Bank of Halvern Group said in a statement that "these decisions are not taken lightly." "We are reviewing the situation," the company said.',
    ).statements;
    expect(said.map((s) => [s.text, s.speaker?.name])).toEqual([
      ['these decisions are not taken lightly', 'Royal Bank of Halvern Group'],
      ['We are reviewing the situation', 'Royal Bank of Halvern Group'],
    ]);
  });
});

describe('analyze: credits and robustness', () => {
  it('credits a wire dateline', () => {
    const a = analyze('WASHINGTON (Reuters) — The Senate voted on Tuesday.');
    expect(a.article.credits).toEqual([
      { name: 'Reuters', type: 'news agency', evidence: ['WASHINGTON (Reuters) —'] },
    ]);
  });
  it('credits outlets the text reports through, contributors and attribution lines', () => {
    const text = [
      'PARIS (AFP) — The minister resigned on Monday, according to a report by Le Monde.',
      'She told CNN in an interview that she had no regrets.',
      'The Associated Press contributed to this report.',
      'Attribution: Reuters and contemporaneous reporting from multiple outlets.',
    ].join('\n');
    const a = analyze(text);
    expect(a.article.credits.map((c) => [c.name, c.type])).toEqual([
      ['AFP', 'news agency'],
      ['Le Monde', 'outlet'],
      ['CNN', 'outlet'],
      ['Associated Press', 'news agency'],
      ['Reuters', 'news agency'],
      ['contemporaneous reporting from multiple outlets', 'unnamed outlets'],
    ]);
    expect(a.statements[0]?.text).toBe('The minister resigned on Monday'); // no dateline in what was said
  });
  it('takes a By line when hints lack a byline', () => {
    expect(analyze('By Jane Doe\nThe vote passed.').article.byline).toBe('Jane Doe');
    expect(analyze('By Jane Doe\nThe vote passed.', { byline: 'Ann Lee' }).article.byline).toBe('Ann Lee');
  });
  // Linear means 10× the text costs about 10× the time; a quadratic path would cost 100×. Only the ratio is
  // checked (absolute speed floors live in `npm run bench`), each side the best of a few runs so that a busy
  // machine slowing one run does not decide the outcome.
  /** 10× the input: linear ≈ 10×, quadratic ≈ 100×; 3.5× margin for noise and GC. */
  const SUPERLINEAR_RATIO = 35;
  const best = (text: string, runs: number): number => {
    let min = Infinity;
    for (let r = 0; r < runs; r++) {
      const started = performance.now();
      analyze(text);
      min = Math.min(min, performance.now() - started);
    }
    return min;
  };
  it.each([
    ['unmatched quote marks', '“ ', 500_000],
    ['one huge paragraph without punctuation', 'word ', 200_000],
    ['straight quotes and cues', '"a said b, ', 100_000],
    ['names and pronouns', 'Mr. John Smith said he said that she said, ', 25_000],
    ['according to without sources', 'according to ', 80_000],
    ['quote marks alternating with newlines', '“\n', 500_000],
  ])('stays linear from 100 KB to 1 MB of %s', (_name, unit, times) => {
    best(unit.repeat(times / 100), 1); // warm the JIT so the two timings compare like with like
    const tenth = best(unit.repeat(times / 10), 3);
    const full = best(unit.repeat(times), 2);
    expect(full / Math.max(tenth, 1)).toBeLessThan(SUPERLINEAR_RATIO);
  });
});
