// Verbs that introduce what someone said: one record per verb, written for this project (not copied from any
// list). Every set the cue rules read is derived from these records below, so a verb's whole behaviour is one
// line here. Adding a verb: docs/rules.md. Records are sorted by lemma; lexicon tests fail on a duplicate.

/** Senses in which a cue verb reports nothing; each names a filter in cues/reports-nothing.ts. */
export type NonReportSense =
  | 'amount' // "added 2,000 jobs", "added up to"
  | 'asked-opener' // "Asked about the delay, the manager …": the one asked is not the one reporting
  | 'blow' // "slammed into a tree", "Gunmen attacked a convoy"
  | 'compete' // "contend for the cup"
  | 'event' // "called a snap election", "called off the strike"
  | 'famed' // "long noted for her eagerness": known for it
  | 'goods' // "recalled two brands of infant formula"
  | 'idiom' // "fair to say", "needless to say"
  | 'naming' // "a boy called Arya"
  | 'oath' // "was sworn in as prime minister"
  | 'placing' // "put it in storage", "put troops at risk": only "as she put it" or "put it bluntly" reports
  | 'plea' // "pleaded guilty"
  | 'removal' // "dismissed Okoro last week", "recalled goaltender Tyler Maddox"
  | 'so-called' // "the so called initiative"
  | 'source' // "citing three sources aware of the matter"
  | 'story' // "tells part of the story"
  | 'told-subject' // "told he had months to live"
  | 'trend' // "declined sharply"
  | 'written-thing'; // "wrote a children's book"

export interface CueVerb {
  readonly lemma: string;
  /** Forms the inflector (cues/inflect-verb.ts) cannot derive: [3sg, past, participle, -ing]. */
  readonly forms?: readonly [string, string, string, string];
  /** Particles that belong to the cue ("spoke about", "pointed out", "called for"). */
  readonly particles?: readonly string[];
  /** What it takes: a noun phrase is what was said ("praised Boyle"); or it reports only with a clause
   * ("maintained that …"; "maintains a wide lead" reports nothing). Default: a clause or a quote. */
  readonly object?: 'noun' | 'clause';
  /** Whom it was said to: its object before the content ("told reporters that …"), a "to" phrase after it
   * ("said to reporters"), or both. */
  readonly addressee?: 'object' | 'to' | 'both';
  /** Its base or -s form is also a noun: sometimes ("a conference call"), mostly ("the Paris attacks"), or
   * a place ("the states that vote"). */
  readonly noun?: 'sometimes' | 'mostly' | 'place';
  /** Too often not speech ("called the police", "continued to rise"): only with a quote next to it, a
   * "that" clause or a colon. */
  readonly weak?: true;
  /** Reports speech only with its particle ("spoke about"), else only next to a quote. */
  readonly needsParticle?: true;
  readonly nonReport?: readonly NonReportSense[];
}

// One record a line: prettier would fold each into six.
// prettier-ignore
export const CUE_VERB_RECORDS: readonly CueVerb[] = [
  { lemma: 'accuse', object: 'noun', addressee: 'object' },
  { lemma: 'acknowledge' },
  { lemma: 'add', addressee: 'to', nonReport: ['amount'] },
  { lemma: 'admit', forms: ['admits', 'admitted', 'admitted', 'admitting'] },
  { lemma: 'advise', weak: true },
  { lemma: 'affirm' },
  { lemma: 'agree' },
  { lemma: 'allege' },
  { lemma: 'announce', object: 'noun' },
  { lemma: 'answer', noun: 'sometimes', weak: true },
  { lemma: 'apologise' },
  { lemma: 'apologize' },
  { lemma: 'applaud', object: 'noun' },
  { lemma: 'argue' },
  { lemma: 'ask', addressee: 'object', nonReport: ['asked-opener'] },
  { lemma: 'assail', object: 'noun' },
  { lemma: 'assert' },
  { lemma: 'assure', addressee: 'object' },
  { lemma: 'attack', object: 'noun', noun: 'mostly', nonReport: ['blow'] },
  { lemma: 'attest' },
  { lemma: 'aver', forms: ['avers', 'averred', 'averred', 'averring'] },
  { lemma: 'berate', object: 'noun' },
  { lemma: 'blame', object: 'noun', addressee: 'object', noun: 'sometimes' },
  { lemma: 'blast', object: 'noun', nonReport: ['blow'] },
  { lemma: 'boast', particles: ['about', 'of'], object: 'clause', noun: 'sometimes' },
  { lemma: 'brag', forms: ['brags', 'bragged', 'bragged', 'bragging'], particles: ['about'] },
  { lemma: 'call', particles: ['for', 'on'], object: 'noun', noun: 'sometimes', nonReport: ['event', 'so-called', 'naming'] },
  { lemma: 'caution' },
  { lemma: 'characterise', object: 'noun' },
  { lemma: 'characterize', object: 'noun' },
  { lemma: 'charge', noun: 'sometimes', weak: true },
  { lemma: 'chide', object: 'noun' },
  { lemma: 'chime', particles: ['in'], weak: true, needsParticle: true },
  { lemma: 'cite', object: 'noun', nonReport: ['source'] },
  { lemma: 'claim', noun: 'sometimes' },
  { lemma: 'clarify', object: 'clause', weak: true },
  { lemma: 'comment', particles: ['on'], addressee: 'to', noun: 'sometimes' },
  { lemma: 'complain', particles: ['about'] },
  { lemma: 'concede' },
  { lemma: 'conclude' },
  { lemma: 'concur', forms: ['concurs', 'concurred', 'concurred', 'concurring'] },
  { lemma: 'condemn', object: 'noun' },
  { lemma: 'confide', addressee: 'to' },
  { lemma: 'confirm' },
  { lemma: 'congratulate', object: 'noun' },
  { lemma: 'contend', nonReport: ['compete'] },
  { lemma: 'continue', addressee: 'to', weak: true },
  { lemma: 'counter', noun: 'sometimes' },
  { lemma: 'criticise', object: 'noun' },
  { lemma: 'criticize', object: 'noun', addressee: 'object' },
  { lemma: 'declare', addressee: 'to' },
  { lemma: 'decline', nonReport: ['trend'] },
  { lemma: 'decry', object: 'noun' },
  { lemma: 'defend', object: 'noun' },
  { lemma: 'demand', noun: 'sometimes' },
  { lemma: 'denounce', object: 'noun' },
  { lemma: 'deny' },
  { lemma: 'describe', object: 'noun' },
  { lemma: 'disagree' },
  { lemma: 'disclose' },
  { lemma: 'dismiss', object: 'noun', nonReport: ['removal'] },
  { lemma: 'dub', forms: ['dubs', 'dubbed', 'dubbed', 'dubbing'], object: 'noun', noun: 'sometimes' },
  { lemma: 'email', forms: ['emails', 'emailed', 'emailed', 'emailing'], noun: 'mostly' },
  { lemma: 'emphasise' },
  { lemma: 'emphasize' },
  { lemma: 'estimate', noun: 'sometimes', weak: true },
  { lemma: 'exclaim' },
  { lemma: 'explain', addressee: 'to' },
  { lemma: 'fault', object: 'noun' },
  { lemma: 'forecast', forms: ['forecasts', 'forecast', 'forecasted', 'forecasting'], noun: 'sometimes', weak: true },
  { lemma: 'grumble' },
  { lemma: 'hail', object: 'noun' },
  { lemma: 'hear', forms: ['hears', 'heard', 'heard', 'hearing'] },
  { lemma: 'hint', noun: 'sometimes' },
  { lemma: 'imply' },
  { lemma: 'indicate' },
  { lemma: 'inform', addressee: 'object' },
  { lemma: 'insinuate' },
  { lemma: 'insist' },
  { lemma: 'interject' },
  { lemma: 'joke', particles: ['about'], noun: 'sometimes' },
  { lemma: 'lambaste', object: 'noun' },
  { lemma: 'lament', noun: 'sometimes' },
  { lemma: 'lash', nonReport: ['blow'] },
  { lemma: 'laud', object: 'noun' },
  { lemma: 'laugh', noun: 'sometimes', weak: true },
  { lemma: 'maintain', object: 'clause' },
  { lemma: 'mention', object: 'noun', noun: 'sometimes' },
  { lemma: 'muse' },
  { lemma: 'mutter' },
  { lemma: 'note', noun: 'sometimes', nonReport: ['famed'] },
  { lemma: 'observe', weak: true },
  { lemma: 'opine' },
  { lemma: 'outline', object: 'noun', noun: 'sometimes' },
  { lemma: 'plead', forms: ['pleads', 'pleaded', 'pled', 'pleading'], noun: 'sometimes', nonReport: ['plea'] },
  { lemma: 'pledge', noun: 'sometimes' },
  { lemma: 'point', particles: ['out', 'to'], needsParticle: true },
  { lemma: 'posit' },
  { lemma: 'post', object: 'noun', noun: 'sometimes', weak: true, nonReport: ['written-thing'] },
  { lemma: 'praise', object: 'noun', addressee: 'object', noun: 'sometimes' },
  { lemma: 'predict' },
  { lemma: 'proclaim' },
  { lemma: 'project', noun: 'sometimes', weak: true },
  { lemma: 'promise', noun: 'sometimes' },
  { lemma: 'propose' },
  { lemma: 'put', forms: ['puts', 'put', 'put', 'putting'], particles: ['it'], needsParticle: true, nonReport: ['placing'] },
  { lemma: 'question', object: 'noun', noun: 'sometimes' },
  { lemma: 'quip', forms: ['quips', 'quipped', 'quipped', 'quipping'] },
  { lemma: 'quote', noun: 'sometimes' },
  { lemma: 'read', forms: ['reads', 'read', 'read', 'reading'], noun: 'sometimes', weak: true },
  { lemma: 'rebuke', object: 'noun' },
  { lemma: 'recall', nonReport: ['goods', 'removal'] },
  { lemma: 'recommend' },
  { lemma: 'recount' },
  { lemma: 'reiterate' },
  { lemma: 'reject', object: 'noun' },
  { lemma: 'rejoin', weak: true },
  { lemma: 'relate', noun: 'sometimes', weak: true },
  { lemma: 'remark', noun: 'sometimes' },
  { lemma: 'repeat', noun: 'sometimes', weak: true },
  { lemma: 'reply', addressee: 'to', noun: 'sometimes' },
  { lemma: 'report', addressee: 'to', noun: 'sometimes' },
  { lemma: 'respond', addressee: 'to', noun: 'sometimes', weak: true },
  { lemma: 'retort' },
  { lemma: 'reveal' },
  { lemma: 'ridicule', object: 'noun' },
  { lemma: 'say', forms: ['says', 'said', 'said', 'saying'], addressee: 'to', nonReport: ['idiom'] },
  { lemma: 'scoff' },
  { lemma: 'scold', object: 'noun' },
  { lemma: 'shoot', forms: ['shoots', 'shot', 'shot', 'shooting'], particles: ['back'], weak: true, needsParticle: true },
  { lemma: 'shout' },
  { lemma: 'sigh', noun: 'sometimes', weak: true },
  { lemma: 'signal', forms: ['signals', 'signaled', 'signalled', 'signaling'], noun: 'sometimes', weak: true },
  { lemma: 'slam', forms: ['slams', 'slammed', 'slammed', 'slamming'], object: 'noun', noun: 'sometimes', nonReport: ['blow'] },
  { lemma: 'smile', noun: 'sometimes', weak: true },
  { lemma: 'speak', forms: ['speaks', 'spoke', 'spoken', 'speaking'], particles: ['about', 'of'], addressee: 'to', needsParticle: true },
  { lemma: 'state', noun: 'place', weak: true },
  { lemma: 'stress' },
  { lemma: 'suggest' },
  { lemma: 'surmise' },
  { lemma: 'swear', forms: ['swears', 'swore', 'sworn', 'swearing'], nonReport: ['oath'] },
  { lemma: 'talk', particles: ['about'], addressee: 'to', needsParticle: true, noun: 'sometimes' },
  { lemma: 'tell', forms: ['tells', 'told', 'told', 'telling'], addressee: 'both', nonReport: ['story', 'told-subject'] },
  { lemma: 'testify', addressee: 'to' },
  { lemma: 'thank', object: 'noun', addressee: 'object', weak: true },
  { lemma: 'theorize' },
  { lemma: 'threaten' },
  { lemma: 'tout', object: 'noun' },
  { lemma: 'tweet', object: 'noun', noun: 'sometimes', nonReport: ['written-thing'] },
  { lemma: 'underscore' },
  { lemma: 'urge', addressee: 'object' },
  { lemma: 'voice', noun: 'sometimes', weak: true },
  { lemma: 'vow', noun: 'sometimes' },
  { lemma: 'warn', particles: ['about', 'of'], addressee: 'object' },
  { lemma: 'weigh', particles: ['in'], weak: true, needsParticle: true },
  { lemma: 'whisper' },
  { lemma: 'wonder' },
  { lemma: 'write', forms: ['writes', 'wrote', 'written', 'writing'], particles: ['about', 'of'], addressee: 'to', nonReport: ['written-thing'] },
  { lemma: 'yell' },
];

const lemmasWhere = (keep: (v: CueVerb) => boolean): ReadonlySet<string> =>
  new Set(CUE_VERB_RECORDS.filter(keep).map((v) => v.lemma));

/** Every cue verb's lemma; find-cues derives the forms. */
export const CUE_VERBS: readonly string[] = CUE_VERB_RECORDS.map((v) => v.lemma);

export const WEAK_CUE_VERBS = lemmasWhere((v) => v.weak === true);

/** Cue verbs whose base and -s forms are just as often nouns ("the Paris attacks", "a conference call"). */
export const NOUN_LIKE_CUE_VERBS = lemmasWhere((v) => v.noun !== undefined);

export const NEEDS_PARTICLE_CUE_VERBS = lemmasWhere((v) => v.needsParticle === true);

/** Cues whose content is a noun phrase rather than a clause ("praised Boyle", "called the KKK abhorrent"). */
export const NOUN_PHRASE_CUE_VERBS = lemmasWhere((v) => v.object === 'noun');

/** Cues whose noun-phrase object is whom they are about ("accuses Meta of …", "praised Boyle"): never
 * inverted, so the name after them is no speaker ("…, accuses Gautam Adani, 62, and …"). */
export const OBJECT_PERSON_CUE_VERBS = lemmasWhere((v) => v.object === 'noun' && v.addressee === 'object');

/** Cues that report only with a clause after them ("maintains that …"). */
export const CLAUSE_CUE_VERBS = lemmasWhere((v) => v.object === 'clause');

/** Cues after which "to …" names the audience, not what was said. */
export const SAY_LIKE_CUE_VERBS = lemmasWhere((v) => v.addressee === 'to' || v.addressee === 'both');

/** Cues whose object is who was addressed, before what was said ("told reporters that …"). */
export const TELL_LIKE_CUE_VERBS = lemmasWhere((v) => v.addressee === 'object' || v.addressee === 'both');

/** Particles by lemma. */
export const CUE_PARTICLES: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  CUE_VERB_RECORDS.flatMap((v) => (v.particles ? [[v.lemma, v.particles]] : [])),
);

/** Irregular forms by lemma: [3sg, past, participle, -ing]. */
export const IRREGULAR: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  CUE_VERB_RECORDS.flatMap((v) => (v.forms ? [[v.lemma, v.forms]] : [])),
);

const SENSES: ReadonlyMap<string, readonly NonReportSense[]> = new Map(
  CUE_VERB_RECORDS.map((v) => [v.lemma, v.nonReport ?? []]),
);

/** The cue verb `lemma` has the sense `sense` in which it reports nothing. */
export const hasNonReportSense = (lemma: string, sense: NonReportSense): boolean =>
  SENSES.get(lemma)?.includes(sense) ?? false;

/** How the noun reading of `lemma` behaves, if it has one. */
export const nounReading = (lemma: string): CueVerb['noun'] => NOUN_READINGS.get(lemma);

const NOUN_READINGS: ReadonlyMap<string, CueVerb['noun']> = new Map(
  CUE_VERB_RECORDS.map((v) => [v.lemma, v.noun]),
);
