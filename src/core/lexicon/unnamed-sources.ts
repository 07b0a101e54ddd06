// Nouns for sources that are not named ("analysts", "a person familiar with the matter").
export const UNNAMED_SOURCE_NOUNS: ReadonlySet<string> = new Set(
  'analyst analysts official officials source sources expert experts spokesman spokeswoman spokesperson spokespeople aide aides adviser advisers advisor advisors critic critics observer observers economist economists lawmaker lawmakers legislator legislators diplomat diplomats investigator investigators prosecutor prosecutors police authorities witness witnesses resident residents voter voters supporter supporters opponent opponents activist activists advocate advocates scientist scientists researcher researchers strategist strategists leader leaders people person someone insider insiders executive executives staffer staffers employee employees worker workers member members delegate delegates candidate candidates pollster pollsters doctor doctors lawyer lawyers attorney attorneys historian historians scholar scholars organizers organisers organizer protesters protester demonstrators student students teacher teachers parents parent owner owners manager managers officer officers commentator commentators pundit pundits trader traders investor investors republicans democrats conservatives liberals progressives americans participants respondents attendees fans users campaign administration government company agency department ministry group committee report study statement newspaper paper network court judge panel military army council board spokesmen representatives representative colleague colleagues friend friends neighbor neighbors relative relatives family negotiators allies partner partners others many some several both one another few most associates associate surveyed management slide hawks doves counterparts signatories specialists specialist commissioner operatives operative consultant consultants insiders journalists reporters all percent half majority majorities minority third quarter senator senators governor governors mayor president justice incumbent chairman chairwoman front-runner frontrunner nominee speechwriter secretary minister ambassador director chief founder host anchor reporter reporters correspondent editor columnist author writer actor actress singer star comedian businessman businesswoman billionaire mogul tycoon donor donors congressman congresswoman sheriff commander chancellor pastor mother father wife husband son daughter man woman men women veteran veterans professor physician coach player players contender challenger rival survivor victims families mom dad governor-elect president-elect teller accountant chair ceo lawsuit complaint indictment memo letter filing documents website editorial article ad ads survey poll polls data study studies'.split(
    ' ',
  ),
);

/** Words that may precede an unnamed head inside one speaker phrase ("senior administration officials"). */
export const UNNAMED_MODIFIERS: ReadonlySet<string> = new Set(
  'a an the one two three four several some many other senior top former current administration government campaign party military intelligence security police local state federal foreign western u.s. european american independent political legal health industry market economic financial defense white house company his her their its our most few both these those anonymous unnamed longtime veteran republican democratic gop conservative liberal progressive prominent leading outside knowledgeable briefed trade foreign-policy congressional israeli russian chinese british french german iranian ukrainian palestinian senate pentagon justice department treasury of and nato eu un us county city school hospital airline bank'.split(
    ' ',
  ),
);

/** Plural unnamed heads: speakers referred to later with "they". */
export const PLURAL_UNNAMED = (word: string): boolean => /s$/.test(word) && word !== 'press';

/** Things and bodies that "say" in news prose (documents, institutions), beyond the unnamed-source nouns. */
export const SOURCE_HEAD_NOUNS: ReadonlySet<string> = new Set(
  'book books report reports study studies survey surveys poll polls paper article articles letter letters memo memos document documents statement statements filing filings lawsuit suit complaint ad ads video website site post posts tweet tweets editorial column analysis review industry company firm firms group groups campaign committee agency office team network newspaper magazine publication organization union association coalition party government administration department ministry court panel board council bank data figures records emails transcript indictment ruling findings research release announcement guidelines rules law bill platform proposal plan plans order website account spokesman spokeswoman'.split(
    ' ',
  ),
);

/** Words after an unnamed-source noun that start what keeps the source unnamed ("people familiar with the matter", "a source close to the talks"). */
export const ANONYMITY_WORDS: ReadonlySet<string> = new Set(
  'familiar close briefed knowledgeable who with involved speaking'.split(' '),
);
