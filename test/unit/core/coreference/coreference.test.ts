// Table tests for speaker resolution on invented articles: each row is a short text, the statement to
// look at (by a words it contains) and the speaker name it must come out with (null: unresolved).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core';

const speakerOf = (text: string, containing: string) => {
  const s = analyze(text).statements.find((x) => x.text.includes(containing));
  if (!s) throw new Error(`no statement containing "${containing}"`);
  return s.speaker;
};

describe('coreference: the fullest name the article gives', () => {
  it.each([
    [
      'surname → full name',
      'Mayor Doug Keller opened the bridge. Keller said the toll would end in May.',
      'toll',
      'Doug Keller',
    ],
    [
      'a country in a description fits the subject just before when the article gave them no role',
      'Tom Baker has blasted the harbour board. The former Norway captain said the problems ran deep.',
      'problems ran deep',
      'Tom Baker',
    ],
    [
      '"the fund" for a fund named before',
      'The International Monetary Fund cut its forecast on Tuesday. The fund said growth would slow in Europe.',
      'growth would slow',
      'International Monetary Fund',
    ],
    // a description's head is a word of the name, not a longer head ending in it, nor its plural
    [
      '"the mission" is no Commission',
      'China’s mission to the EU rejected the findings. The European Commission said it would respond. “The report is biased,” the mission said.',
      'biased',
      'China’s mission to the EU',
    ],
    [
      '"the central bank" is no federation of banks',
      'The Central Bank of Brazil held a forum with the Brazilian Federation of Banks. The central bank said it would publish the rules in May.',
      'publish the rules',
      'Central Bank of Brazil',
    ],
    [
      'a surname written first, before another bearer is named',
      'Mr Tan Wei Jie, the chief executive of Harbour Holdings, said profits rose. “We are pleased,” Mr Tan said. Ms Rachel Tan, an analyst, said the shares were cheap.',
      'pleased',
      'Tan Wei Jie',
    ],
    [
      'an office written short ("CS", "MD") for the one who holds it',
      'Treasury Cabinet Secretary John Mbadi said the budget was sound. The CS said revenue would rise.',
      'revenue would rise',
      'John Mbadi',
    ],
    [
      'places listed after a clause that opens the sentence speak as one',
      'In a joint paper seen by Euractiv, Sweden, Finland and Denmark warned that the plan would fail.',
      'plan would fail',
      'Sweden, Finland and Denmark',
    ],
    [
      '"the company" for the one company the sentence before names, not as its subject',
      'The Kota Harmoni is operated by Pacific International Lines. The company said it was cooperating with the authorities.',
      'cooperating',
      'Pacific International Lines',
    ],
    [
      '"the official" for an unnamed one "familiar with" something, not the person named before',
      'Masato Kanda, the vice finance minister, said Tokyo was watching. A government official familiar with the matter said Tokyo was in touch with Washington. “There is a shared understanding,” the official said.',
      'shared understanding',
      'A government official familiar with the matter',
    ],
    [
      '"the deputy governor" for the deputy, not the governor named after',
      'Deputy Governor Carolyn Rogers spoke first. Governor Tiff Macklem left early. The deputy governor said rates would stay high.',
      'rates',
      'Carolyn Rogers',
    ],
    [
      '"the agency" closing a sentence for the agency it names, not for the company it is about',
      'Amazon has agreed to pay $2.5 billion to settle a lawsuit by the Federal Trade Commission, the agency announced Thursday.',
      '2.5 billion',
      'Federal Trade Commission',
    ],
    [
      "an outlet's name that is the surname of someone named in full is theirs",
      'Evan Spiegel, chief executive of Snap, testified on Tuesday. Spiegel said the company was sorry.',
      'sorry',
      'Evan Spiegel',
    ],
    [
      "an abstract noun's plural after a title's possessive is no one, so no pronoun's antecedent",
      "Opening Prime Minister's Questions, the Leader of the Opposition said the NHS was failing. She told MPs: “It has run out of excuses.”",
      'excuses',
      'the Leader of the Opposition',
    ],
    [
      "an unnamed spokesperson is not one named later as another body's",
      "A foreign ministry spokesperson said China opposed the visit. The defence ministry's spokesman, Zhang Xiaogang, said the drills were routine.",
      'opposed',
      'A foreign ministry spokesperson',
    ],
    [
      "a sentence opening on a figure's adjective names no company for the company that said it",
      'Northway Energy reported lower profits. Adjusted net income fell to $4.1 billion, the company said.',
      'Adjusted net income',
      'Northway Energy',
    ],
    [
      'a sentence opening on a common plural and its preposition names no company either',
      'Sandline Events said it was sorry. Tickets for the event went on sale last week, the company said.',
      'Tickets',
      'Sandline Events',
    ],
    [
      'a treasurer is an office whose holder "the Treasurer" names, as a premier is',
      'Federal Treasurer Daniel Whitcombe on Tuesday defended his budget. The Treasurer said the government had found savings.',
      'savings',
      'Daniel Whitcombe',
    ],
    [
      '"Another" alone is one more of the kind of unnamed source counted before it',
      'One cabinet minister said the polls would tighten. Another, who asked not to be named, said the office needed a reset.',
      'reset',
      'another cabinet minister',
    ],
    [
      'an employer after a role noun and "at" is no person a later "he" could be',
      '"The yen is too weak," said Oliver Brandt, a strategist at Raymond James. He added that a hike was possible.',
      'a hike was possible',
      'Oliver Brandt',
    ],
    [
      'an employer ending on "Investors" is an organisation, whatever its first word',
      '"The yen is too weak," said Oliver Brandt, an economist at Lyle Global Investors. He added that a hike was possible.',
      'a hike was possible',
      'Oliver Brandt',
    ],
    [
      "an unnamed source's relative clause is no part of the head a later description matches",
      'Rachel Okonkwo, a researcher, said the approaches were hard to read. A former senior Pentagon official who worked on space policy said the satellite had been tracked. "They knew exactly what it was doing," the former official said.',
      'They knew exactly',
      'A former senior Pentagon official who worked on space policy',
    ],
    [
      'a group with a relative clause is the "they" that goes on',
      'Though executives who have worked with Lachlan Murdoch say they assume he shares his views, they also say he does not advertise them.',
      'he does not advertise them',
      'executives who have worked with Lachlan Murdoch',
    ],
    [
      'a surname opening a sentence before an adverb and its verb is the person the next "he" goes on from',
      'Aurelio Mensah spoke first. Tom Hale said Washington was engaged. Mensah also addressed the funding. He told reporters that the WHO faced a shortfall.',
      'the WHO faced a shortfall',
      'Aurelio Mensah',
    ],
    [
      'an honorific before two words shows a full name, whose surname\'s later mentions the next "he" goes on from',
      'Dr. Aurelio Mensah spoke first. A spokesperson said Washington was engaged. Later, Mensah addressed the funding. He told reporters that the WHO faced a shortfall.',
      'the WHO faced a shortfall',
      'Aurelio Mensah',
    ],
    [
      'an office a headline and its lede name alone is the first person named after with that office',
      'Housing minister admits homes target is under pressure\n\nThe pledge to build 300,000 homes is under real pressure, the housing minister conceded on Tuesday.\n\nHousing Minister Rachel Okonjo told the committee that progress had been slow.',
      'The pledge to build',
      'Rachel Okonjo',
    ],
    [
      "a lede's office is not someone's whose role names another place",
      "Turkey's foreign minister said on Wednesday that his country was ready to host talks.\n\nThe Iranian minister, Ali Reza Moghaddam, thanked Turkey for the proposal.",
      'his country was ready',
      "Turkey's foreign minister",
    ],
    [
      'a description whose head only a named body has ("the bureau", "the panel", "the cooperative") is that body',
      'The Aviation Accident Investigation Bureau published its report on Monday. The bureau said the crew had acted well.',
      'the crew had acted well',
      'Aviation Accident Investigation Bureau',
    ],
    [
      "a title-case headline's clause is no body's name",
      'Border Officials Tell House Panel They Need More Judges\n\nBorder officials told a House subcommittee on Wednesday that judges were scarce.\n\nMore judges would not help, the panel said.',
      'More judges would not help',
      'the panel',
    ],
    [
      "an office's plural names no one person named later with that office",
      'A bipartisan group of 31 state attorneys general on Monday demanded that chatbot companies explain how they protect minors. Attorney General Wendell Harrigan said the apps were unsafe.',
      'chatbot companies explain',
      'A bipartisan group of 31 state attorneys general',
    ],
    [
      '"the group" is the one organisation named, however far back, when none is named since',
      'Contact was lost on June 20, according to the Clean Air Trust, the New York-based nonprofit that raised about $90 million to build it.\n\n"We have made repeated attempts to re-establish contact, and so far none have succeeded," said Gabriela Ortiz-Lund, its chief scientist. "We believe the spacecraft has lost power, and it is unlikely we will be able to recover it."\n\nThe satellite had already delivered data on hundreds of large leaks in places including the Permian Basin in Texas, Turkmenistan and Algeria, Ortiz-Lund said. The group said it would continue to publish that data.',
      'it would continue to publish',
      'Clean Air Trust',
    ],
    [
      '"its" after a one-word speaker nothing shows is a person: that organisation',
      'Sterling Stores recalled the chicken on Monday and said refunds were available.\n\nRedfield said the same. Its spokesman said affected shoppers would receive an email.',
      'affected shoppers would receive',
      'Redfield’s spokesman',
    ],
    [
      '"Several" alone after a group speaks is several of them',
      'Shoppers interviewed outside a supermarket said prices were high. Several said they had noticed smaller packs.',
      'noticed smaller packs',
      'several shoppers',
    ],
    [
      '"Others" alone after a group is others of its kind',
      'Industry veterans warned that more closures were coming. Others said the worst was over.',
      'the worst was over',
      'other industry veterans',
    ],
    [
      'a share of a group is no share of it when someone else spoke since',
      'Industry veterans warned that more closures were coming. "The margins are thin," said Capt. Anand Raghunathan. Some said they could smell fuel.',
      'smell fuel',
      'Some',
    ],
    // a name with two particles before its surname, and a surname whose Arabic article a mention drops
    [
      'two particles inside a name',
      'Commission President Ruth van der Lind welcomed the deal. “We must keep the harbour open,” van der Lind wrote.',
      'harbour',
      'Ruth van der Lind',
    ],
    [
      'a surname without its article',
      'President Omar Hassan al-Nuri met the envoy. Nuri said the harbour would reopen.',
      'harbour',
      'Omar Hassan al-Nuri',
    ],
    [
      'a surname after its particles, used alone, names the full name that ends in it',
      'The harbour is silting, according to a study by Ana Ruiz of the Northland Institute and Jamon Van Den Lind of Lindvik University. “It is rising,” Van Den Lind said.',
      'rising',
      'Jamon Van Den Lind',
    ],
    [
      'guard: a particle and a surname are no full name of their own',
      'De Lind: Trust the harbour board\n\nMayor Bill de Lind said the harbour was safe. “Trust the board,” De Lind said.',
      'Trust the board',
      'Bill de Lind',
    ],
    // a Korean name writes its surname first, before a hyphened given name
    [
      'a surname written first',
      'Park Won-ho was sworn in on Wednesday. “I will serve the harbour towns,” Park said.',
      'harbour',
      'Park Won-ho',
    ],
    [
      'a surname written first, with another of that surname named later',
      'Kim Moon-soo conceded on Wednesday. “I accept the result,” Kim told reporters. Kim Min-seok, a lawmaker, was named the harbour minister.',
      'result',
      'Kim Moon-soo',
    ],
    [
      'a role noun after a comma with a verb after it is the next clause’s subject, no apposition',
      'Mayor Bill Keller toured the damage on Sunday. Speaking in Chelsea, the mayor said the blast was not linked to terrorism.',
      'terrorism',
      'Bill Keller',
    ],
    [
      'a name after "the" modifies the sentence’s subject and is not it',
      'Ana Ruiz met voters in Dayton. The Ruiz campaign later sent a flyer with a photo of Tom Baker, with a note that the candidate had said the city was broke.',
      'broke',
      'Tom Baker',
    ],
    [
      'a person a description named earlier in the sentence is not the one a later description names',
      'Ana Ruiz has been critical of Tom Baker for years. In June, the Ohio senator called on voters to reject Baker after the candidate claimed the judge was biased.',
      'biased',
      'Tom Baker',
    ],
    [
      'what someone is worth or famous for describes them',
      'Tom Baker, Harbour Air’s chief executive, promised that flights would resume. In a post on X, the billionaire said the update would make flying safer.',
      'safer',
      'Tom Baker',
    ],
    [
      'a common word opening the words the description speaks is no organisation of its own',
      'Smoke sent air quality to its worst level. The National Weather Service said the smoke would linger. Air quality is expected to improve by the weekend, the agency said.',
      'weekend',
      'National Weather Service',
    ],
    [
      'a role someone will serve as is theirs',
      'The Harbour Jets fired head coach Tom Baker on Tuesday. Defensive coordinator Ana Ruiz will serve as interim coach. Ruiz said she would not make sweeping changes. “We are going to keep it simple,” the interim coach said.',
      'keep it simple',
      'Ana Ruiz',
    ],
    [
      'a plural source noun opening its sentence is whom a later "they" stands for',
      'Harbour Air said it would appeal. Prosecutors disagreed. In a court filing, they wrote that the company knew of the fault.',
      'knew of the fault',
      'Prosecutors',
    ],
    [
      'someone named as a possessive of a thing is not whom the next "he" is about',
      'Tom Baker scored in overtime. The captain now has 42 points, one shy of Wayne Gretzky’s record. Asked about the mark, the 27-year-old shrugged. “I don’t care about that right now,” he said.',
      'right now',
      'Tom Baker',
    ],
    [
      'but the possessive of something said is',
      'Tom Baker said the case was weak. Many listened to Director James Comey’s statement on Tuesday. He called her handling of the emails careless.',
      'careless',
      'James Comey',
    ],
    [
      'a one-word name the article writes twice, opening its sentence before a verb, is someone',
      'Beyoncé wins top prize\n\nBeyoncé won album of the year on Sunday. “I feel very honored,” the singer said.',
      'honored',
      'Beyoncé',
    ],
    [
      'but a common word opening a sentence is none',
      'Turnout was low in the morning. Turnout rose after noon, as turnout often does. “We are pleased,” the clerk said.',
      'pleased',
      'the clerk',
    ],
    [
      'a place alone that is the surname of someone named in full is that person',
      'Nova Scotia Premier Tim Houston defended the plan. “Nobody wants an emergency room to close,” Houston told reporters.',
      'emergency room',
      'Tim Houston',
    ],
    [
      'but not the surname of words opening with no given name',
      'Say Canada demanded that the United States pay for the wall. But when Congress cut funding two years later, Canada said enough was enough.',
      'enough was enough',
      'Canada',
    ],
    [
      'a description headed by a word only its ending makes someone’s makes no person of a name',
      'Tom Baker returned to Harbour City. He launched Six Thirty, a financial technology accelerator. “Talent is short,” he says.',
      'Talent is short',
      'Tom Baker',
    ],
    [
      'a given name written with an accent the lexicon lists without tells its gender',
      'Ana Ruiz is a doctor. Seán Kelly is a lawyer. “It was good,” she said.',
      'It was good',
      'Ana Ruiz',
    ],
    [
      'so do Irish given names',
      'Ana Ruiz is a doctor. Declan Kelly is a lawyer. “It was good,” she said.',
      'It was good',
      'Ana Ruiz',
    ],
    [
      'so do Maghrebi, West African and Latin American ones',
      'Tom Baker is a doctor. Khady Ndour sells fish. Piero Corvetto runs the count. “It was good,” she said.',
      'It was good',
      'Khady Ndour',
    ],
    [
      'a statement someone made before speaks as them',
      'Harbour Records said in a statement that it would appeal. “All royalty payments were made,” the statement said.',
      'All royalty payments were made',
      'Harbour Records',
    ],
    [
      'but only the same kind of work: a memo is not the statement before it',
      '“We do not comment,” Ana Ruiz said in an e-mailed statement. A memo has been circulating among employees. “It is final,” the memo said.',
      'It is final',
      'the memo',
    ],
    [
      'someone unnamed quoted "as saying" is whom "the witness" names, not the last speaker',
      'CNN quoted an American witness as saying he saw one person. President Tom Baker spoke. “We stand with France,” Baker said. The witness said the driver accelerated.',
      'the driver accelerated',
      'The witness',
    ],
    [
      'the first of two surnames goes to the one named with it since another who bears it alone was last named',
      'The gang was founded by Joaquín Guzmán decades ago. Lorena Guzmán Félix, a nurse, said she was afraid. “We hear shots every night,” Guzmán said.',
      'We hear shots every night',
      'Lorena Guzmán Félix',
    ],
    [
      'a surname the article used alone for one person stays theirs after a relative who shares it speaks more',
      'Ana Ruiz grinds corn at dawn. “Hands know,” Ruiz says. She learned from her grandmother, Rosa Ruiz. Rosa Ruiz said she was proud. “It is the same food,” she said. “My mother made it,” she said. Ruiz says she pays farmers twice the market rate.',
      'she pays farmers',
      'Ana Ruiz',
    ],
    [
      'a silk’s letters after the surname close the name, no part of it, and the surname alone links to it',
      'Defence barrister Helen Strachan KC suggested the witness was wrong. “You did not see him,” Ms Strachan said.',
      'You did not see him',
      'Helen Strachan',
    ],
    [
      'an office’s body among the titles before a name and its state is no organisation',
      'Senate Minority Leader Roger Kessel of Kentucky told reporters his caucus would not support it.',
      'his caucus would not support it',
      'Roger Kessel',
    ],
    [
      'an unnamed "another" speaker goes on as the next "he", not the one named before them',
      'Tom Baker, an analyst, said it was fine. Another analyst said the timing was awkward. “Buyers know they are a forced seller,” he said.',
      'forced seller',
      'Another analyst',
    ],
    [
      'a Vietnamese name is written surname first: the surname alone is the one introduced first, not her father',
      'Nguyen Thi Lan won the title on Saturday. Her father, Nguyen Van Hai, watched from the stands. “I do not know what to say,” Nguyen said.',
      'what to say',
      'Nguyen Thi Lan',
    ],
    [
      'and "Mr." picks the man among them',
      'Nguyen Thi Lan won the title on Saturday. Her father, Nguyen Van Hai, watched from the stands. Mr. Nguyen said she was stubborn.',
      'she was stubborn',
      'Nguyen Van Hai',
    ],
    [
      'two capitalised words of a country are a person, whom the next "he" is',
      'Evans Njewa of Malawi, who chairs the group of the poorest countries, said the deal was weak. He said experts disagreed.',
      'experts disagreed',
      'Evans Njewa',
    ],
    [
      'an organisation’s name holds its "and" after a plural head',
      'The Centers for Disease Control and Prevention said the outbreak was contained.',
      'the outbreak was contained',
      'Centers for Disease Control and Prevention',
    ],
    [
      'an organisation’s name holds its "and" before a forum',
      'The Hostages and Missing Families Forum said the government must complete the deal.',
      'complete the deal',
      'Hostages and Missing Families Forum',
    ],
    [
      'someone unnamed who asked not to be named is not the next person named with that role',
      'A US official, who asked not to be named, said talks were close. Hamas official Tom Baker said they were not. The official said the envoy would press both sides.',
      'talks were close',
      'A US official',
    ],
    [
      'and "the official" after them is them, introduced with a comma before "who"',
      'A US official, who asked not to be named, said talks were close. Hamas official Tom Baker said they were not. The official said the envoy would press both sides.',
      'press both sides',
      'A US official',
    ],
    [
      'a street after its preposition is no person for a later "she"',
      'Her sister-in-law, Emma Kingsley, who owns a bakery on Patricia Street, spoke next. She said she had been told to leave.',
      'told to leave',
      'Emma Kingsley',
    ],
    [
      'someone’s spokesman who spoke is whom "the spokesman" names, not the one they speak for',
      'Sir Tom Baker’s official spokesman said the offer was final. The spokesman said there would be no reopening of talks.',
      'no reopening',
      'Sir Tom Baker’s official spokesman',
    ],
    [
      'a nation’s noun names the person before it: a New Zealander',
      'Tom Baker watched from the stands. The New Zealander said the defence was superb.',
      'the defence was superb',
      'Tom Baker',
    ],
    [
      'a nation’s noun names the person before it: a Monegasque',
      'Tom Baker was third for Ferrari. The Monegasque said the result was the maximum.',
      'the maximum',
      'Tom Baker',
    ],
    [
      'after a short honorific the name starts, whichever of its words the lists know',
      'Dr Abubakar Sadiq Mohammed, a political scientist, said the ruling was sound.',
      'the ruling was sound',
      'Abubakar Sadiq Mohammed',
    ],
    [
      'a mother’s kunya opens her name, whom the next "she" is',
      'Tom Baker spoke first. Um Mohammed al-Masri, 47, said she could not survive another winter. “We found nothing,” she said.',
      'We found nothing',
      'Um Mohammed al-Masri',
    ],
    [
      'a statement made by someone in apposition speaks as them',
      'Police released new details. The couple’s son, Dimitri Petrakis, said in a statement released through an attorney that the family was devastated. “My parents were kind, generous people,” the statement said.',
      'kind, generous',
      'Dimitri Petrakis',
    ],
    [
      'a statement made by a described body speaks as that body',
      'The sheriff’s office said in a written statement Wednesday that it does not comment on litigation. The statement said the office “takes the health and safety of inmates seriously.”',
      'health and safety',
      'sheriff’s office',
    ],
    [
      'a statement speaks as whoever made the last one, not the first',
      'John Smith said in a statement that he was innocent. Later, Mary Jones, the pastor, said in a statement that the church grieves. “We failed,” the statement said.',
      'We failed',
      'Mary Jones',
    ],
    [
      '"it read" after a statement someone made is theirs',
      'Kevin Brandt said in a brief statement that the family was horrified. “Our family is heartbroken,” it read.',
      'heartbroken',
      'Kevin Brandt',
    ],
    [
      'a letter someone else sent since is not the statement someone made',
      'Ana Ruiz said in a statement that she would resign. The union sent a letter to members on Friday. “We will appeal,” the letter said.',
      'We will appeal',
      'the letter',
    ],
    [
      'an unnamed person opening a sentence with no cue is the next "he", not the speaker before',
      'Meta spokesman Andy Stone said the company takes safety seriously. A former employee, who asked not to be named, put it more bluntly. “It was never safe for anyone who worked the night shift in that building,” he said.',
      'never safe',
      'A former employee',
    ],
    [
      'an unnamed person with an age in apposition is the next "he"',
      'Defence lawyer Mark Hale said his client was sorry. One victim, now 24, spoke briefly outside the courthouse. “You told me nobody would believe me,” he said.',
      'nobody would believe',
      'One victim',
    ],
    [
      'an unnamed person who presses the previous speaker is not who answers',
      'Press secretary Karoline Leavitt said the White House had informed the governors. A reporter pressed her on the difference. “Informed is informed,” she said.',
      'Informed is',
      'Karoline Leavitt',
    ],
    [
      'an unnamed person the sentence goes on to name is that name',
      'Organizer Tom Reyes said the chalk would stay. A freshman named Hailey Puckett posted a picture of it online. “Super proud of our art work,” she tweeted.',
      'Super proud',
      'Hailey Puckett',
    ],
    [
      'a rank of three short words before a name of a force with "and"',
      'The trial ended. Det Ch Insp Gareth Pryce of Avon and Somerset Police said the sentences were fair.',
      'sentences were fair',
      'Gareth Pryce',
    ],
    [
      'a title, a hyphenated given name and two surnames before "of" a place',
      'The vote failed. Rep. Ana-Maria Rodríguez Ramos of San Antonio said the bill would fail.',
      'bill would fail',
      'Ana-Maria Rodríguez Ramos',
    ],
    [
      'a title no list holds before a given name and a surname, "of" a nation',
      'The deal was signed. Grand Chief Edmund Sakanee of Nishnawbe Aski Nation said he respected the decision.',
      'respected the decision',
      'Edmund Sakanee',
    ],
    [
      'a capitalised ordinal inside a First Nation’s name',
      'The inquest resumed. Chief Roxanne Harper of the Stz’uminus First Nation said the community was watching.',
      'community was watching',
      'Roxanne Harper',
    ],
    [
      'a First Nation speaking for itself is the nation',
      'The inquest resumed. The Stz’uminus First Nation said the community was watching.',
      'community was watching',
      'Stz’uminus First Nation',
    ],
    [
      'an "and" inside a name joined by "for"',
      'The hack was disclosed. Jim Lewis of the Center for Strategic and International Studies said the hack was serious.',
      'hack was serious',
      'Jim Lewis',
    ],
    [
      'a name after someone "in" it is where they are',
      'Aid ran short. A WFP spokesperson in Islamabad said food stocks were low.',
      'stocks were low',
      'A WFP spokesperson',
    ],
    [
      'officials in a place keep their place',
      'The delay, officials in Terrebonne Parish said, stemmed from a dispute over sites.',
      'stemmed from',
      'officials in Terrebonne Parish',
    ],
    [
      'an ally of someone described speaks, not the one described',
      'Former President Mauricio Macri stayed silent. An ally of the former president said the vote was rigged.',
      'vote was rigged',
      'An ally of the former president',
    ],
    [
      'an ally of someone named speaks, not the one named',
      'A close ally of Mauricio Macri said the deal was dead.',
      'deal was dead',
      'A close ally of Mauricio Macri',
    ],
    [
      'an aide to someone described speaks, not the one described',
      'Mayor Tom Baker spoke first. An aide to the mayor said the budget was fine.',
      'budget was fine',
      'An aide to the mayor',
    ],
    [
      'a role word before the name after a cue is a role, not an ally',
      'Some allies have made peace with it. “David is a longtime friend of mine,” said Clinton ally James Carville.',
      'longtime friend',
      'James Carville',
    ],
    [
      'a description goes back to the unnamed source who spoke, not to the person named before',
      'UN chief Antonio Guterres condemned the strike. An aid worker in Rafah, who asked not to be named, said the clinic had been hit twice. “There was nothing left,” the aid worker said.',
      'nothing left',
      'An aid worker',
    ],
    [
      'a description with a modifier goes back to the unnamed source with that modifier',
      'Ko Thiha, a spokesman for a local militia, said the jet came twice. A local aid worker, who asked not to be identified for fear of arrest, said the dead included an abbot. The aid worker said survivors had buried most of the victims.',
      'buried most',
      'A local aid worker',
    ],
    [
      '"Mr." picks the husband of two who share a surname, though the wife’s given name is either gender’s',
      'Jason Marsh and his wife Kelly Marsh opened the shop. Kelly Marsh said sales were slow. Mr. Marsh said he was hopeful.',
      'hopeful',
      'Jason Marsh',
    ],
    [
      'an office written in capitals is not the person before who was never given it',
      'Ms Jane Smith said the vote was close. The Prime Minister said he was confident.',
      'he was confident',
      'The Prime Minister',
    ],
    [
      'an office written in capitals is not the questioner who holds another',
      'The Commissioner, Drew Harris, appeared before the committee. Deputy Matt Carthy asked about the protest. Asked by Deputy Carthy why the unit had not been deployed earlier, the Commissioner said intelligence had suggested it would be peaceful.',
      'intelligence had',
      'Drew Harris',
    ],
    [
      'a state and a party member in capitals still describe the senator just named',
      'Senator Mitch McConnell spoke on the floor. The Kentucky Republican said the bill would pass.',
      'bill would pass',
      'Mitch McConnell',
    ],
    [
      '"the college" is the college named before',
      'Brightpath College said it would cut 40 programs. The college said enrolment had fallen.',
      'enrolment',
      'Brightpath College',
    ],
    [
      '"the trust" is the trust named before',
      'St. Brendan’s Healthcare Trust apologised on Monday. The trust said it had changed its procedures.',
      'changed its procedures',
      'St. Brendan’s Healthcare Trust',
    ],
    [
      'a surname with a title is the one named first, not the son introduced as theirs',
      'Eusebio Villarreal, a Texas congressman, died on Sunday. He was 88. His son Rafael Villarreal, a judge, confirmed the death. “I never forgot where I came from,” Mr. Villarreal told The Washington Post in 1993.',
      'never forgot',
      'Eusebio Villarreal',
    ],
    [
      'a title of the wife’s gender still picks the wife',
      'Jason Marsh and his wife Kelly Marsh opened the shop. Kelly Marsh said sales were slow. Ms. Marsh said she was tired.',
      'she was tired',
      'Kelly Marsh',
    ],
    [
      'a surname with "Sr." is the father, not the son named first',
      'Marcus Hill Jr. ran for 140 yards. His father, Marcus Hill Sr., watched from the stands. “I am proud,” Hill Sr. said. “It was fun,” Hill Jr. said.',
      'I am proud',
      'Marcus Hill Sr',
    ],
    [
      'a surname with "Jr." is the son',
      'Marcus Hill Jr. ran for 140 yards. His father, Marcus Hill Sr., watched from the stands. “I am proud,” Hill Sr. said. “It was fun,” Hill Jr. said.',
      'It was fun',
      'Marcus Hill Jr',
    ],
    [
      'a pitcher described by the hand he throws with',
      'Chris Sale struck out 11 on Tuesday night. “I felt good,” the left-hander said.',
      'felt good',
      'Chris Sale',
    ],
    [
      'someone named in the clause opening the sentence is not who the description names',
      'Enzo Maresca defended his side. Pressed on the injury to Wesley Fofana, the Italian said the defender would be fine.',
      'defender would be fine',
      'Enzo Maresca',
    ],
    [
      'a description in apposition to a name after an opening clause is that name’s',
      'Bailey said he was confident. Asked about comments by Nigel Farage, the leader of Reform UK, who had suggested the bank should change, Bailey said little.',
      'bank should change',
      'Nigel Farage',
    ],
    [
      '"Both" are the two people just named, titles and all',
      'Premier Doug Ford and Premier David Eby met in Ottawa. Both said the talks were useful.',
      'talks were useful',
      'Doug Ford and David Eby',
    ],
    [
      '"the couple" are a wife and "her husband, Name"',
      'Sandra Holt and her husband, Bill Holt, ran the farm. The couple said the drought was the worst they had seen.',
      'drought',
      'Sandra Holt and Bill Holt',
    ],
    [
      'lawyers for a lowercase plural’s families are the lawyers',
      'The trial opened on Monday. Lawyers for the victims’ families said they would appeal.',
      'would appeal',
      'Lawyers for the victims’ families',
    ],
    [
      'a capitalised word after "the" is an office or a body, never a surname that makes a name of a description',
      'The NSW Premier has ruled out a bailout.\n\nTom Baker said on Tuesday that the state would help.\n\n“I have sympathy,” the Premier told reporters.',
      'I have sympathy',
      'Tom Baker',
    ],
    [
      'the lede’s organisation is "the company", whatever else its own sentence names',
      'SEOUL — Acme Electronics on Wednesday replaced the head of its chip unit as it struggles to catch up with rival SK Hynix in high-end chips.\n\nTom Baker, a vice-chairman, will also take control of the memory business, the company said in a statement.',
      'Tom Baker, a vice-chairman',
      'Acme Electronics',
    ],
    [
      'an unnamed source goes on as "he" past the length of the quote it closes',
      'Tom Baker, the mayor, said the budget was fine. A retired city engineer said the pipes were old.\n\n“They were on a list that got lost when the gas utility reorganized, and nobody has looked at it since,” he said.',
      'nobody has looked',
      'A retired city engineer',
    ],
    [
      'a questioner does not go on: the one who answers does',
      'Ana Ruiz took questions. One questioner claimed the army was too soft.\n\n“You are right, we have an army that is getting softer and softer every single day,” she said.',
      'getting softer',
      'Ana Ruiz',
    ],
    [
      'whoever asked the question a sentence opens on is not who answers',
      'Ana Ruiz spoke at the plant. Asked by a reporter whether she would resign, she said she had no plans to.',
      'no plans',
      'Ana Ruiz',
    ],
    [
      'a named asker neither',
      'Tom Baker was in the audience. Asked by Sam Cole what he thought, he said the plan was fine.',
      'the plan was fine',
      'Tom Baker',
    ],
    [
      'places listed before the cue speak together, each as its government',
      'But Britain, France and Germany threatened to reimpose sanctions on Tuesday.',
      'reimpose sanctions',
      'Britain, France and Germany',
    ],
    [
      'a ministry of one portfolio is no ministry of another',
      'The Foreign Ministry called the report fabricated. The health ministry said 271 people had died.',
      '271 people',
      'health ministry',
    ],
    [
      'a second rank written short ("Lt. Col.") is no surname a later "he" stands for',
      'Lt. Col. Dmytro Zaporozhets offered a grim picture. He said the drones kept coming.',
      'drones kept coming',
      'Dmytro Zaporozhets',
    ],
    [
      'a count and its verb ("Two landed") is no unnamed person a later "she" stands for',
      'Press secretary Kingsley Wilson told reporters that four rockets had been fired. Two landed inside the perimeter, she said.',
      'inside the perimeter',
      'Kingsley Wilson',
    ],
    [
      'a surname alone after a namesake is introduced speaking is the namesake, though the first was called so',
      'Governor Naomichi Suzuki welcomed the funding. "This is a big opportunity," Suzuki said.\n\nMegumi Suzuki, a dairy farmer, said she was worried.\n\n"Nobody has explained it," Suzuki said.',
      'Nobody has explained',
      'Megumi Suzuki',
    ],
    [
      'a given name men bear in one country and women in another ("Jan") leaves "he" to the text',
      'Tom Baker, the mayor, said the bridge would open. Finance director Jan Peeters said costs rose. He told analysts the balance sheet was strong.',
      'balance sheet',
      'Jan Peeters',
    ],
    [
      'a ministry of one portfolio is no company that spoke just before',
      'Kelvaro shares fell 2%, the company said. The labour ministry said it was monitoring the strike.',
      'monitoring the strike',
      'labour ministry',
    ],
    [
      '"the military" is the military the article named by its nation, not whoever spoke last',
      'The Israeli military said it struck a command center. Hamas said the building housed families. The military said the claim was false.',
      'the claim was false',
      'Israeli military',
    ],
    [
      '"they" after people who told an outlet are those people, not the outlet',
      'Three people familiar with the talks told Reuters the deal had stalled. The board wants more money, they said.',
      'wants more money',
      'Three people familiar with the talks',
    ],
    [
      'an indefinite source is no one named later with "a" and the same noun: someone new',
      'A diplomat said the position was odd. Frans de Wit, a former Dutch diplomat, said the talks would fail.',
      'the position was odd',
      'A diplomat',
    ],
    [
      'a month opening a sentence before "said" is the surname of someone named in full',
      'The treasurer, Phillip May, said the budget was balanced. May said the state had a surplus.',
      'had a surplus',
      'Phillip May',
    ],
    [
      'a month opening a sentence before "said" is the surname of someone named in full',
      'Sen. Dana March voted no. “It was rushed,” March said.',
      'It was rushed',
      'Dana March',
    ],
    [
      'a description after the content stands for the one company its own sentence names',
      'A drug from the biotech company Veranthe Therapeutics slowed decline by 27%, the company reported Monday.',
      'slowed decline',
      'Veranthe Therapeutics',
    ],
    [
      'a description after the content stands for the one company its own sentence names',
      'The board of Halden Labs, one of the best-funded startups, has removed its chief executive, the company said.',
      'has removed',
      'Halden Labs',
    ],
    [
      'a description after the content is no news agency its dateline names',
      'VILNIUS, March 12 (Reuters) - Lithuania ordered a diplomat to leave, the foreign ministry said. The ministry said the diplomat was a spy.',
      'was a spy',
      'foreign ministry',
    ],
    [
      '"the company" is an energy company quoted just before',
      'Atmos Energy said it had received a call. The company said it was devastated.',
      'devastated',
      'Atmos Energy',
    ],
    [
      '"the company" is no agency known by its initials ("the agency" is)',
      'The FDA said the samples were positive. The agency said it would act.',
      'would act',
      'FDA',
    ],
    [
      '"he" is a man whose Polish, Italian or Dutch given name an English list gives to women',
      'Prime Minister Donald Tusk spoke first. President Karol Nawrocki said the law was wrong. “It will not stand,” he said.',
      'It will not stand',
      'Karol Nawrocki',
    ],
    [
      'a speaker named by a surname alone goes on as "he" right after, over a man named before',
      'Oleksandr Syrskyi briefed reporters. Zelensky said the talks had failed. “We will fight,” he said.',
      'We will fight',
      'Zelensky',
    ],
    [
      'a title that is also a given name, before a given name and a surname, is the role',
      'Dean Jenny Martinez said the protest would be allowed. “We value free speech,” she wrote.',
      'We value free speech',
      'Jenny Martinez',
    ],
    [
      'a time phrase opening the sentence is no one a pronoun stands for ("earlier" is no trade)',
      'Ana Ruiz testified on Monday. Three days earlier, she said, the guards had left.',
      'the guards had left',
      'Ana Ruiz',
    ],
    [
      'a company named by its trade is its first word from then on',
      'A new drug from Arclight Bio cut relapses by half. Arclight said it would seek approval.',
      'seek approval',
      'Arclight Bio',
    ],
    [
      'a company named by its trade is its first word from then on',
      'Equipment makers like Naura Technology were hit. Naura said in a filing that it was assessing the impact.',
      'assessing the impact',
      'Naura Technology',
    ],
    [
      "a company named after its founder is the founder's surname from then on",
      'A pill developed by Eli Lilly and Co. helped people lose weight. Lilly said it would seek approval.',
      'seek approval',
      'Eli Lilly',
    ],
    [
      'a company named after its trade is never a surname of a given name that opens it',
      'Elliott Management bought a stake. Elliott Management declined to comment. Elliott said the board must change.',
      'the board must change',
      'Elliott Management',
    ],
    [
      'a statement from a body named by an adjective and its head speaks as that body, not as the adjective',
      'The two met in Cairo, according to a statement from the Qatari foreign ministry. The two discussed “ways to restore calm,” the statement said.',
      'ways to restore calm',
      'Qatari foreign ministry',
    ],
    [
      '"the elder" names the bearer of a shared surname whom the surname alone does not',
      'Madrid may include a young defender, Diego Ferrán. Ferrán’s agents were not consulted, his father, Jorge Ferrán, told Marca. “Diego is happy in Madrid,” the elder Ferrán said.',
      'Diego is happy',
      'Jorge Ferrán',
    ],
    [
      'a title on a shared surname names the bearer introduced with that title, written short or in initials',
      'Two night workers, Samuel Okafor and Jimmy Reid, died in the fire. Detective Sergeant Paul Reid leads the inquiry. He is not related to the victim. DS Reid said officers had found a petrol can.',
      'officers had found a petrol can',
      'Paul Reid',
    ],
    [
      'a title on a shared surname names the bearer introduced with that title, written short or in initials',
      'Senator Jane Holt and her son, Mark Holt, spoke at the rally. Mark Holt said the crowd was large. Sen. Holt said the bill would pass.',
      'the bill would pass',
      'Jane Holt',
    ],
    [
      '"the sergeant" is the one titled "Sgt.", over a subject just before known by another role',
      'Police Sgt. Maria Lopez arrived at 9 a.m. A second officer, Tom Reyes, searched the car. “We found nothing,” the sergeant said.',
      'We found nothing',
      'Maria Lopez',
    ],
    [
      '"the governor" is the one titled "Gov.", over her deputy just named',
      'Gov. Kathy Hochul arrived late. Her deputy, Antonio Delgado, said nothing. “We will win,” the governor said.',
      'We will win',
      'Kathy Hochul',
    ],
    [
      'an abbreviated title ("Cr") on a surname names the councillor',
      'Councillor Rob Vinsen said the vote was rushed. “It was a farce,” Cr Vinsen said.',
      'It was a farce',
      'Rob Vinsen',
    ],
    [
      'a portfolio after an office is no part of the name of its holder, whose surname names them later',
      'Minister of Information Attaullah Tarar said the courts would decide. Tarar told reporters that no one was above the law.',
      'no one was above the law',
      'Attaullah Tarar',
    ],
    [
      'a "he" right after an unnamed source headed by a trade ("one general contractor") goes on as that source',
      'Mayor Tom Baker said the raids were unfair. But one general contractor, who spoke on the condition of anonymity, said crews had stayed home. “Half my guys did not show up,” he said.',
      'Half my guys did not show up',
      'one general contractor',
    ],
    [
      '"Andrea" is given to men and women alike: the article\'s "he" places him',
      'Tom Baker said the rules were vague. Andrea Renda, a senior fellow at the Centre, said the Commission should wait. “Enforcement needs to be credible,” he said.',
      'Enforcement needs to be credible',
      'Andrea Renda',
    ],
    [
      '"the MP" is an office\'s initials, not an organisation: the MP named before',
      'Tom Baker, the MP for York, said the budget was a mistake. “We are paying for votes,” the MP said.',
      'We are paying for votes',
      'Tom Baker',
    ],
    [
      'an MP who spoke on the condition that they not be named is "the MP" later, not one named before',
      'Ann Lee, the MP for York, backed the deal. One Liberal MP, who spoke on the condition that they not be named, said the deal was costly. “We are paying for votes,” the MP said.',
      'We are paying for votes',
      'One Liberal MP',
    ],
    [
      "a headline's verb between two names splits them, after a surname the broad lists also give as a name",
      'Poll: Marsh Leads Kreuger by 8 Points Nationally, but Race Tightens\n\nDalton Kreuger trails Evelyn Marsh by eight points. Kreuger dismissed the numbers.',
      'the numbers',
      'Dalton Kreuger',
    ],
    [
      'a long participle before a surname in a headline describes it ("Understated Perez"); the body names him',
      'Understated Baker raises his profile.\n\nLabor Secretary Tom Baker stopped by. “We will win,” Baker said.',
      'We will win',
      'Tom Baker',
    ],
    [
      '"the minister" is the minister with a portfolio, not the prime minister named since',
      'Immigration Minister Tom Baker introduced the bill. Prime Minister Ann Lee backed it. “We are open to amendments,” the minister said.',
      'We are open to amendments',
      'Tom Baker',
    ],
    [
      'guard: "the former president" is the former president named last, not the vice president',
      'Vice President Tom Baker spoke first. Former President Sam Lee got in on the game. “He is running against me,” the former president said.',
      'He is running against me',
      'Sam Lee',
    ],
    [
      'a surname alone right after a relative who shares it was introduced as a subject and spoke names that relative',
      '“He says what he thinks,” said Carl Duhaney, 58, a retired mechanic.\n\nHis wife, Marlene Duhaney, disagreed. She said she had voted for the governor. “I want somebody who has governed,” Duhaney said.',
      'I want somebody who has governed',
      'Marlene Duhaney',
    ],
    [
      "guard: not one named inside another's words, who speaks on",
      'Maria Castillo, 41, said her husband, Jose Castillo, called her to say that agents were there.\n\nCastillo said her husband had no record.',
      'her husband had no record',
      'Maria Castillo',
    ],
    [
      'a title and a surname of no known gender ("Justice Jackson") may be the next "she"',
      'Justice Ann Lee said the law was clear. Justice Jackson pressed him on that point. She said it was not obvious why the loss mattered.',
      'it was not obvious why the loss mattered',
      'Jackson',
    ],
    [
      "a description naming one party is not someone named later as another party's",
      'One senior Labour MP told the BBC the leak had been deeply damaging.\n\nSir Tom Baker, the Conservative MP for North Lindvik, said the minister should resign.',
      'the leak had been deeply damaging',
      'One senior Labour MP',
    ],
    [
      '"the federation" is the federation named before',
      'The International Chess Federation confirmed the result on Sunday. In a statement, the federation said it was proud of both players.',
      'it was proud of both players',
      'International Chess Federation',
    ],
    [
      'a bank’s name, a title and a name the lists do not know are a person with that role, not the bank',
      'Harbour Bank of Chicago President Austan Goolsbee said the report was superb.',
      'the report was superb',
      'Austan Goolsbee',
    ],
    [
      'a description whose head is another office than the role shared words give is not that person',
      'Liverpool manager Arne Slot said his side deserved a point. Andrew Robertson was less diplomatic. The Liverpool captain told reporters that the referee had a bad day.',
      'referee',
      'The Liverpool captain',
    ],
    [
      'but the role may be one of the description’s capitalised words',
      'Donald Trump, the Republican, was in Ohio on Monday. The Republican nominee said the plan was ready.',
      'plan',
      'Donald Trump',
    ],
    [
      'surname before the full name',
      'Keller said the toll would end. Later, Doug Keller cut the ribbon.',
      'toll',
      'Doug Keller',
    ],
    [
      'an unknown title before a known name is a role',
      'Taoiseach Leo Varadkar said the talks would go on. Mr Varadkar said Ireland was a friend.',
      'friend',
      'Leo Varadkar',
    ],
    [
      'pronoun continues the previous speaker',
      'Ana Ruiz said the clinic was full. She said nurses were tired.',
      'nurses',
      'Ana Ruiz',
    ],
    [
      'someone the fronted words name is talked about while the previous speaker goes on',
      'Omar Haddad said the orchard had recovered.\n\nDaniel Ortiz now walks the rows every morning, he said.',
      'every morning',
      'Omar Haddad',
    ],
    [
      'with nobody to go on, the fronted words may name the speaker',
      'Voters were split.\n\nPeter Sobel would have backed the mayor no matter who ran, he said.',
      'no matter',
      'Peter Sobel',
    ],
    [
      'an office whose own commas cut it from its holder names the holder',
      'Lena Ortiz, Minister of Fisheries, Forestry and Rural Affairs, said the quota would hold.',
      'quota',
      'Lena Ortiz',
    ],
    [
      'a number before "said" is no office',
      'Of 90 voters polled by Ana Ruiz, 43 said the tax was fair.',
      'tax',
      '43',
    ],
    [
      'a story opening on "she" names her in the next lines',
      'She warned that the dam was failing.\n\n“We had no time,” Ana Ruiz said.',
      'dam',
      'Ana Ruiz',
    ],
    [
      'an opening "she" is not the man who speaks next',
      'She warned that the dam was failing.\n\n“We had no time,” Tom Baker said.',
      'dam',
      'She',
    ],
    [
      '"who" after a name in a prepositional phrase stands for the person the phrase describes',
      'Users are experts, like Sam Ortiz, a 29-year-old man from the Netherlands who told me that he has been building it for years.',
      'building it',
      'Sam Ortiz',
    ],
    [
      '"who" past two places and organisations',
      'The plan was backed by Tom Baker, a professor at the University of Halden at Brixton who said the tax was fair.',
      'tax',
      'Tom Baker',
    ],
    [
      'people named together before the cue speak together',
      'Ana Ruiz and Tom Baker met in May. Later, Ruiz and Baker agreed that the deal was fair.',
      'deal',
      'Ana Ruiz and Tom Baker',
    ],
    [
      'after a comma, "and" joins clauses, not speakers',
      'Ana Ruiz criticised Tom Baker, and Baker said the deal was fair.',
      'deal',
      'Tom Baker',
    ],
    [
      '"who" after two names stands for the last',
      'Guests included Ana Ruiz and Tom Baker, who joked that the museum was late.',
      'museum',
      'Tom Baker',
    ],
    [
      'what someone formerly was describes them',
      'Tom Baker, who chaired the port board for a decade, is weighing a move into politics.\n\nThe former harbour-master of the Port of Halden said Monday he would run.',
      'would run',
      'Tom Baker',
    ],
    [
      'a quote with no cue after a sentence about someone else is theirs',
      '“The work deserved more time,” says Tom Baker. Ana Ruiz did not need much coaxing. “I am thankful for the invitation and the chance.”',
      'thankful',
      'Ana Ruiz',
    ],
    [
      'a place opening that sentence speaks for no one',
      '“The plan works for the town,” says Tom Baker. Toronto residents were not so sure about it. “We never asked for this new road at all.”',
      'never asked',
      'Tom Baker',
    ],
    [
      "a participle after a clause with its own subject is that subject's",
      'Tom Baker spoke first.\n\nWhen Ana Ruiz asked if he would share the figures, he declined, saying “that would not be fair.”',
      'not be fair',
      'Tom Baker',
    ],
    [
      'an indefinite apposition describes the name before it',
      'Ana Ruiz, a Democrat, said the tax was fair.',
      'tax',
      'Ana Ruiz',
    ],
    [
      'pronoun takes the person named since the last statement',
      'Ana Ruiz said the clinic was full.\n\nHer colleague Tom Baker, 52, has worked nights for years.\n\n“We need help,” he said.',
      'We need help',
      'Tom Baker',
    ],
    [
      'gender rules out the nearer name',
      'Tom Baker said the ward was closed. Ana Ruiz arrived late. “It was chaos,” he said.',
      'chaos',
      'Tom Baker',
    ],
    [
      'gender learnt from the article’s own pronouns',
      'Kodi Ferrant, 31, lost his job in May.\n\nTamsin Hale said the plant would reopen.\n\nFerrant disagreed. “They will never reopen it,” he said.',
      'never reopen',
      'Kodi Ferrant',
    ],
    [
      'a name in the quote is not the speaker',
      'Tom Baker spoke first. “I told Maria Lopez to wait,” he said.',
      'wait',
      'Tom Baker',
    ],
    [
      'a subject after an opening phrase’s comma is no apposition of the word before it',
      'The bill passed the House. In a post on Twitter, the senator wrote that the bill was dead.',
      'the bill was dead',
      'the senator',
    ],
    [
      'a description goes to an organisation that spoke before only if its name is of that kind',
      'The Harbour County Senate said the vote was fair. Shares fell on Monday. The company said it expected a weak quarter.',
      'weak quarter',
      'The company',
    ],
    [
      'a description of someone introduced unnamed just before ("a nurse who …") is no one named',
      'When a nurse who had treated patients came home, Governor Tom Baker ordered a quarantine. The nurse later sued, claiming it was unfair.',
      'unfair',
      'The nurse',
    ],
    [
      'a company whose name holds another head (a legal suffix, a trade) fits "the company"',
      'Halvern Academy Ltd. will close two schools, the company said Tuesday.',
      'two schools',
      'Halvern Academy Ltd.',
    ],
    [
      'a food company named in a wire lede is "the company" of its cue',
      'TORONTO — Harbour Foods will close two plants and cut 300 jobs, the company said Tuesday.',
      'two plants',
      'Harbour Foods',
    ],
    [
      'a laboratories company is "the company", not the department that spoke before it',
      'Health Canada said no illnesses had been reported. Harlow Laboratories said it was co-operating. “Safety is our priority,” the company said.',
      'priority',
      'Harlow Laboratories',
    ],
    [
      'a name a particle follows is one a person may go by',
      'President Carlos Augusto Moura da Costa said the promises were broken. “They did not keep them,” Moura said.',
      'did not keep',
      'Carlos Augusto Moura da Costa',
    ],
    [
      'initials for a first name make a full name a surname links to',
      'Senator J.D. Hale of Ohio said the war was endless. “We have problems at home,” Mr. Hale told reporters.',
      'problems at home',
      'J.D. Hale',
    ],
    [
      'someone’s spokesman is not the subject of the lines before',
      'Tom Baker, who quit as immigration minister, said the bill was weak. “This bill will work,” the prime minister’s official spokesman told reporters.',
      'will work',
      'the prime minister’s official spokesman',
    ],
    [
      'an unnamed source whose noun gives the gender goes on as "she" past a woman named before',
      'The victim, Maria Santos, was walking home. Outside the court, Okoro’s mother said her son was not a bad person. “He made a mistake,” she told reporters.',
      'made a mistake',
      'Okoro’s mother',
    ],
    [
      'a seat of government that spoke is no union',
      'Downing Street declined to comment on the strike. The union said members had voted to walk out.',
      'walk out',
      'The union',
    ],
    [
      'a newspaper’s name fits "the newspaper"',
      'The Harbour Daily News said the mayor lied. The newspaper said it stood by its story.',
      'stood by',
      'Harbour Daily News',
    ],
    [
      'a recent North American given name makes a person the next "he" can go to',
      'The Tigers lost on Sunday. Jalen Brooks scored twice for the visitors. “We stayed calm,” he said.',
      'stayed calm',
      'Jalen Brooks',
    ],
    [
      'a surname opening a sentence shows the pair ending in it is a person, whatever the first name',
      'The goalie made 24 saves and Tauno Virkkunen scored twice. Virkkunen has four goals since the trade. “We are a team,” he said.',
      'a team',
      'Tauno Virkkunen',
    ],
    [
      'a description goes to the subject of the sentence that introduced someone later in it',
      'Tom Baker scored twice. Ian Moss has four goals since Boston traded him for Victor Rask last week. The 26-year-old right wing said his teammates were great.',
      'teammates were great',
      'Ian Moss',
    ],
    [
      'a description that opened an earlier sentence unnamed stays unnamed, not the person named since',
      'The mayor met with Ana Ruiz, the union’s president. Ruiz said the offer was not enough. “We will keep talking,” the mayor said.',
      'keep talking',
      'the mayor',
    ],
    [
      'a company described by where it is based → the company named before',
      'Acme Corp. reported a loss on Tuesday. Analysts were surprised. The Toronto-based company said sales fell.',
      'sales fell',
      'Acme Corp.',
    ],
    [
      'an organisation named after a joiner, in a title before it → that organisation, not the title',
      'A paper titled Railroading in the Winter on Northland Pacific Railway’s website warns of delays. Ian Moss said it was cold. The Calgary-based railway said in the report that trains slow down.',
      'trains slow down',
      'Northland Pacific Railway',
    ],
    [
      'a player described by position → the player who plays it',
      'Northland goaltender Ian Moss made 40 saves. Tom Baker scored twice. “We found our game,” the goaltender said.',
      'found our game',
      'Ian Moss',
    ],
    [
      'role description → the person with that role',
      'Mayor Doug Keller opened the bridge on Monday. Critics said it cost too much. The mayor said the cost was fair.',
      'cost was fair',
      'Doug Keller',
    ],
    [
      'an office capitalised on its own, as British news writes it → its holder',
      'Prime Minister Ruth Calder promised on Monday to halve waiting lists. “We will not accept delay,” the Prime Minister said.',
      'not accept delay',
      'Ruth Calder',
    ],
    [
      'a former office capitalised, with its company → the one who held it',
      'Dana Hollis, the former CEO of Brightwell Systems, entered the race. “It’s not the way to win,” the former CEO of Brightwell Systems added.',
      'way to win',
      'Dana Hollis',
    ],
    [
      'someone introduced in full since the last speaker → the next "he"',
      'Doug Purdy runs the program. “It works,” Purdy says.\n\nThe diet also helped Mississauga accountant Babatunji Farinloye, 50. “I had a membership, but this helped,” he says.',
      'membership',
      'Babatunji Farinloye',
    ],
    [
      'a description → the organisation whose shares opened the sentence',
      'Shares of Halvern Inc. rose 12 per cent after the Ottawa-based company reported strong sales. Revenue grew 26 per cent, the company said.',
      'Revenue grew',
      'Halvern Inc.',
    ],
    [
      'a description → an organisation named through its opening abbreviation',
      'The former chief financial officer of St. Boniface General Hospital was convicted. The hospital said it had changed its controls.',
      'controls',
      'St. Boniface General Hospital',
    ],
    [
      'an office word in an apposition makes no person ("St. Louis, the city …")',
      'Tom Baker opened a shop last year. He moved back to St. Louis, the city where he grew up. “We are hiring,” he says.',
      'hiring',
      'Tom Baker',
    ],
    [
      'a portfolio after a title is no person ("Minister of Small Business … and Trade")',
      'Ana Ruiz is Minister of Small Business, Export Promotion and Trade. “We will invest,” she said.',
      'invest',
      'Ana Ruiz',
    ],
    [
      'an ordinal is no role ("Web of Angels was the first novel")',
      'Ana Ruiz sold her first book in 1990. Web of Angels was the first novel she wrote. “I was meant to write,” she said.',
      'meant',
      'Ana Ruiz',
    ],
    [
      'a person "of" a place is the person, not the place',
      'Senator Mitch McConnell of Kentucky said the debt was the issue of the era.',
      'debt',
      'Mitch McConnell',
    ],
    [
      'an authored work speaks for its author',
      'Buildings were damaged, according to an analysis by Corey Scher of the City University.',
      'Buildings',
      'Corey Scher',
    ],
    [
      '… a tally, projections and estimates too, whoever wrote them',
      'Camps have appeared at a dozen campuses, according to a tally by The Chronicle of Higher Education.',
      'Camps',
      'Chronicle of Higher Education',
    ],
    [
      '… the owner of projections named with a possessive',
      'Officials see unemployment rising, according to the Fed’s updated projections.',
      'Officials',
      'Fed',
    ],
    [
      '"the report" is the one introduced before, its author named up to the sentence’s stop',
      'The economy grew, according to a report from the Commerce Department.\n\nThe economy slowed, according to the Commerce Department report.',
      'slowed',
      'Commerce Department',
    ],
    [
      'a description goes back to the unnamed source that spoke, not to the person named before it',
      'Minister Liz Kendall defended the plans. A Downing Street spokesperson said the bill would pass. Asked about rebels, the spokesperson declined to speculate.',
      'to speculate',
      'A Downing Street spokesperson',
    ],
    [
      '… also when the source spoke for someone ("a representative for Quinn told")',
      'Singer Mara Quinn cancelled her tour. A representative for Quinn told People that the singer was well. The representative did not say whether the concerts would be rescheduled.',
      'whether',
      'A representative for Quinn',
    ],
    [
      'an unnamed source is known by whose it is',
      'A spokesperson for Health Canada said the department does not comment on studies.',
      'department',
      'A spokesperson for Health Canada',
    ],
    [
      '… and its head, not the name it is for, makes it a "they"',
      'Aides to Ana Ruiz said the plan was dead. They said she would run again.',
      'run again',
      'Aides to Ana Ruiz',
    ],
    [
      'two surnames stand for the full name',
      'President Andrés Manuel Ortega Llorente said trade would hold. Ortega Llorente added that ties were good.',
      'ties',
      'Andrés Manuel Ortega Llorente',
    ],
    [
      'a name after an office is a person whatever its first name, and its first word stands for it',
      'SEOUL — South Korean President Park Jun Hae and Japanese Prime Minister Fumio Kishida met on Sunday.\n\n“Our countries share values,” Park said.',
      'values',
      'Park Jun Hae',
    ],
    [
      'a headline’s capitalised cue verb ends the name before it',
      'Ana Ruiz Slams Tom Baker On Harbour Plan\n\nThe mayor spoke on Monday. Baker said the harbour would open in May.',
      'harbour',
      'Tom Baker',
    ],
    [
      'a name right before a document owns it',
      'Prices rose 3 per cent, according to Labour Department data.',
      'Prices',
      'Labour Department',
    ],
    [
      'a work released or conducted by someone speaks for them',
      'Most adults agree, according to a survey released Tuesday by the Harbour Polling Institute.',
      'Most adults',
      'Harbour Polling Institute',
    ],
    [
      'an organisation "of" a place stays the organisation',
      'The Bank of Canada said rates would rise.',
      'rates',
      'Bank of Canada',
    ],
    [
      'an affiliation before a name is not part of it',
      'Tom Baker met CNN’s Kaitlan Collins on Monday. Collins said the talks were over.',
      'talks',
      'Kaitlan Collins',
    ],
    [
      'an office before a surname is a role; the surname is the full name’s',
      'Margaret Thatcher led the party for years. Mrs Thatcher marked the note with comments. Thatcher said the exams were poor.',
      'exams',
      'Margaret Thatcher',
    ],
    [
      'a title’s gender outweighs the pronouns near a name',
      'Ana Ruiz has stressed her ties to President Obama. She often tells the story of their first meeting. Mr. Obama praised the plan. Later, “We will win,” she said.',
      'win',
      'Ana Ruiz',
    ],
    [
      'an opening participle is no first name',
      'Knowing Bardos was a fan of comics, Ana Ruiz tried to soften the blow. “I am a mutant,” she said. Bardos said he laughed.',
      'mutant',
      'Ana Ruiz',
    ],
    [
      'a verb after a comma opens no apposition, so the company is no person',
      'Melissa Chee leads a startup. Her company, WeavAir, is preparing to take a big step forward. “We will have a product,” she said.',
      'product',
      'Melissa Chee',
    ],
    [
      'a place and a party member describe the person, even where the place is a first name',
      'Senator Mark Warner spoke on Monday. Mr. Warner, the Virginia Democrat, called the tax bill “the worst piece of legislation we have passed.”',
      'worst',
      'Mark Warner',
    ],
    [
      'a description with a capitalised place and a lower-case role → the person with that role',
      'Senator Marco Rubio toured the state on Monday. Critics were loud. The Florida senator said he would win the nomination.',
      'nomination',
      'Marco Rubio',
    ],
    [
      'a title in lower case after a capitalised word → the subject that word was written before',
      'Republican nominee Donald Trump spoke on Monday. Crowds cheered. The Republican nominee said he would win Ohio.',
      'Ohio',
      'Donald Trump',
    ],
    [
      'a title in lower case after a capitalised word never written before the subject → as written',
      'Trump called upon Mayor Ana Ruiz to act. Ruiz disbanded the unit. “It must stop,” the Republican presidential candidate said.',
      'stop',
      'the Republican presidential candidate',
    ],
    [
      'one unnamed person who just spoke goes on as "she" in the next paragraph, before someone named earlier',
      '“Hospitals are targets,” said Ana Ruiz, an analyst. She added that many run old software.\n\nOne nurse, who spoke on condition of anonymity, said staff were writing orders on paper.\n\n“It is like going back to 1995,” she said.',
      '1995',
      'One nurse',
    ],
    [
      'an "and" inside one organisation’s name joins it, so its description finds it whole',
      'The Harbour and Ferry Administration put the drug on its shortage list. The agency said it was working with suppliers.',
      'suppliers',
      'Harbour and Ferry Administration',
    ],
    [
      'an outlet named by a common word ("People") is that word opening a quotation, not an organisation there',
      'Harbour Canada issued a warning about the smoke.\n\n“People with lung disease are at higher risk,” the federal department said.',
      'lung disease',
      'Harbour Canada',
    ],
    [
      'a description with a people ("The Palestinian health ministry") is no organisation of another place',
      "Norway's foreign ministry said talks would resume on Friday.\n\nThe Palestinian health ministry says 40 people were killed.",
      '40 people',
      'Palestinian health ministry',
    ],
    [
      'a description inside another phrase ("a call after the company reported") introduces no unnamed company',
      '“We are on track,” Ana Ruiz told analysts on a call after the company reported results.\n\nKelvaro reported a profit of $2 billion. Revenue rose 8%, the company said.',
      'Revenue rose',
      'Kelvaro',
    ],
    [
      'a name set off after a description of a company ("The company that runs the dam, Vale,") is the company, given name or not',
      'The company that runs the dam, Vale, said in a statement that it was helping the police. It did not say what caused the collapse.',
      'what caused',
      'Vale',
    ],
    [
      'a description with a name of its own ("the Doctors Harbour association") is not another organisation',
      'Waits hit a record, according to data from Harbour Health.\n\nThe Doctors Harbour association said it was working on solutions.',
      'working on solutions',
      'Doctors Harbour association',
    ],
    [
      'but a place or a people’s adjective describes one already named',
      'Northwind Gas & Electric Co. was set to cut power on Wednesday.\n\nThe Harbourton-based utility said it would watch the weather.',
      'watch the weather',
      'Northwind Gas & Electric Co.',
    ],
    [
      'a name in the singular with a plural verb ("Kestrel have signed") is a club or a company, as British news writes',
      'Kestrel have completed the signing of midfielder Tom Baker from Harbourton.\n\nThe 26-year-old has signed a long-term contract, the club said.',
      'long-term contract',
      'Kestrel',
    ],
    [
      'a club that opened the story is "the club" that speaks; a name going on after its particle is a person',
      'Harbourton United have sacked manager Tom Baker.\n\nThe Dutchman left on Monday. Joost van Dalen will take charge as interim manager, the club said.',
      'interim',
      'Harbourton United',
    ],
    [
      'a given name joined by "and" to a full name shares its surname',
      'For 30 years, Tony and Sal Marino ran the trattoria. Tony said the trouble began in May.',
      'trouble',
      'Tony Marino',
    ],
    [
      'the last of a list of names joined by "and" is no one’s given name',
      'Stars like Brandy, Monica and Lauryn Hill sang. Monica said it was great.',
      'great',
      'Monica',
    ],
    [
      '"the" and the head of someone’s unnamed spokesman who just spoke → that spokesman, not the one he speaks for',
      'Prime Minister Tom Baker faces a revolt. The prime minister’s official spokesman said the vote would go ahead. “The prime minister is confident,” the spokesman told reporters.',
      'confident',
      'The prime minister’s official spokesman',
    ],
    [
      '"the adviser" after "one of his legal advisers" who just spoke → that one',
      'Ana Ruiz keeps pounding on the door, one of her legal advisers told me. “She never stops,” the adviser added.',
      'never stops',
      'one of her legal advisers',
    ],
    [
      'an office named by "her" is the office of the woman named before it',
      'Gov. Ana Ruiz has stayed out of the dispute. Her office said she was monitoring the situation.',
      'monitoring',
      'Ana Ruiz’s office',
    ],
    [
      '"the guild" is the guild that spoke before',
      'Writers and studios reached a deal, the Harbour Writers Guild said. Leaders will vote Tuesday on the deal, the guild said.',
      'Leaders',
      'Harbour Writers Guild',
    ],
    [
      '"the spokesperson" after "A Harbour Ferries spokesperson" who spoke is that spokesperson',
      'A Harbour Ferries spokesperson confirmed the memo. “These are not performance-based cuts,” the spokesperson said.',
      'performance',
      'A Harbour Ferries spokesperson',
    ],
    [
      'a nickname in straight quotes inside a name keeps the name whole, shown without it',
      'A group marched in silence. Juan "Chico" Ruiz of Harbourton carried a photo. "I cried the whole parade," he said.',
      'cried',
      'Juan Ruiz',
    ],
    [
      'a Dutch particle ("ten") inside a name',
      'Erik ten Brink left the club on Monday. “It was time,” he said.',
      'time',
      'Erik ten Brink',
    ],
    [
      'a headline’s capitalised verb ends the name before it ("HBN Fires Baker")',
      'HBN Fires Baker Over Post\n\nThe network fired the former pitcher Tom Baker on Wednesday. “I did nothing wrong,” Baker said.',
      'nothing wrong',
      'Tom Baker',
    ],
    [
      'a sport’s position is a role ("the fast bowler" after a skipper)',
      'Australia skipper Tom Baker admitted his side had been outplayed. “We were short,” the fast bowler said.',
      'short',
      'Tom Baker',
    ],
    [
      'a football position is a role too',
      'Tom Baker caught eight passes on Sunday. The receiver said the offence had been ready.',
      'offence',
      'Tom Baker',
    ],
    [
      'a capitalised name with a role word in it stays a name ("the Philippine Star")',
      'Marco Rubio spoke at the rally. The Philippine Star reported that there was no feasible basis for the claim.',
      'feasible',
      'The Philippine Star',
    ],
    [
      'a role before a full name is the person’s role, not an unnamed source',
      'Revenue has fallen for years, according to veteran industry analyst Ken Doctor.',
      'Revenue',
      'Ken Doctor',
    ],
    [
      'an office ending in a place before a full name is the person’s',
      'The awards are open to all, said Commonwealth Secretary-General Patricia Scotland.',
      'awards',
      'Patricia Scotland',
    ],
    [
      'a capitalised role word inside a sentence is the surname of the person named so',
      'Revenue has fallen, said veteran industry analyst Ken Doctor. Talks have resumed, Doctor said on Monday.',
      'Talks',
      'Ken Doctor',
    ],
    [
      'role description with adjectives → the person with that role',
      'Ruth Okafor is a professor at the institute. She built the bridge.\n\n“It will hold,” the lanky, bespectacled professor said.',
      'hold',
      'Ruth Okafor',
    ],
    [
      'role from an apposition',
      'Guenther Brandt, a professor at the institute, built the car. “Nobody makes money on these,” the professor said.',
      'money',
      'Guenther Brandt',
    ],
    [
      'an indefinite description named in the next lines',
      'A provincial court judge said the city had delayed the case for years.\n\nJustice Ana Ruiz ordered a new hearing.',
      'delayed',
      'Ana Ruiz',
    ],
    [
      'a document speaks for its owner',
      'Ana Ruiz resigned on Friday.\n\n“I leave with pride,” her statement said.',
      'pride',
      'Ana Ruiz',
    ],
    [
      'an organisation’s document speaks for the organisation',
      'Spending on roads has slowed, according to Infrastructure Canada’s public database.',
      'Spending',
      'Infrastructure Canada',
    ],
    [
      'an age becomes a description',
      'Ana Ruiz, 56, has run the bakery for years. Tom Baker owns the shop next door.\n\n“We will stay,” the 56-year-old said.',
      'stay',
      'Ana Ruiz',
    ],
    [
      'a description with no role on record → the subject just before',
      'Tom Baker said the season was long.\n\nAna Ruiz has four goals since the trade. The 26-year-old forward said her new teammates were generous.',
      'generous',
      'Ana Ruiz',
    ],
    [
      'an organisation quoted before → "the agency"',
      'TransitLink said the line was safe. The agency said inspections were complete.',
      'inspections',
      'TransitLink',
    ],
    [
      "a quoted line with no stop is a heading, not someone's words",
      'Wendy Marsh lost her son in 2017.\n\n‘Our future is on the water and the coast’\n\nThe port grew for decades.',
      'Our future',
      null,
    ],
    [
      'a quote alone in its paragraph → the person the lines before were about',
      'Wendy Marsh lost her son in 2017.\n\nHer message now is simple.\n\n“Never share your pills with anyone at all.”',
      'Never share',
      'Wendy Marsh',
    ],
    [
      'a given name only the broad generated list knows makes a person, who takes the next "he"',
      'Police said the driver fled.\n\nHamish Treloar had a long record of fines. He told the court the brakes had failed.',
      'brakes',
      'Hamish Treloar',
    ],
    [
      'a title inside a capitalised run starts the name after it ("Flint" is also a given name)',
      'Flint Mayor Ada Corrigan said the pipes were replaced.',
      'pipes',
      'Ada Corrigan',
    ],
    [
      'a dateline in capitals is not the subject',
      'ORLANDO, Fla. (Reuters) - Gov. Ana Ruiz met families on Friday and said the state would help.',
      'state would help',
      'Ana Ruiz',
    ],
    [
      'a dateline with its agency is not the subject',
      'Madrid (AFP) – Ana Ruiz visited the port and said the strike was over.',
      'strike',
      'Ana Ruiz',
    ],
    [
      'an opener goes on through its place and time',
      'At a rally in Ames, Iowa, on Sunday, Ana Ruiz urged voters to turn out, saying the race was close.',
      'race was close',
      'Ana Ruiz',
    ],
    [
      'a name right after an opening clause is the subject, who takes the next "she"',
      'Ana Ruiz runs the ward.\n\nTom Baker has long worked with Maria Lopez.\n\nThen, last week, Ana Ruiz posted a video. She said the ward was full.',
      'ward was full',
      'Ana Ruiz',
    ],
    [
      'a surname after an opening clause is the subject too',
      'Tom Baker founded the firm in 2009 with Raul Ortiz, who had run a bakery.\n\nIn the summer of 2010, a year after the launch, Baker decided to step back. “I was tired,” he told reporters.',
      'tired',
      'Tom Baker',
    ],
    [
      'a person "of" an organisation is the speaker, not the organisation',
      'Peter Morgan runs the group.\n\n“It was the least bad outcome,” Mr. Morgan of the Sierra Club said.',
      'least bad',
      'Peter Morgan',
    ],
    [
      'a description is read by its head, before its "of" tail',
      'On Tuesday, Ana Ruiz, the president of the Regional Council, which represents the mayors, urged the government “to act now on housing.”',
      'act now',
      'Ana Ruiz',
    ],
    [
      '"the report" speaks for the author the article gave it',
      'Economist Ana Ruiz wrote in a recent report for the Fraser Institute that rents had doubled.\n\nWages rose only 2 per cent in the same years, the report said.',
      'Wages rose',
      'Ana Ruiz',
    ],
    [
      '"the report" after "a study by" an organisation',
      'A study by the Urban Policy Institute looked at 13 transit projects.\n\n“Few of them paid off for taxpayers,” the report said.',
      'Few of them',
      'Urban Policy Institute',
    ],
    [
      'a speaker named by one word and a role goes on as "he"',
      'Yuni, a resident of the area, said the sea had been calm.\n\nVideo shows the damage.\n\nHe said many others had fled.',
      'many others',
      'Yuni',
    ],
    [
      'an office after "of" is no person for "she" to take',
      'Mary Osei, Minister of Small Business, said exports would rise.\n\n“We are ready,” she said.',
      'ready',
      'Mary Osei',
    ],
    [
      '"who" after an indefinite apposition is the name it describes',
      'Senator Ana Ruiz, an Idaho Republican who warned of the debt in the past, said the cut would pay for itself.',
      'the debt in the past',
      'Ana Ruiz',
    ],
    [
      'a chained verb in a "when" clause shares that clause\'s subject',
      'Some in the crowd booed, and when Ana Ruiz thanked the city and said it was great to be home, a man yelled.',
      'great to be home',
      'Ana Ruiz',
    ],
    [
      '"seems to" sits between the subject and its cue',
      'Tom Baker is skeptical.\n\nAna Ruiz seems to suggest that the vote was rigged.',
      'vote was rigged',
      'Ana Ruiz',
    ],
    [
      'a name with no known first name "of" an organisation is a person there',
      '“The market is nervous,” said Xiuying Dao of the Harbour Research Institute.',
      'market is nervous',
      'Xiuying Dao',
    ],
    [
      'a name given to women and men alike takes the gender of its pronouns',
      'Taylor Reed thanked the crowd for her award. Tom Baker left early. “It was a dream,” she said.',
      'dream',
      'Taylor Reed',
    ],
    [
      'a word used alone as a speaker takes the gender of its pronouns',
      'Tom Baker praised the team. “We were ready,” Oyelaran said. “We trained hard,” Oyelaran added. She thanked the crowd.\n\nTom Baker left early.\n\n“It was a dream,” she said.',
      'dream',
      'Oyelaran',
    ],
    [
      'a word used alone as a speaker is a subject a later "he" can reach',
      '“We act,” Obama said. “We lead,” Obama added.\n\nTom Baker praised the plan.\n\nAnd Obama, for all his progress, seems to agree. “We do not know what works,” he said.',
      'what works',
      'Obama',
    ],
    [
      '"she" after an opening clause is the clause\'s subject',
      '“We won,” Oyelaran said.\n\nLater, Maria Lopez left the stadium.\n\nWhen Oyelaran joined the team, she said “it was the best day of my life.”',
      'best day',
      'Oyelaran',
    ],
    [
      'a surname that is a role noun, after a quote closed on a comma, is the person',
      '“The goats were smart,” said Shanna Challenger, who runs the programme.\n\n“With a little help,” Challenger says, “nature can recover.”',
      'little help',
      'Shanna Challenger',
    ],
    [
      'a name after a comma with a past verb after it is its clause\'s subject, for the next "he"',
      'Doug Ruiz is the mayor.\n\n“It is a mess,” Tom Baker said.\n\nA press release, issued on Monday, Ruiz expressed concern about the debt.\n\n“The debt is too high,” he said.',
      'debt is too high',
      'Doug Ruiz',
    ],
    [
      'a quote before "he was quoted as saying" is what he said',
      'Doug Ruiz spoke at noon.\n\n“The debt is too high,” he was quoted as saying in the release.',
      'debt is too high',
      'Doug Ruiz',
    ],
    [
      'a name right before an aside pronoun is who the words are about, not who says them',
      'Tom Baker is the party leader.\n\n“It is the old minds-and-hearts thing,” said Senator Doug Ruiz. Baker, he said, “knows his colleagues.”',
      'knows his colleagues',
      'Doug Ruiz',
    ],
    [
      'two people joined by "and" are a group a later "they" stands for',
      'Ana Ruiz and Tom Baker took aim at each other over the budget.\n\nThey accused each other of hiding the debt.',
      'hiding the debt',
      'Ana Ruiz and Tom Baker',
    ],
    [
      '"they" goes to people named together before the organisation one of them belongs to',
      'The data come from an analysis by Ana Ruiz of the Northland Policy Institute and Tom Baker.\n\nThey estimate that prices will rise.',
      'prices will rise',
      'Ana Ruiz and Tom Baker',
    ],
    [
      'the previous speaker goes on against a gender only a rare given name gave, when nobody else fits',
      'Governor Tiff Harbin told reporters the bank would wait.\n\n“We are patient,” he said.',
      'We are patient',
      'Tiff Harbin',
    ],
    [
      '… and so does a subject named since the previous speaker, before that speaker',
      '“Relief will come,” said Ruth Okafor, an economist. Rates follow yields, she noted.\n\nGovernor Tiff Harbin would not commit. “We are patient,” he told a news conference.',
      'We are patient',
      'Tiff Harbin',
    ],
    [
      'a common given name keeps its gender: the "he" is nobody named',
      'Governor Ana Harbin told reporters the bank would wait.\n\n“We are patient,” he said.',
      'We are patient',
      'he',
    ],
    [
      'two full names joined before a cue speak together, even names no lexicon knows',
      'The cafe’s owners Tove Sohlborg and Lehla Abredar said they respected the vote.\n\n“Our priority is a healthy workplace,” they said.',
      'Our priority is a healthy workplace',
      'Tove Sohlborg and Lehla Abredar',
    ],
    [
      "a quote inside the subject of a cue further on is that speaker's, not the previous one's",
      'The program works, Erin Kim says. Retiree Doug Purdy, who lost 16 lbs. “and two belt loops” since May, says it changed his life.',
      'and two belt loops',
      'Doug Purdy',
    ],
    [
      "a name closing the clause before a quote's colon is the quote's speaker; a label line's outlet is not",
      'Tom Baker said the poll was close. The surge does not surprise pollster Ana Ruiz: “Lesser-known candidates often get a boost in early contests.”',
      'Lesser-known candidates often get a boost in early contests',
      'Ana Ruiz',
    ],
    [
      'a role\'s other name finds the person of that role ("the pontiff" after "Pope Francis")',
      'Pope Francis said the church must welcome migrants.\n\nThe pontiff said walls were not the answer.',
      'walls were not the answer',
      'Francis',
    ],
    [
      '"the couple" is the two people the article last named together',
      'Ana Ruiz and Tom Baker opened the bakery in 2010. Business was slow at first.\n\nThe couple said sales had since doubled.',
      'sales had since doubled',
      'Ana Ruiz and Tom Baker',
    ],
    [
      '"the pair" with no two people named together stays as written',
      'Ana Ruiz met Tom Baker in 2010.\n\nThe pair said sales had since doubled.',
      'sales had since doubled',
      'The pair',
    ],
    [
      'a surname of one of a group is that person, not the group',
      'Ana Ruiz and Tom Baker took aim at each other over the budget.\n\nBaker said the debt was hidden.',
      'debt was hidden',
      'Tom Baker',
    ],
    [
      '"the union" is the union named before, not a nearer organisation merely quoted',
      '“Crews are tired,” said Ruth Okafor with the Northland Transit Union. The Northland Health Ministry said the targets are met.\n\nThe union says burnout is critical among its members.',
      'burnout is critical',
      'Northland Transit Union',
    ],
    [
      '"the union’s release" is the release of the union named before, a local by its number',
      'A release from UFCW Local 832 said most workers voted yes. The Northwind Cafe said it respects the vote.\n\nThe workers will be represented at both locations, according to the union’s Friday release.',
      'workers will be represented at both locations',
      'UFCW Local 832',
    ],
    [
      'an "it" no named organisation stands for is the organisation its sentence describes before it',
      'The program costs the province a fortune, at a time when the government is grappling with what it says is a $14.5 billion deficit.',
      '$14.5 billion deficit',
      'the government',
    ],
    [
      'so is one the sentence opens on, with an owner and capitalised words before its head',
      "Northland's Progressive Conservative government introduced a bill on Monday that it says will cut years off the approvals.",
      'will cut years',
      "Northland's Progressive Conservative government",
    ],
    [
      'a profession opening a sentence before a surname is a role, the surname the person named before',
      '“It is shallow,” said Ruth Okafor, a professor at the Northland Institute.\n\nOceanographer Okafor said debris would normally float on the surface.',
      'debris would normally float',
      'Ruth Okafor',
    ],
    [
      "a spokesperson named only as the next quote's speaker is that person",
      'Mayor Ana Ruiz spoke. A spokeswoman for Ruiz said the pier will reopen.\n\n“The crews did their best,” said Ruth Okafor.',
      'pier will reopen',
      'Ruth Okafor',
    ],
    [
      'not when someone else spoke in between',
      'Mayor Ana Ruiz spoke. A spokeswoman for Ruiz said the pier will reopen. But a veteran engineer said the pier is unsafe.\n\n“It was never built for this,” said Ruth Okafor.',
      'pier will reopen',
      'A spokeswoman for Ruiz',
    ],
    [
      'nor when a description after the name introduces someone new',
      'Mayor Ana Ruiz spoke. A spokeswoman for Ruiz said the pier will reopen.\n\n“The crews did their best,” said Ruth Okafor, a courier who leads a union.',
      'pier will reopen',
      'A spokeswoman for Ruiz',
    ],
    [
      'experts "not involved" in a study are the experts, not the study',
      'A study found a link. Experts not involved in the study cautioned that it showed an association.',
      'association',
      'Experts not involved in the study',
    ],
    [
      '"the club", "the team" is the club that opens the sentence, even one named after its city',
      'Napoli said the deal was done.\n\nLiverpool have signed the midfielder from Napoli, the club said.',
      'signed the midfielder',
      'Liverpool',
    ],
    [
      '… or after the sentence’s opening "The"',
      'The Maple Leafs fired coach Tom Baker on Monday, the team said.',
      'fired coach',
      'Maple Leafs',
    ],
    [
      '… not a club quoted before',
      'Napoli said the deal was done.\n\nHarbour United have sacked their manager, the club said.',
      'sacked',
      'Harbour United',
    ],
    [
      'an organisation "in" a town no lexicon knows is the organisation',
      'The National Weather Service in Harbourville said 26 inches had fallen.',
      '26 inches',
      'National Weather Service',
    ],
    [
      '"the carrier" is the airline named before, even one never quoted',
      'The Transportation Department fined Southwest Airlines $140 million on Wednesday. The carrier said it had already paid refunds.',
      'paid refunds',
      'Southwest Airlines',
    ],
    [
      '"the district" is the school district named before',
      'Teachers in the Lakeside School District voted to strike, union leaders said. A mediator will meet both sides on Friday, according to the district.',
      'mediator',
      'Lakeside School District',
    ],
    [
      '"the palace" is the palace named before',
      'King Charles will not attend the summit, Buckingham Palace said on Monday. The palace said the king would send a video message.',
      'video message',
      'Buckingham Palace',
    ],
    [
      'a spokesperson for a named organisation keeps whose they are, a long name too',
      'A spokesperson for the Federal Aviation Administration said the agency would also investigate.',
      'would also investigate',
      'A spokesperson for the Federal Aviation Administration',
    ],
    [
      'a spokesperson named later is theirs only when the names in the later role fit the tail',
      'A spokesman for the Harbor Police Department said he was not handcuffed.\n\n“He came in by himself,” said Officer Tom Baker, a Harbor police spokesman.',
      'not handcuffed',
      'Tom Baker',
    ],
    [
      'not someone else’s spokesperson',
      'A spokesperson for the Parks Department said the venue would stay open.\n\n“These contracts are binding,” said Ruiz spokesperson Tom Baker.',
      'stay open',
      'A spokesperson for the Parks Department',
    ],
    [
      'nor the spokesperson of someone other than the owner named before the head',
      '“We are complying with the rules,” a Northwind spokesperson said.\n\nThe ministry said the rules were fair. Spokesperson Lin Tao told a briefing that the rules would stay.',
      'complying',
      'a Northwind spokesperson',
    ],
    [
      'but the owner’s own spokesperson, named later, is',
      'A Northwind spokesperson said the plant would reopen.\n\n“We are complying with the rules,” said Northwind spokesperson Ana Ruiz.',
      'reopen',
      'Ana Ruiz',
    ],
    [
      'kin ("the mother") are not the person last named, who has a role of their own',
      'School spokesperson Ana Ruiz said counsellors would be there.\n\nA parent said she saw officers running. “It was terrifying,” said the mother.',
      'terrifying',
      'the mother',
    ],
    [
      'but someone introduced as one',
      'The victim’s mother, Ana Ruiz, said she was angry. Police said the case was open.\n\n“It was terrifying,” said the mother.',
      'terrifying',
      'Ana Ruiz',
    ],
    [
      'one official told apart from another ("the second official") is not the person last named',
      'Senator Ana Ruiz said the plan was sound. The paper quoted another official as saying the plan was late.\n\n“The crews are tired,” said the second official.',
      'crews are tired',
      'the second official',
    ],
    [
      'a definite description after an inverted cue is the speaker',
      'The rally was loud.\n\n“Donald is a leader,” said the 46-year-old.',
      'Donald is a leader',
      'the 46-year-old',
    ],
    [
      'a name in apposition to a description after an inverted cue is the speaker',
      'The plant is loud.\n\n“We are hanging on,” said the company’s chief executive, Ruth Okafor.',
      'hanging on',
      'Ruth Okafor',
    ],
    [
      'a capitalised run after a lowercase "the" names a thing, not the next description\'s person',
      'What looked like the Rudy Problem to everyone looked like a fix to him.\n\nThe trick, the adviser said, is to wait.',
      'to wait',
      'the adviser',
    ],
    [
      "a quote left open at its paragraph's end is the speaker's of the quote that goes on in the next",
      'Tom Baker said the budget was balanced.\n\n“We were caught off guard. Nobody told us about the closure.\n\n“Now we have nowhere to go,” said Maria Costa.',
      'Nobody told us about the closure',
      'Maria Costa',
    ],
    [
      'a quote with no cue goes on with the previous speaker past someone only talked about',
      'Ted Cruz offered to help. Kelly Ayotte is running.\n\n“This is about me,” she said, when asked whether she wanted Cruz to campaign for her. “I’m going to be focusing on my campaign for me.”',
      'focusing on my campaign',
      'Kelly Ayotte',
    ],
    [
      'a quote with no cue goes to someone the writer turned to since',
      'Jane Roe spoke first. “We agree,” she said.\n\nBut Dorothy Poynter, who grew up with Roe, disagreed.\n\n“We were all so proud of him and of the whole team.”',
      'proud of him',
      'Dorothy Poynter',
    ],
    [
      "a titled surname after a short opener is the sentence's subject",
      'John Doe praised William A. Ackman on Monday. “It was a fine fund,” Doe said.\n\nBut if Mr. Ackman has been hurt, you would never know it. “We are going to take a much more active role,” he said.',
      'active role',
      'William A. Ackman',
    ],
    [
      "a title's gender picks among people who share a surname",
      'Bill Clinton and Hillary Clinton came to the gala. Mrs. Clinton said the bill was fair.',
      'the bill was fair',
      'Hillary Clinton',
    ],
    [
      '"Until …," opens a sentence before its subject',
      'Donald J. Trump ran. John Doe spoke first. “It is fine by me,” Doe said. Until last week, Mr. Trump had hardly uttered a word about it. In 1999, he said the president had been treated unfairly.',
      'treated unfairly',
      'Donald J. Trump',
    ],
    [
      'a gendered noun heading an apposition gives a one-word name its gender',
      'Elilla, a Brazilian trans woman living in Germany, said the site felt safer.\n\n“Most of my posts have two likes,” she said.',
      'two likes',
      'Elilla',
    ],
    [
      '"first" after "the" is an ordinal, so "the first lady" is a description of someone named',
      'Jill Roe, the first lady, visited the school on Monday. Later, the first lady said the program worked.',
      'the program worked',
      'Jill Roe',
    ],
    [
      'a given name common in world news makes a person a later "she" names',
      'Oksana Kovacs runs the firm.\n\n“We will have a product,” she said.',
      'have a product',
      'Oksana Kovacs',
    ],
    [
      'a possessive ends the name it follows',
      'Priya Okafor’s Toronto-based company sells sensors.\n\n“We will have a product,” she said.',
      'have a product',
      'Priya Okafor',
    ],
    [
      'a middle initial keeps its period',
      'John Q. Doe ran a shop. “It is fine,” Doe said.',
      'It is fine',
      'John Q. Doe',
    ],
    [
      "a description's gender rules out the subject before it",
      'Hillary Roe spoke on Monday.\n\nIn 2011, John Doe led the raid.\n\nThe former first lady and senator said the raid was a mistake.',
      'a mistake',
      'Hillary Roe',
    ],
    [
      'someone of a nation is the person just named',
      'Coach Arne Viskil said his side deserved the win. “We were the better team,” the Dutchman said.',
      'better team',
      'Arne Viskil',
    ],
    [
      "a nation's noun for a woman passes over the man named last",
      'Anna Morel won the final.\n\nHer coach, Paul Brun, hugged her.\n\n“I am so happy,” the Frenchwoman said.',
      'so happy',
      'Anna Morel',
    ],
    [
      'a company described by what it makes, its product named in capitals',
      'Northwind Inc. declined to comment. The Zephyr maker has said it takes privacy seriously.',
      'privacy',
      'Northwind Inc.',
    ],
    [
      'a family speaks as one: a "they" after it',
      'In a statement, the family said they were heartbroken. They asked for privacy.',
      'privacy',
      'the family',
    ],
    [
      'an unnamed source of no known gender goes on as the next sentence\'s "he"',
      'Her lawyer said Ms. Ruiz would appeal. “She is innocent,” he said.',
      'innocent',
      'Her lawyer',
    ],
    [
      "a given name opening its sentence before an aside and a verb is that sentence's subject",
      'A district spokesman said it does not discuss pending cases.\n\nArjun, asked what he wanted, was direct. “I want to stay with my friends,” he said.',
      'stay with my friends',
      'Arjun',
    ],
    [
      "a given name set off after the description opening its sentence is that sentence's subject",
      'Mayor Andy Fillmore said the city would honour her.\n\nHer son, Luis, now runs the bakery. He told CBC News that the shop would stay closed.',
      'stay closed',
      'Luis',
    ],
    [
      '"the company" → a subject named just before (past its apposition), not a company quoted earlier',
      'Chevron said profits fell.\n\nHalvernix, the parent company of Brightwave, jumped $25.50. The company reported earnings of $8.42 a share.',
      'earnings',
      'Halvernix',
    ],
    [
      'a "they" nobody named fits → the people its sentence opens on',
      'Astronomers using the new telescope have detected water vapour on a rocky planet 70 light-years away, a finding they say could reshape the search for life.',
      'reshape',
      'Astronomers',
    ],
    [
      'organisations named together right before the cue speak together',
      'The Harbour Union and the Halvern Bank said the deal was fair. They said it would be signed in May.',
      'signed in May',
      'Harbour Union and Halvern Bank',
    ],
    [
      '"the court" → the court the article named',
      'The Harbour Supreme Court rejected the appeal on Monday. The court said the law was clear.',
      'law was clear',
      'Harbour Supreme Court',
    ],
    [
      "a sentence's subject outranks a person it newly introduces elsewhere, for a pronoun opening its own words",
      'Mr. Baker likes surprises, as he did two years ago by freeing the jailed tycoon Ivan Petrov. This year, he rose to the defense of the coach, saying the coach should get a medal.',
      'medal',
      'Baker',
    ],
    [
      '… but after a quote the newcomer goes on ("… which concerns Henry Crespo, president of … “…,” he said")',
      'While Tom Baker had songs written about him, that is not true for Ana Ruiz, which concerns Henry Crespo, president of the caucus.\n\n“No one is writing songs for her,” he said.',
      'No one',
      'Henry Crespo',
    ],
    [
      'a new unnamed speaker goes on as the next "she" rather than a woman named before they spoke',
      'Cpl. Gina Slaney said the dogs were seized. The victim’s neighbour, who asked not to be named, said the dogs had roamed for weeks. “We called the county twice,” she said.',
      'county',
      'The victim’s neighbour',
    ],
    [
      '… but not one the article named before ("the candidate")',
      'Ana Ruiz spoke in Ohio on Monday. The Republican candidate said the plan was wrong. “It will fail,” she said.',
      'fail',
      'Ana Ruiz',
    ],
    [
      "a surname that is also a party's member, after a title and then opening a sentence",
      'Mayor John Tory and Councillor Ana Ruiz clashed over the budget. Tory said the city could not afford it.',
      'afford',
      'John Tory',
    ],
    [
      'a company that opened the sentence before is the one its description names, "&" and all',
      'PG&E began cutting power to 50,000 customers on Wednesday. The utility said the outages could last two days.',
      'outages',
      'PG&E',
    ],
    [
      "or the company the story's first sentence opened on, with none named since",
      'NORTHLAND (AP) — Northland Gas & Electric Co. was set to cut power on Wednesday.\n\nA dry fall has left brush brittle, forecasters said. The utility said it would watch the weather.',
      'watch the weather',
      'Northland Gas & Electric Co.',
    ],
    [
      'and after a wire dateline\'s dash, "The" before the name',
      'HARBOURTON (AP) — The Coastal Drug Administration on Thursday approved the first treatment for the disease.\n\nThe drug, made by Northwind Therapeutics, is meant for children. The agency said the approval rested on a blood test.',
      'blood test',
      'Coastal Drug Administration',
    ],
    [
      "a place's initials whose dot ended the sentence name no organisation in between",
      'Shares of Kestrelworks fell 6% on Tuesday after the U.S. Commerce Department tightened rules on chip sales.\n\nThe company said it expected a charge on its chips.',
      'expected a charge',
      'Kestrelworks',
    ],
    [
      'a sentence opening on a company’s shares opens on the company',
      'Shares of Kestrelworks fell 6% on Tuesday.\n\nThe company said it expected a charge on its chips.',
      'expected a charge',
      'Kestrelworks',
    ],
    [
      "a dateline's hyphen opens the sentence too",
      'HARBOURTON (Reuters) - Northland Gas & Electric Co. was set to cut power on Wednesday.\n\nA dry fall has left brush brittle, forecasters said. The utility said it would watch the weather.',
      'watch the weather',
      'Northland Gas & Electric Co.',
    ],
    [
      "but not a headline's capitals",
      'Striking US auto union reaches deal\n\nThe agreement is similar to one struck with Ford, the union said.',
      'similar',
      'the union',
    ],
    [
      "the lede's someone known by a gendered noun is the first person then named as a subject",
      'TORONTO — A Toronto woman says she was shocked by her bill.\n\nLinda Chow, 67, told CTV News that she has lived there for years.',
      'shocked',
      'Linda Chow',
    ],
    [
      'but not someone of the other gender',
      'TORONTO — A Toronto woman says she was shocked by her bill.\n\nTom Baker, 67, told CTV News that he has lived there for years.',
      'shocked',
      'A Toronto woman',
    ],
    [
      'a rank before the name is its description, past a relative clause',
      'Former world No. 1 Ana Ruiz, who retired after the Games, said the final was a privilege.',
      'privilege',
      'Ana Ruiz',
    ],
    [
      '"the agency" is the story’s opening subject, past its own division and a company named since',
      'The Harbour Safety Administration on Friday approved the pill. “It is good,” said Dr. Ana Ruiz, director of the HSA’s Division of Psychiatry. Harbour Therapeutics will sell it. The agency rejected a second drug, saying the data were weak.',
      'data were weak',
      'Harbour Safety Administration',
    ],
    [
      '"the agency" is an Organization that opened the sentence (as the UN agencies are named)',
      'The World Harbour Organization has said the risk is low, but the agency has called for more research.',
      'more research',
      'World Harbour Organization',
    ],
    [
      '"the union" is the Workers named with a company, not the company that opened the story',
      'Stellantis and the striking United Harbour Workers union reached a deal on Saturday. The raise is 25 per cent, the union said.',
      'raise is 25',
      'United Harbour Workers',
    ],
    [
      '"his son" is the one the article introduced as his son',
      'Tom Baker runs the bakery. His son, Marc Baker, said he moved home to help.\n\n“Maybe next year,” Tom Baker said. “He says that every year,” his son replied.',
      'every year',
      'Marc Baker',
    ],
    [
      'a one-word dateline in capitals is no name as written ("KYIV, Ukraine —")',
      'KYIV, Ukraine — The air force said drones were shot down overnight. Kyiv has rejected any deal that would cede land.',
      'cede land',
      'Kyiv',
    ],
    [
      'a union named an association, not the headline’s description ("Teachers’ union rejects …")',
      'Teachers’ union rejects offer\n\nThe Harbour Teachers’ Association has rejected the latest offer, saying it does nothing for classrooms.\n\nIn a statement Monday, the union said 89 per cent of members were opposed.',
      '89 per cent',
      'Harbour Teachers’ Association',
    ],
    [
      'initials inside an organisation’s name leave the person before its "of" the speaker',
      'Dr. Ana Ruiz of the Harvard T.H. Kelvaro School of Public Health said the risk was real.',
      'risk was real',
      'Ana Ruiz',
    ],
    [
      'someone speaking for a person after "Mr." and its dot is not that person',
      'Tom Baker spoke first. A spokesman for Mr. Baker declined to comment.',
      'to comment',
      'A spokesman for Mr. Baker',
    ],
    [
      'a description by the full name an abbreviation stands for ("the central bank" for "the Fed")',
      'Markets were calm for most of the week, as traders waited for news from Washington and from the major companies due to report their earnings, and few expected surprises from either of them before the weekend began in earnest across the financial centres of the world, from Tokyo to London and New York.\n\nStocks rose on Wednesday after the Fed lifted rates. Harbour Steel said profits were up. The central bank said inflation was easing.',
      'inflation',
      'Fed',
    ],
    [
      'an owner’s possessive before a surname is no given name',
      'Harbour’s Okafor wins the final\n\nRuth Okafor won the final on Sunday. “It is hard to say,” Okafor said.',
      'hard to say',
      'Ruth Okafor',
    ],
    [
      'the first of two Spanish surnames is the person’s, not someone new',
      'Club manager Javier Ortega Ruiz said the deal was done. “We are happy,” Ortega said.',
      'We are happy',
      'Javier Ortega Ruiz',
    ],
    [
      'a middle name that is a given name is no one’s short name',
      'Mary Ellen Smith spoke first. “We are happy,” Ellen said.',
      'We are happy',
      'Ellen',
    ],
    [
      'the name someone goes by, alone in a headline before their full name, is theirs',
      'Brazil’s Lula wins the vote\n\nPresident Luiz Inácio Lula da Silva won the vote on Sunday. “We are happy,” Lula said.',
      'We are happy',
      'Luiz Inácio Lula da Silva',
    ],
    [
      'a nickname of several words inside a name leaves it a person’s name',
      'The singer Tom “El Jíbaro” Colón won an award. “I won,” Colón said.',
      'I won',
      'Tom Colón',
    ],
    [
      'a son who bears his father’s name with “Jr.” is not his father',
      'Tom Baker won an award. “I am happy,” he said. His son, Tom Baker Jr., said his father had been nervous.',
      'his father had been nervous',
      'Tom Baker Jr',
    ],
    [
      'the company its own statement names first, past a long apposition',
      'Quorvex Labs, a two-year-old artificial intelligence start-up founded by former researchers at Google, has raised $600 million, the company said on Monday.',
      'has raised',
      'Quorvex Labs',
    ],
    [
      'the name a question was about is not who answers it',
      'Tom Okafor threw three touchdowns. “We play hard,” Dale Whitfield said.\n\nAsked whether Okafor might keep the job, he smiled.\n\n“Mason is our guy,” he said.',
      'Mason is our guy',
      'Dale Whitfield',
    ],
    [
      'a name used alone is the one named by it so far, not a bearer introduced later',
      'Tom Reda, a former president of the region, said the deal was dead. “We will fight,” Tom said.\n\nSpokesman Ana Tom said the government wanted peace.',
      'We will fight',
      'Tom Reda',
    ],
    [
      'a headline’s lone given name is the full name the story then gives',
      'Harbour’s Abiy says the war is over\n\nPrime Minister Abiy Tesfaye told parliament on Tuesday that the war was over. “We have won the peace,” Abiy said.',
      'We have won the peace',
      'Abiy Tesfaye',
    ],
    [
      '“the society”, “the chamber” stand for the society or chamber the article named',
      'The Harbour Historical Society organised the walk. The society said in a statement that it would place a plaque.',
      'place a plaque',
      'Harbour Historical Society',
    ],
    [
      'an inverted cue before “their eldest daughter” and her name',
      '“Mom and Dad volunteered here,” said their eldest daughter, Anne Meyer, 68.',
      'volunteered here',
      'Anne Meyer',
    ],
    [
      'the name in apposition to what an opening owner’s name owns is the subject a later “he” goes on from',
      'Tom Baker was killed in 2015.\n\nTom Baker’s brother, Kofi Baker, flew in from Lahore for the anniversary. He said their mother had not been told.',
      'their mother had not been told',
      'Kofi Baker',
    ],
  ])('%s', (_rule, text, containing, name) => {
    expect(speakerOf(text, containing)?.name ?? null).toBe(name);
  });
});

describe('coreference: a description of another kind than every organisation before it', () => {
  it.each([
    // an agency known by its initials is no company
    [
      'The FDA said the samples were positive. The company said it was cooperating.',
      'cooperating',
      'The company',
    ],
  ])('%s', (text, containing, name) => {
    expect(speakerOf(text, containing)?.name).toBe(name);
  });
});

describe('coreference: unknown beats wrong', () => {
  it.each([
    ['no person before "she"', 'The report was late. She said the data was incomplete.', 'data'],
    [
      '"he" never names an organisation',
      'The Ministry of Health issued a statement. He said the data was incomplete.',
      'data',
    ],
    [
      'a dateline in capitals is no organisation "they" can name',
      'ST IVES, England — Residents are fighting a hotel that they say would spoil the view.',
      'spoil the view',
    ],
    ['"he" never names a woman', 'Ana Ruiz left early. He said the data was incomplete.', 'data'],
  ])('%s', (_rule, text, containing) => {
    const speaker = speakerOf(text, containing);
    expect(speaker?.type).toBe('unknown');
    expect(speaker?.confidence).toBe(0);
  });
});

describe('coreference: roles', () => {
  it.each([
    // which of two people of one surname is no role
    [
      'Tom Baker, 68, runs the bakery with his son.\n\nInsurance covered only part of the bill, the elder Baker said.',
      'Insurance covered',
      'Tom Baker',
      null,
    ],
    // an office's word ending in -ing opening the sentence is part of the role
    [
      'Housing Minister Tom Baker made the announcement. “Families need homes,” Baker told reporters.',
      'homes',
      'Tom Baker',
      'Housing Minister',
    ],
    // an honour is no role
    ['Sir Tom Baker said the budget was fair.', 'budget', 'Tom Baker', null],
    ['Lord Tom Baker told peers that the bill was rushed.', 'bill', 'Tom Baker', null],
    // a place after a lowercase role's "to" belongs to the role
    [
      '“It is a red line,” former ambassador to Peru Ana Ruiz said.',
      'red line',
      'Ana Ruiz',
      'former ambassador to Peru',
    ],
    // a description after a wire dateline's dash is set off as after a comma
    [
      "HARBOUR CITY (Reuters) - Norland's president-elect Ana Ruiz said on Monday that her government would act.",
      'her government',
      'Ana Ruiz',
      "Norland's president-elect",
    ],
    // titles written short ("Ald.", "Barr."), hyphenated offices, and a courtesy title closing a role
    ['Ald. Tom Baker (47th) said the ordinance was rushed.', 'ordinance', 'Tom Baker', 'Ald.'],
    [
      'Human rights lawyer Barr. Tom Baker said the arrest was illegal.',
      'arrest',
      'Tom Baker',
      'Human rights lawyer',
    ],
    ['Economist Prof. Tom Baker said the naira would weaken.', 'naira', 'Tom Baker', 'Economist'],
    [
      'Vatican spokesman the Rev. Tom Baker said no meeting was planned.',
      'no meeting',
      'Tom Baker',
      'Vatican spokesman',
    ],
    [
      'Tom Baker, the state’s Attorney-General, said the case would proceed.',
      'the case',
      'Tom Baker',
      'the state’s Attorney-General',
    ],
    // a description before a name with a rank or a party label ("(R-Ky.)") says more than the title
    [
      'The committee’s chairman, Rep. Tom Baker (R-Ky.), said the report was damning.',
      'damning',
      'Tom Baker',
      'the committee’s chairman',
    ],
    [
      'The military’s spokesman, Colonel Tom Baker, said the launch had failed.',
      'launch',
      'Tom Baker',
      'the military’s spokesman',
    ],
    // a bare noun's pair after the relative clause's verb is one thing headed, not a second verb
    [
      'Tom Baker, who heads search and rescue operations for the coast guard, said the boat sank.',
      'the boat sank',
      'Tom Baker',
      'head of search and rescue operations for the coast guard',
    ],
    [
      'Ana Ruiz, who owns a repair shop and donated to the campaign, said the tax was unfair.',
      'unfair',
      'Ana Ruiz',
      'owner of a repair shop',
    ],
    // "operating", "managing", "presiding": words of a title, not a participle that ends the phrase
    [
      '“We found no fault,” said Alaska’s chief operating officer, Tom Baker.',
      'no fault',
      'Tom Baker',
      'Alaska’s chief operating officer',
    ],
    // a party's member says less than even a title written short
    ['Gov. Tom Baker, a Republican, said the state would help.', 'would help', 'Tom Baker', 'Gov.'],
    // a story that opens on an office with no name names its holder as the next sentence's subject
    [
      'The Prime Minister has ruled out an early election.\n\nTom Baker said on Tuesday that the government would serve its full term.\n\n“We have work to do,” the Prime Minister told reporters.',
      'work to do',
      'Tom Baker',
      'Prime Minister',
    ],
    [
      'Port Elgin\n\nThe state Premier has ruled out a bailout for the builder.\n\nAna Ruiz said the scheme would cover deposits.',
      'cover deposits',
      'Ana Ruiz',
      'state Premier',
    ],
    // (not when the office's own sentence names someone, nor when the next subject has a role of their own)
    [
      'The Prime Minister, Ana Ruiz, has ruled out an early election.\n\nTom Baker said the polls were close.',
      'polls',
      'Tom Baker',
      null,
    ],
    ['The minister said the plan was sound.\n\nTom Baker said he disagreed.', 'disagreed', 'Tom Baker', null],
    [
      'The Premier has ruled out a bailout.\n\nOpposition Leader Tom Baker said the builder was warned.',
      'was warned',
      'Tom Baker',
      'Opposition Leader',
    ],
    // "Its" after an organisation opening the sentence before is that one's, not an earlier one that spoke
    [
      'Transit times rose by 11 days, according to data compiled by the freight analytics firm CargoMetric.\n\nThe Suez Canal Authority has offered rebates to lure ships back. Its chairman, Omar Selim, said the canal was safe.',
      'canal was safe',
      'Omar Selim',
      'Suez Canal Authority’s chairman',
    ],
    // a verb and its object after the name's comma is no description ("remembered him as …")
    [
      "Jamal's coach, Terrence Boyd, remembered him as a guard. “He never missed practice,” Boyd said.",
      'never missed',
      'Terrence Boyd',
      "Jamal's coach",
    ],
    // a title alone takes the organisation after the name's "of"; a place stays out
    [
      '“The data are clear,” said Prof. Anita Rao of the University of Leeds.',
      'data are clear',
      'Anita Rao',
      'Prof., University of Leeds',
    ],
    [
      'Gov. Earl Ray Tomblin of West Virginia said the plan was sound.',
      'plan was sound',
      'Earl Ray Tomblin',
      'Gov.',
    ],
    // a title alone takes the organisation after "of" however the name came (after the quote, male or not)
    [
      '“The data are clear,” said Chief John Rao of the Coastal Alliance.',
      'data are clear',
      'John Rao',
      'Chief, Coastal Alliance',
    ],
    // a rank's two abbreviations joined by a hyphen go with the name after a quote
    [
      '“The crew did everything right,” said Lt.-Cmdr. Brian Tulk, a spokesperson for the rescue centre.',
      'crew did everything right',
      'Brian Tulk',
      'spokesperson for the rescue centre',
    ],
    // a sentence opening on an organisation's description owns the next sentence's "Its", named or not
    [
      '“It was fair,” said Director Raymond Tully of the Pension Benefit Guaranty Corporation.\n\nThe fund had ' +
        'been on course to run dry. Its executive director, Linda Markowitz, said trustees were ready.',
      'trustees were ready',
      'Linda Markowitz',
      'executive director',
    ],
    [
      'The union representing probation staff, Napo, said the plans were a step. Its national chair, Ian ' +
        'Petrakis, said more was needed.',
      'more was needed',
      'Ian Petrakis',
      'Napo’s national chair',
    ],
    // a title in lower case after "its" is a role, with the name in apposition who spoke
    [
      'The International Esports Federation was angry. “Athletes have been preparing,” said its ' +
        'secretary-general, Ingrid Solberg.',
      'Athletes have been preparing',
      'Ingrid Solberg',
      'International Esports Federation’s secretary-general',
    ],
    // a report is no "he", even with an agent noun in the outlet's name after its "in"
    [
      'Yui Nakamura has ended her partnership with coach Stefan Keller. Keller is expected to join a ' +
        'federation, according to a report in the sports daily Kicker Tennis. He declined to comment on his plans.',
      'to comment on his plans',
      'Stefan Keller',
      'coach',
    ],
    // "the association's chief executive" after the association was named: the card says which one; the
    // subject that opens the sentence before outranks a body merely named; none named near stays as written
    [
      'The Harbour Performance Association backs the bill. “Margins are thin,” said Colin Barrett, the association’s chief executive.',
      'Margins',
      'Colin Barrett',
      'Harbour Performance Association’s chief executive',
    ],
    [
      'The painting was bought by the Kimbell Art Museum, and the Louvre declared it a treasure. “We are ready,” said Ana Ruiz, the museum’s president.',
      'ready',
      'Ana Ruiz',
      'Louvre’s president',
    ],
    [
      'The Harbour Performance Association backs the bill. Ticket sales fell in the spring and the summer, and the autumn looks no better for the halls of the city, where many shows have closed since the start of the year and more may close soon, owners say. Some venues are for sale. Others have cut staff and shows alike, and a few have cut their prices to bring the crowds back before the winter. “Margins are thin,” said Colin Barrett, the association’s chief executive.',
      'Margins',
      'Colin Barrett',
      'the association’s chief executive',
    ],
    [
      '“We grew,” Aurora co-founder and Chief Executive Nikhil Bansal said on a call.',
      'We grew',
      'Nikhil Bansal',
      'Aurora co-founder and Chief Executive',
    ],
    // "the source", "the diplomat": the unnamed source that spoke with that noun, past where it is based
    [
      'A Saudi source close to the government said the talks went well. “Things were said,” the source said.',
      'Things were said',
      'A Saudi source close to the government',
      null,
    ],
    [
      'A Gulf diplomat based in Muscat said the talks were serious. “Nobody wants a war,” the diplomat said.',
      'Nobody wants',
      'A Gulf diplomat based in Muscat',
      null,
    ],
    // a title opening on a kind of body is that body's when one was named just before; a capital that may
    // be a name's own needs the body to carry it
    [
      'The Harbour Nurses’ Association rejected the offer. “We are tired,” union president Mary Oduya said.',
      'We are tired',
      'Mary Oduya',
      'Harbour Nurses’ Association’s president',
    ],
    [
      'The Harbour Nurses’ Association rejected the offer. “We are tired,” Senate spokesperson Mary Oduya said.',
      'We are tired',
      'Mary Oduya',
      'Senate spokesperson',
    ],
    // a title's "of the" before the body it heads is part of the title, before the name or after a quote
    [
      '“It will pass,” Speaker of the House Nancy Pelosi said.',
      'It will pass',
      'Nancy Pelosi',
      'Speaker of the House',
    ],
    [
      'Leader of the House Tom Lyall said the penalties were fair.',
      'penalties were fair',
      'Tom Lyall',
      'Leader of the House',
    ],
    // "Its" opening a sentence is the organisation the sentence before names, however it names it: a
    // passive's agent, a kind of body before the name, a name with a plural's apostrophe, a subject that
    // spoke with nothing to show it a person; not a subject further back
    [
      'The Treasury welcomed the figures. The plan has been attacked by the Westvale Residents Association. Its chair, Mona Kettering, said the rents were too high.',
      'rents were too high',
      'Mona Kettering',
      'Westvale Residents Association’s chair',
    ],
    [
      "The Treasury welcomed the figures. The ministry was challenged by the Riverside Growers' Marketing Board. Its secretary, Alan Pike, said the prices were unfair.",
      'prices were unfair',
      'Alan Pike',
      "Riverside Growers' Marketing Board’s secretary",
    ],
    [
      "The Treasury welcomed the figures. The levy was opposed by the farmers' association Valdoro. Its director, Ines Moura, said the levy was unfair.",
      'levy was unfair',
      'Ines Moura',
      'Valdoro’s director',
    ],
    [
      'The Fenwick Rail Union called the strike. Deltamark Nord condemned the walkout as "reckless." Its operations director, Petra Lang, said the timetable would hold.',
      'timetable would hold',
      'Petra Lang',
      'Deltamark Nord’s operations director',
    ],
    // (also where the mentions before were not read in the text's order)
    [
      'GENEVA — The Trade Board on Monday opened an inquiry into whether the software company Nordvale Systems broke the market rules by hiding the risks of its popular booking tool.\n\nThe inquiry, the first under the new rules, was announced by Commissioner Dora Lenz at a briefing in Geneva.\n\n"The rules apply to everyone," Lenz told reporters. "We have asked Nordvale questions for months."\n\nThe Board said in a statement that it would examine whether Nordvale had tested the tool properly. If found in breach, the company could be fined up to 3 percent of its turnover.\n\nNordvale said it had "engaged constructively" with the Board. A spokesman for the company, Greg Lyle, said Nordvale believed its tool was "fully compliant" with the law.\n\nOfficials who asked not to be named said the Board was concerned about the tool\'s use by employers. One official said complaints had come from consumer groups in five countries.\n\nAmong them is Consuma, the Swiss consumer organisation. Its deputy director general, Tomás Ferreira, said the inquiry was "long overdue."',
      'inquiry was',
      'Tomás Ferreira',
      'Consuma’s deputy director general',
    ],
    [
      'Arden Asset Management said it would sell. The Kettleby Municipality has also raised concerns. Its executive mayor, Mary Letsoalo, said the mines mattered.',
      'mines mattered',
      'Mary Letsoalo',
      'Kettleby Municipality’s executive mayor',
    ],
    // an office's list of portfolios keeps its last item's article and words no lexicon knows, when a
    // portfolio's word closes it; how the holder is addressed opens the name
    [
      'Minister for Agriculture, Food and the Marine Brendan Toal said the quota would be cut.',
      'quota would be cut',
      'Brendan Toal',
      'Minister for Agriculture, Food and the Marine',
    ],
    [
      'Minister of Electronics and Information Technology Tejomay Varkhedi said the rules were final.',
      'rules were final',
      'Tejomay Varkhedi',
      'Minister of Electronics and Information Technology',
    ],
    [
      'Minister for Constitutional and Legal Affairs Dr. Neema Kassimu said the bill was needed.',
      'bill was needed',
      'Neema Kassimu',
      'Minister for Constitutional and Legal Affairs',
    ],
    // a seat's title says less than what someone does there; a party's member from a place goes with it;
    // what someone only is ("the Vermont socialist") says less than the seat
    [
      'Councillor Imogen Vale, the cabinet member for transport, said the buses would run.',
      'buses would run',
      'Imogen Vale',
      'the cabinet member for transport',
    ],
    [
      '“It is a failure,” said Senator Dana Hollis, Democrat of Vermont.',
      'It is a failure',
      'Dana Hollis',
      'Senator, Democrat of Vermont',
    ],
    [
      'Rep. Cody Marsh, a Republican from Ocala who sponsored the measure, said it would pass.',
      'it would pass',
      'Cody Marsh',
      'Rep., Republican from Ocala',
    ],
    [
      'Senator Dana Hollis, the Vermont socialist, said the bill would fail.',
      'bill would fail',
      'Dana Hollis',
      'Senator',
    ],
    // a name with "for the" after its head, and its plural's possessive
    [
      'The Japan Society for the Rights of Musical Authors lost the case. Its executive director, Hiroshi Tanabe, said the group would comply.',
      'group would comply',
      'Hiroshi Tanabe',
      'Japan Society for the Rights of Musical Authors’ executive director',
    ],
    // an office "of the Opposition", written before the name
    [
      'Leader of the Opposition Gurmeet Singh Randhawa said the budget was reckless.',
      'budget was reckless',
      'Gurmeet Singh Randhawa',
      'Leader of the Opposition',
    ],
    // a word no lexicon knows, right after a title and before a given name, opens the name
    [
      'Chief Minister Om Prakash Agarwal said the state would comply. Agarwal said the order was clear.',
      'order was clear',
      'Om Prakash Agarwal',
      'Chief Minister',
    ],
    // ... and after the body an office is named after ("Leader of the Opposition")
    [
      'Leader of the Opposition Tarun Dev Bisht said the bill was rushed. "It is theft," Bisht said.',
      'It is theft',
      'Tarun Dev Bisht',
      'Leader of the Opposition',
    ],
    // a relative clause saying what someone heads gives their role, past their age too
    [
      '"It has been a hard year," said Walt Brenner, 58, who chairs the county water board.',
      'hard year',
      'Walt Brenner',
      'chair of the county water board',
    ],
    // an office set off before a name is its role past a descriptor ending on a role noun
    [
      'The council was sacked on Monday. The administrator, former county engineer Dana Whitlock, will run it until May. "I will listen first," she said.',
      'listen first',
      'Dana Whitlock',
      'the administrator',
    ],
    // "Counsel" is a title before a name
    [
      'Her lawyer, Senior Counsel Otieno Wafula Barasa, said the hearing was unfair.',
      'hearing was unfair',
      'Otieno Wafula Barasa',
      'Senior Counsel',
    ],
    // what an office is for, listed with "and" (after "for" too), is the role's; a name no lexicon knows
    // starts after the list's last word; a role noun that is a given name too is no part of the name
    [
      'Minister for Foreign Affairs and Trade Aroha Tamatea said the talks were useful.',
      'talks were useful',
      'Aroha Tamatea',
      'Minister for Foreign Affairs and Trade',
    ],
    [
      'Minister of Forestry and Research Dickson Maelasi told Parliament that the renewals were legal. "The courts are open," Maelasi said.',
      'courts are open',
      'Dickson Maelasi',
      'Minister of Forestry and Research',
    ],
    [
      'State Forester Linda Whitehorse said the fire was contained.',
      'fire was contained',
      'Linda Whitehorse',
      'State Forester',
    ],
    // (not whom counsel is for)
    [
      'Counsel for Mr Ó Súilleabháin, Aoife Brennan, said the case was weak. Mr Ó Súilleabháin said he was relieved.',
      'he was relieved',
      'Ó Súilleabháin',
      null,
    ],
    // a lede's office that nobody is named in is the one who opens the next paragraph speaking, with no role
    // of their own
    [
      "OSLO (AP) - Norway's foreign minister said Thursday that the talks had resumed.\n\nIngrid Aasheim Holt told reporters that both sides were serious.",
      'talks had resumed',
      'Ingrid Aasheim Holt',
      "Norway's foreign minister",
    ],
    // police titles written short ("Cdr", "Det Gda") before a surname named in full before
    [
      'Commander Ruth Hallam said the review was fair. "Trust matters," Cdr Hallam said.',
      'Trust matters',
      'Ruth Hallam',
      'Commander',
    ],
    [
      'Detective Garda Ciarán Nolan gave evidence. Det Gda Nolan agreed that Mr Forde had no convictions.',
      'no convictions',
      'Ciarán Nolan',
      'Detective Garda',
    ],
    // a role noun opening the sentence before a full name is the role, not the name's first word
    [
      'Evacuee Margit Sandvik, 83, spent the night in her car. "There were no beds," she said.',
      'no beds',
      'Margit Sandvik',
      'Evacuee',
    ],
    // "his" in a description is the one the sentence before is about, over someone it names later
    [
      'Former sheriff Richard Dawes pleaded guilty on Monday. Dawes answered questions from U.S. District Judge Thomas Feeney and said little else. His attorney, Gregory Lamb, said his client was ashamed.',
      'client was ashamed',
      'Gregory Lamb',
      'Richard Dawes’s attorney',
    ],
    // a party's possessive between the office's comma and the name: the office is the role, not the party
    [
      "The MP for Stretford, Labour's Daniel Ashworth, said the plans were wrong. Ashworth added that it was bad.",
      'it was bad',
      'Daniel Ashworth',
      'the MP for Stretford',
    ],
    // a name no lexicon knows and its kind in lower case, in a sentence where no one speaks, own "its"
    [
      'Workers at SNCF walked out. The UNSA-Ferroviaire union, the second-largest at the company, has not joined the strike. Its leader, Eric Vautrin, said it was still studying the offer.',
      'still studying the offer',
      'Eric Vautrin',
      'UNSA-Ferroviaire union’s leader',
    ],
    // a country whose name holds "and the" stays whole in the office before a name
    [
      'Saint Vincent and the Grenadines Prime Minister Ralph Browne said the storm was severe.',
      'storm was severe',
      'Ralph Browne',
      'Saint Vincent and the Grenadines Prime Minister',
    ],
    // a place's or a region's name may modify the description's lowercase head; a name's own "of" is no
    // preposition ending the head, and a clause with an article is no description
    [
      'Ali Vaez, Iran project director at the International Crisis Group, said the talks would fail.',
      'talks would fail',
      'Ali Vaez',
      'Iran project director at the International Crisis Group',
    ],
    [
      'Alan Hart, a Horn of Africa expert at the International Crisis Group, said both sides would fight.',
      'sides would fight',
      'Alan Hart',
      'Horn of Africa expert at the International Crisis Group',
    ],
    [
      "Jane Palmer, Mrs. Ortiz's communications director, said the campaign would go on.",
      'campaign would go on',
      'Jane Palmer',
      "Mrs. Ortiz's communications director",
    ],
    [
      'Sources said Lewandowski never touched the reporter, Michelle Fields. Fields said the video was clear.',
      'video was clear',
      'Michelle Fields',
      null,
    ],
    // a police rank before the name is how the officer is addressed; the office before it says more
    [
      'The Lakeport Police Union opposed the plan. Its president, Officer Dan Walsh, said the union would appeal.',
      'union would appeal',
      'Dan Walsh',
      'Lakeport Police Union’s president',
    ],
    // a task led in the story is no former office; one dated before it is
    [
      'Sgt. Lorraine Petty, who led the investigation, said detectives had worked for months.',
      'detectives had worked',
      'Lorraine Petty',
      'leader of the investigation',
    ],
    [
      "Scott Reed, who managed Bob Dole's 1996 campaign, said the fear was high.",
      'fear was high',
      'Scott Reed',
      "former manager of Bob Dole's 1996 campaign",
    ],
    // a seat's title after a role before the name is how the holder is addressed
    [
      'Greens resources spokesman Senator Dylan Fairweather said the loan was a mistake.',
      'loan was a mistake',
      'Dylan Fairweather',
      'Greens resources spokesman',
    ],
    // "Deputy" alone is half an office: the description beside the name says more; without one it stays
    [
      'Deputy Marcos Lima, the leader of the opposition bloc, said the vote was bought.',
      'vote was bought',
      'Marcos Lima',
      'the leader of the opposition bloc',
    ],
    ['Deputy Marcos Lima said the vote was bought.', 'vote was bought', 'Marcos Lima', 'Deputy'],
    // a spokesperson named by the noun alone speaks for the organisation the sentence before opened on
    [
      'Treacy said she would raise it.\n\nThe Ministry of Defence rejected that. A spokeswoman said the ' +
        'base would stay open.',
      'stay open',
      'A spokeswoman',
      'spokeswoman for Ministry of Defence',
    ],
    [
      'The housing department defended the programme. A spokesman said it was early days.',
      'early days',
      'A spokesman',
      'spokesman for the housing department',
    ],
    // (not across another subject, nor into the next paragraph)
    [
      'The Home Office said it would appeal. Tom Baker said he was relieved. A spokeswoman said no date was set.',
      'no date',
      'A spokeswoman',
      null,
    ],
    [
      'The Home Office said it would appeal.\n\nA spokeswoman said no date was set.',
      'no date',
      'A spokeswoman',
      null,
    ],
  ])('%s', (text, containing, name, role) => {
    expect(speakerOf(text, containing)).toMatchObject({ name, role });
  });
});

describe('coreference: a description never names whom the statement is about', () => {
  it.each([
    ['Watching Serena Williams win again was special, the coach told reporters.', 'special', 'the coach'],
    ['Having Tom Baker host the gala was a coup, the producer said.', 'coup', 'the producer'],
  ])('%s', (text, containing, name) => {
    expect(speakerOf(text, containing)).toMatchObject({ name, type: 'unnamed' });
  });
});

describe('coreference: one entity, one id', () => {
  it('gives every mention of one person the same id and lists the other names as aliases', () => {
    const text =
      'Prime Minister Ana Ruiz said the budget was balanced. Ruiz said taxes would not rise. ' +
      'She said the deficit was gone. Tom Baker said the budget was a fiction.';
    const statements = analyze(text).statements;
    const ruiz = statements.filter((s) => s.speaker?.name === 'Ana Ruiz');
    expect(ruiz).toHaveLength(3);
    expect(new Set(ruiz.map((s) => s.speaker!.id)).size).toBe(1);
    expect(ruiz[0]!.speaker!.aliases).toContain('Ruiz');
    expect(ruiz[0]!.speaker!.aliases).not.toContain('She'); // pronouns are not aliases
    const baker = statements.find((s) => s.speaker?.name === 'Tom Baker');
    expect(baker?.speaker?.id).not.toBe(ruiz[0]!.speaker!.id);
  });

  it('lists no relative "who" among the aliases', () => {
    const text =
      'Senator Ana Ruiz, an Idaho Republican who warned of the debt in the past, voted for the cut. ' +
      '“It will pay for itself,” Ruiz said.';
    const ruiz = analyze(text).statements.filter((s) => s.speaker?.name === 'Ana Ruiz');
    expect(ruiz.length).toBeGreaterThan(1);
    for (const s of ruiz) expect(s.speaker!.aliases).not.toContain('who');
  });

  it('ranks confidence by evidence: full name > surname > pronoun', () => {
    const text =
      'Ana Ruiz said the clinic was full. Ruiz said the ward was closed. She said nurses were tired.';
    const [full, surname, pronoun] = analyze(text).statements.map((s) => s.speaker!.confidence);
    expect(full).toBeGreaterThan(surname!);
    expect(surname).toBeGreaterThan(pronoun!);
  });
});

describe('coreference: types follow what the article reveals', () => {
  it.each([
    // A place after "in" is where the subject is: the subject speaks, not the place.
    ['Authorities in Beijing announced that two people were ill.', 'unnamed'],
    // a housebuilder's trade ends its name
    ['Kestrel Homes said the refusal was wrong.', 'organization'],
    // a drugmaker's trade ends its name
    ['Brisco Biologics said the defect was rare.', 'organization'],
    // an operator ends an organisation's name ("Independent Electricity System Operator")
    ['The Australian Energy Market Operator said supply would be tight.', 'organization'],
    // a name a relative "which" describes is no person's
    ['Unison Scotland, which represents support staff, said investment had lagged.', 'organization'],
    // A party's member alone is nobody's name.
    ['Another SNP MSP, speaking privately, defended the First Minister.', 'unnamed'],
    // people where they are or with what they work, not the body or thing named after them
    ['Officials in the Commission said the plan was dead.', 'unnamed'],
    ['Experts outside India said the test was a milestone.', 'unnamed'],
    ['Astronomers using the James Webb Space Telescope say they have found water.', 'unnamed'],
    [
      'A senior forest officer in the county, who was not authorised to speak, said claims were late.',
      'unnamed',
    ],
    // a count of a group is no one called by the number
    ['Two of Ohio’s largest hospital systems said they would merge.', 'unnamed'],
    // a number opening a sentence is no organisation "the agency" can stand for
    ['Seven patients were sickened at the hospital, the agency said.', 'unnamed'],
    // companies, aid groups and international bodies news names alone
    ['Porsche said it would recall 12,000 cars.', 'organization'],
    ['Magen David Adom said four people were hurt.', 'organization'],
    ['Amnesty said the trial was unfair.', 'organization'],
    ['Ukrenergo said power had been restored.', 'organization'],
    ['Rightmove said asking prices had fallen.', 'organization'],
    // a company's legal form written out, a confederation, an ampersand inside a word
    ['New Porgera Limited said the mine would reopen.', 'organization'],
    ['The Korean Confederation of Trade Unions said the strike would go on.', 'organization'],
    ['S&P Global Ratings said the outlook was stable.', 'organization'],
    // people, then where they are: a given name in a street's or a park's name is no person
    ['Tenants at a building on Quincy Street say the heat has been off for weeks.', 'unnamed'],
    ['A woman who lives near Lincoln Park said she heard shots.', 'unnamed'],
    ['The speech was weak, according to Republicans who critiqued it.', 'unnamed'],
    ['The lifelong Republican who wrote the speech said he would not vote.', 'unnamed'],
    // A title and a name opening the sentence are a person's: "the company" is not that person but the
    // organisation whose title it is.
    ['Harbour Steel Chief Executive Dave Calhoun will step down in May, the company said.', 'organization'],
    // A name listed with organisations is one; "the" and a capitalised plural is a team or a group.
    ['Meta, TikTok and Zapp were sued on Tuesday. Zapp said it was heartbroken.', 'organization'],
    ['The Gulls said in a statement that the game was off.', 'organization'],
    // A word for people used alone as a speaker is no surname of a name ending in it.
    [
      "Kevin Lee, chief executive of the Canadian Home Builders' Association, spoke first. Builders welcomed the money but said red tape remained the biggest obstacle.",
      'unnamed',
    ],
    ['The developer, Harbour Coast Hotels, says the project would create jobs.', 'organization'],
    ['Officials in London said the bridge would reopen.', 'unnamed'],
    ['Kotak Institutional Equities said the economy would recover slowly.', 'organization'],
    // a company described by its trade in apposition; a person by a trade in theirs ("a coal miner for …")
    ['Kelvara, a rival miner, said on Tuesday that the market was weak.', 'organization'],
    ['Harlow, a coal miner for 30 years, said the market was weak.', 'person'],
    // a given name and an organisation's head are a person's name when a person's role follows in apposition
    ['Tom Bank, a specialist in soil science, says he now has 30 people in his lab.', 'person'],
    ['Grace Church, a congregation in Dallas, says it will close.', 'organization'],
    ['The Shelbourne Bar said it would open again in May.', 'organization'],
    // heads that name an organisation only at the capitalised end of its name
    ['The Riverside Stock Exchange said trading would resume at noon.', 'organization'],
    // a lowercase kind of organisation between "The" and a name no lexicon knows, the sentence's subject
    ['Hackers stole the files. The security firm Kelvaro said the breach was serious.', 'organization'],
    ['The think tank Brevaldi said prices would rise.', 'organization'],
    ['According to research firm Kelvaro, sales fell 10% in the quarter.', 'organization'],
    // a capitalised word before a plural noun in -s opening a sentence is no surname ("Transit users said")
    ['Transit users said they felt unsafe.\n\nHarbour Transit said it had added patrols.', 'organization'],
    // but not a title inside the name after it ("district GOP Chairman …")
    ['District GOP Chairman Tom Kelvaro said the slate was set.', 'person'],
    ['The Lakeland Highway Patrol said two people were hurt.', 'organization'],
    // a known organisation with a description in apposition is no person
    [
      'Security prompted Black Lives Matter, the Grand Marshal for the parade, to withdraw. Black Lives Matter issued a statement saying it acted because of unsafe conditions.',
      'organization',
    ],
    // a one-word speaker that is an organisation's head makes no person of a longer name ending in it
    ['Police said the man was armed. The Lakeland State Police is investigating.', 'organization'],
    ['The Harbour County School System said classes would resume.', 'organization'],
    ['The Roman Catholic Diocese of Harbourton said the priest was removed.', 'organization'],
    // the prosecution in Commonwealth courts
    ['The Crown argued that the accused posed a danger to the public.', 'organization'],
    ['Lakeland Public Radio reported that the polls had closed.', 'organization'],
    // a head inside a hyphenated name's last word
    ['The Riverton Sun-Times reported that the mayor would resign.', 'organization'],
    ['Jody Wilson-Raybould said the vote was rushed.', 'person'],
    ['Senator Mitch McConnell of Kentucky said the debt was the issue of the era.', 'person'],
    // A place's "-based" compound before a name without a given name: a company.
    ['Toronto-based Brightwave said it would hire 500 people.', 'organization'],
    ['Ottawa-based economist Kevin Page said the deficit would grow.', 'person'],
    [
      'Sacramento-based Halvern, a chain of 30 newspapers, is shrinking. Halvern reported a loss of $300 million.',
      'organization',
    ],
    [
      'Brightline, a Florida rail company, is growing. Brightline said trains would run hourly.',
      'organization',
    ],
    ['Halvorsen, a company director, was upbeat. Halvorsen said sales had doubled.', 'person'],
    ['Lena Ortiz, an oceanographer at the University of Halden, said the sea was rising.', 'person'],
    ['Chicago-born Sandra Voss opened the museum. Voss said tickets were sold out.', 'person'],
    // "Rep." after the comma starts the next name: no role for NASA.
    [
      'The panel funds NASA, Rep. Tom Aderholt said on Monday. NASA announced the milestone was reached.',
      'organization',
    ],
    // A name written with "the" and no given name is a thing's: an outlet, a museum, a pub.
    ['The Harbourline reported that the mayor would resign.', 'organization'],
    ['In March, the Corvale declared the painting a national treasure.', 'organization'],
    ['The Hollow Oak said it would close for a month.', 'organization'],
    [
      'The Brenton Ledger is also reporting that the plant will close, citing sources close to the campaign.',
      'organization',
    ],
    // a place and a plural after "the" name a team
    ['The New York Giants said the game would go ahead.', 'organization'],
    // a party's plural set off with a description is the party
    [
      'But the Greens, the third partner in the coalition, accused the minister of putting ideology first.',
      'organization',
    ],
    // … but one person of a nation or state is a person
    ['The Texan said he would not run again.', 'person'],
    ['The Spaniard said he was tired.', 'person'],
    // an apposition naming an organisation's kind makes the name before it one, a given name and all
    ['Selene Dynamics, a Houston-based start-up, said its lander had failed.', 'organization'],
    [
      'Halvor Shipping, one of the world’s largest container lines, warned that rates would fall.',
      'organization',
    ],
    // … but not a trade a person may have
    ['Bob Mason, a retired letter carrier, said the rally was loud.', 'person'],
    // "Programme" ends an organisation's name, after "U.N." as after anything; an owner's name may open the
    // apposition that says what the name is
    ['The U.N. Harbour Programme said aid was blocked.', 'organization'],
    ['Selene Médias, Harbour’s parent company, said it would appeal.', 'organization'],
    // "Patrol" ends a police force's name; a name that issues a statement about "it" is an organisation's
    ['Two people died in the crash, the Ohio State Highway Patrol said.', 'organization'],
    ['Tarrant Ridge said in a statement Wednesday that it welcomed the vote.', 'organization'],
    ['Tom Ruiz said in a statement that it was a sad day.', 'person'],
    // a "which" after a name: no person
    ['Live Nation, which promoted the tour, said ticket holders would get refunds.', 'organization'],
    // "fellow" before a plural shows no person ("Democrats" is none)
    [
      'Hillary Clinton was more circumspect than her fellow Democrats. Though she called the bank’s behavior “outrageous,” she made no promise.',
      'person',
    ],
    // a kind of organisation in the plural is a group of unnamed sources; "Health" ends an agency's name
    ['Hospitals reported a rise in heat-related visits last summer.', 'unnamed'],
    ['Toronto Public Health said cooling centres would open at noon.', 'organization'],
    // a role and a full name before "of" are a person's, whatever organisation follows
    ['Political scientist Lori Turnbull of Dalhousie University said the country was split.', 'person'],
    // a committee "on" a subject whose name holds an office's word is still the committee
    ['The Joint Committee on Intelligence and Security said the bill was flawed.', 'organization'],
    ['The Senate Committee on Foreign Relations said the deal was flawed.', 'organization'],
    ['Council on Harbour Relations Director Nihad Awad said the law was unfair.', 'person'],
    // a one-word name the content calls "its" is no person
    ['Halvernix said its profits rose in the third quarter.', 'organization'],
    // … but never whichever organisation spoke last
    ['Google said it would appeal. The court said the law was clear.', 'unnamed'],
    // a label's name ends in "Records", "Music" or "Recordings"
    ['The singer’s label, Harbor Records, declined to comment.', 'organization'],
    ['Sony Music said the album would be released in May.', 'organization'],
    // an office's word alone ("the city") is no one's role: not the person named before
    [
      'Pop singer Mara Quinn cancelled her tour. The bridge will close for repairs, the city said.',
      'unnamed',
    ],
    // a one-word name whose "it" does what a company does; "it" of something else leaves a person
    ['The court ruled against the refinery. Shell said it would appeal the ruling.', 'organization'],
    ['The board met on Monday. Kestrel said Tuesday that it had no plans to sell.', 'organization'],
    ['The bus crashed. Vialtra said it had suspended the operator’s licence.', 'organization'],
    ['The vote was delayed. Gore said it was premature.', 'person'],
    // an office's own "General" names no one ("General" is no surname there)
    ['The shelters opened. Its Director General said the managers were trained.', 'unknown'],
    ['The appeal was lodged. The Solicitor General said the ruling was wrong.', 'unknown'],
    ['The repairs began. Trudeau said it would take years.', 'person'],
    // a fund's short name after its full name with "Capital", "Management" or "Partners"
    [
      'Activist investor Corvid Capital Management took a stake in Belmont. Corvid, founded by a former Elliott partner, said the board must change.',
      'organization',
    ],
    [
      'Fenwick Ridge Partners bought the stake in May. Fenwick Ridge said the firm had no plans to sell.',
      'organization',
    ],
    // what an apposition calls the name, after "another" too, and at its first mention: an app, a wallet;
    // not a person whose description opens on a university's name
    ['Belo, another Buenos Aires-based wallet, said it had tripled its user base.', 'organization'],
    ['Rappi, the Colombian delivery app, plans a listing. Rappi declined to comment.', 'organization'],
    ['“The race is close,” said Robert Oldham, a University of Ohio political science professor.', 'person'],
    // an office's modifier opening a name: no person called "Grid" with the role "National"
    ['National Grid said the cable had failed.', 'organization'],
    ['The Crown Prince wrote that the city would grow.', 'person'],
    ['USA Swimming said it supports athletes’ voices.', 'organization'],
    // a company named by its trade's head; where it is based describes it and is no part of its name
    [
      'The trawler sank on Sunday. In a statement, Reliance Fisheries said it was devastated. The company said the crew were safe.',
      'organization',
    ],
    // a trade's plural known by its ending ("-ist", "-ian") is people, unnamed
    ['Oncologists said the price cap was welcome.', 'unnamed'],
    // an adjective that only opens the sentence owns no data: no person "Preliminary"
    ['Preliminary data suggests the drug works.', 'unnamed'],
    // the MP for another seat is not the MP named before
    [
      'Graham Whitlock, the MP for Exeter, backed the plan. The MP for Bristol said the freeze was indefensible.',
      'unnamed',
    ],
    // a name of two words the text then calls an organisation was one; an honorific keeps a person a person
    ['Refugee Action said the hotels were unfit. The organisation said it had found mould.', 'organization'],
    ['Dr. Soo-jin Kim said the drug worked. The company said it would file. Kim said it was safe.', 'person'],
    // a place's people, written as its name and "n", are unnamed people, no person "Arizonans"
    ['Arizonans said the vote was fair.', 'unnamed'],
    ['Oklahomans voted on Tuesday, and Oklahomans said the ballot was too long.', 'unnamed'],
    // an apposition whose head is an organisation's kind, a compound's too; a relative's "who's" is no owner
    ['Copa-Cogeca, the main EU farm lobby, said the reforms went too far.', 'organization'],
    ["Nationwide, Britain's biggest building society, said house prices fell.", 'organization'],
    ["Chris Christie, who's chairing Donald Trump's transition team, said the remarks were fair.", 'person'],
    // a company's trade, a club's head or a continent closing a name makes it an organisation's
    ['Aerion Aircraft lowered its forecast. Aerion Aircraft said engines were scarce.', 'organization'],
    ['Castleford Rovers rejected the offer, insisting the striker was not for sale.', 'organization'],
    ['Football Supporters Europe said the proposal was a bad idea.', 'organization'],
    // parties and trade bodies news quotes by name alone
    ['Likud said the coalition would hold.', 'organization'],
    ['Nasscom said in a statement that the industry was resilient.', 'organization'],
    ['Labour said the plan would fail working families.', 'organization'],
    // a trade's plural where a place is: the people there, not the place
    ['Growers in South Australia said they had held back grain.', 'unnamed'],
    ["Moody's said the outlook was negative.", 'organization'],
    ['The Parti Québécois said the bill went too far.', 'organization'],
    // a name's own "and" before a given name is no role of a person's
    ['Cheshire West and Chester Council said it would house the families.', 'organization'],
    // a longer name with no given name, "it" after the cue acting as a company does
    ['Prairie Northern said it had co-operated fully with investigators.', 'organization'],
    ['Prairie Northern said it would cooperate with investigators.', 'organization'],
    // a trade people have too: a company's before a name that opens on no given name
    ['Danish developer Vestkyst Energi said the project would go ahead.', 'organization'],
    ['Tour operator Sunvil said bookings were down.', 'organization'],
    ['Software developer Anna Berg said the tool was slow.', 'person'],
    ['Property developer Farid Salehi said he would appeal.', 'person'],
    // a port's body: no person called "Port" of the authority after it
    ['The Port of Rotterdam Authority has warned that delays would grow.', 'organization'],
    // a company may be a contractor
    [
      'Boeing, the prime contractor for the core stage, confirmed that its lander uses the rocket.',
      'organization',
    ],
  ])('%s', (text, type) => {
    expect(analyze(text).statements.at(-1)?.speaker?.type).toBe(type);
  });
  it('retypes a lone name as an organisation once the text calls it "the agency"', () => {
    const text = 'TransitLink said the line was safe. The agency said inspections were complete.';
    expect(analyze(text).statements.map((s) => s.speaker?.type)).toEqual(['organization', 'organization']);
  });
});

describe('coreference: never a fragment', () => {
  it.each([
    ['a label before a colon', 'RELATED: The mayor will resign, sources close to him say.'],
    ['a contraction', "I've said the plan would fail, and I still think so."],
    ['a date', 'October 28 said the vote would be close.'],
    ['a bare honorific', '“We will win,” said Dr.'],
    ['an all-caps section label', 'JAPAN ECONOMY said growth would slow this year.'],
    ['a sentence adverb', 'Recently, however, it issued a paper calling for new bases in the east.'],
    [
      'a preposition opening a sentence',
      'Absent a strong defense, voters may conclude that the plan failed.',
    ],
    [
      'a participle opening a sentence',
      'Continuing to explain his view, the mayor rejected the notion that the vote was rigged.',
    ],
    [
      'a subordinator opening a sentence',
      'Lest anyone assume that my parents, Ana and Tom Ruiz, were careless, I should say that they followed every rule.',
    ],
  ])('%s', (_what, text) => {
    for (const s of analyze(text).statements) {
      if (!s.speaker || s.speaker.type === 'unknown') continue;
      expect(s.speaker.name).not.toMatch(
        /^(RELATED|I've|October|Dr\.?|JAPAN ECONOMY|Recently|Absent|Continuing|Lest|Ana and Tom Ruiz)$/,
      );
      expect(s.speaker.name).not.toMatch(/\d/);
    }
  });

  it('reads a place that speaks as its government, never as "he"', () => {
    const text = 'India said the border was calm. He said troops would stay.';
    const [place, pronoun] = analyze(text).statements.map((s) => s.speaker);
    expect(place).toMatchObject({ name: 'India', type: 'organization' });
    expect(pronoun?.type).toBe('unknown');
  });
});

describe('coreference: the subject after an opening adverbial', () => {
  it.each([
    [
      'More broadly, Harlow Telecom has been working to emphasize the wireless side of its business.',
      'wireless',
      'Harlow Telecom',
    ],
    [
      'Since regulators announced a settlement with the bank in May, Harlow has been consumed by scandal.',
      'settlement',
      'regulators',
    ],
    [
      'The judge noted that Ana Ruiz had no record, whereas Tom Baker said he knew the rules.',
      'rules',
      'Tom Baker',
    ],
  ])('%s', (text, containing, name) => {
    const speaker = speakerOf(text, containing);
    expect([speaker?.name, speaker?.role ?? null]).toEqual([name, null]);
  });
});

describe('coreference: one organisation, one entity', () => {
  it('joins "the Federal Reserve", "the Fed" and "the central bank"', () => {
    const text =
      'The Federal Reserve said rates would rise. The Fed said inflation was too high. ' +
      'Bankers were surprised. The central bank said it would act in March.';
    const ids = analyze(text)
      .statements.filter((s) => s.speaker?.type === 'organization')
      .map((s) => [s.speaker!.id, s.speaker!.name]);
    expect(ids).toHaveLength(3);
    expect(new Set(ids.map(([id]) => id)).size).toBe(1);
    expect(ids[0]![1]).toBe('Federal Reserve');
  });
});

describe('coreference: the nearest mention of who goes on', () => {
  it('gives a quote that continues a speaker the pronoun of the cue just before it', () => {
    const text =
      'Ana Ruiz said she felt the plan was worth it because “most people do not know the rules,” she said. “We have no context for the current moment.”';
    const continued = analyze(text).statements[1]?.speaker;
    expect(continued?.name).toBe('Ana Ruiz');
    expect(continued?.mention && text.slice(continued.mention.start, continued.mention.end)).toBe('she');
  });
});

describe('coreference: unresolved mentions', () => {
  it('gives an unresolved "she" and the quote that continues her one id', () => {
    const [said, continued] = analyze('“We are ready,” she said. “I’ve told them we would win.”').statements;
    expect(said?.speaker?.type).toBe('unknown');
    expect(continued?.speaker?.id).toBe(said?.speaker?.id);
  });

  it('gives a pronoun no named person fits the unnamed source whose noun gives its gender', () => {
    const [, said] = analyze(
      'A woman who identified herself as the mother of the victim admitted that he had troubles. She said he never robbed anyone.',
    ).statements;
    expect([said?.speaker?.name, said?.speaker?.type]).toEqual([
      'A woman who identified herself as the mother of the victim',
      'unnamed',
    ]);
  });

  it('keeps two unresolved mentions apart', () => {
    const [a, b] = analyze('She said the bridge was safe. Later, he said the tunnel was not.').statements;
    expect(a?.speaker?.type).toBe('unknown');
    expect(b?.speaker?.type).toBe('unknown');
    expect(a?.speaker?.id).not.toBe(b?.speaker?.id);
  });
});

describe('coreference: common nouns opening a sentence', () => {
  it.each([
    ['Files reveal the minister warned against the tax.', 'unnamed'],
    ['Vendors say the market will close in May.', 'unnamed'],
    ['Ana Jones runs the stall. Jones says the market will close in May.', 'person'],
    ['Reyes said he heard shots at nine.', 'person'],
    // The head comes before "with …": a person, not a team.
    ['“It was a show,” a person familiar with the legal team said.', 'unnamed'],
    ['The Writers Guild of America said the deal was fair.', 'organization'],
    // "Orlando" is a given name too; a run ending in an organisation's head is no person.
    ['Orlando Regional Medical Center said two patients were in critical condition.', 'organization'],
    // A capitalised opener the article also writes in lower case is a word, not a name.
    ['Tom Baker changed his mind overnight. Overnight told reporters that the plan was sound.', 'unknown'],
    ['The group met vendors on Monday. Vendors promised that prices would fall.', 'unnamed'],
    ['Ana Young runs the clinic. Young said the young patients were waiting.', 'person'],
  ])('%s', (text, type) => {
    expect(analyze(text).statements.at(-1)?.speaker?.type).toBe(type);
  });
});
