// Verbs that introduce what someone said. Lemmas only; inflect-verb.ts derives -s/-ed/-ing forms, and
// IRREGULAR lists the forms it cannot. Written for this project (not copied from any list).
import { wordSet } from './word-set';

/** Speech verbs that reliably introduce a statement after a speaker subject. */
export const CUE_VERBS: readonly string[] =
  'say tell add note warn assert argue claim suggest explain insist state declare announce acknowledge admit confirm deny report tweet emphasize emphasise stress caution urge allege recall concede reiterate underscore vow promise pledge predict contend complain observe remark respond reply comment conclude describe characterize characterise accuse criticize criticise praise blast slam question dismiss joke lament boast brag counter retort testify disclose reveal indicate mention proclaim tout estimate agree disagree recount quip muse threaten hint assure inform swear write speak talk point voice charge ask call continue wonder insinuate opine propose announce attest contend affirm cite blame condemn denounce decry defend thank accuse demand plead scoff exclaim shout yell whisper recommend advise forecast project concur acknowledge signal post relate repeat attack reject imply email answer congratulate apologize apologise hail laud applaud ridicule lambaste chide scold rebuke fault assail berate dub outline quote acknowledge lash decline maintain'.split(
    ' ',
  );

/** Verbs that are too often not speech ("called the police", "continued to rise"): only accepted when the
 * statement is a quote next to them, a "that" clause, or a colon follows. */
export const WEAK_CUE_VERBS: ReadonlySet<string> = wordSet(
  'state continue post project signal relate repeat charge voice estimate forecast thank observe answer respond',
);

/** Cue verbs whose base and -s forms are just as often nouns ("the Paris attacks", "a conference call"). */
export const NOUN_LIKE_CUE_VERBS: ReadonlySet<string> = wordSet(
  'attack email question state call report demand mention claim comment tweet post promise pledge vow praise blame answer reply note joke quote estimate forecast signal voice charge counter hint remark lament boast plead project repeat relate outline dub respond',
);

/** Verbs that report speech only with their particle ("spoke about"), else only before a quote. */
export const NEEDS_PARTICLE_CUE_VERBS: ReadonlySet<string> = wordSet('speak talk point');

/** Particles that belong to the cue ("spoke about", "pointed out", "called for"). */
export const CUE_PARTICLES: Readonly<Record<string, readonly string[]>> = {
  speak: ['about', 'of'],
  talk: ['about'],
  write: ['about', 'of'],
  point: ['out', 'to'],
  call: ['for', 'on'],
  warn: ['about', 'of'],
  complain: ['about'],
  boast: ['about', 'of'],
  brag: ['about'],
  joke: ['about'],
  comment: ['on'],
};

/** Forms the inflector cannot derive: lemma → [3sg, past, participle, -ing]. */
export const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  say: ['says', 'said', 'said', 'saying'],
  tell: ['tells', 'told', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'],
  swear: ['swears', 'swore', 'sworn', 'swearing'],
  admit: ['admits', 'admitted', 'admitted', 'admitting'],
  plead: ['pleads', 'pleaded', 'pled', 'pleading'],
  forecast: ['forecasts', 'forecast', 'forecasted', 'forecasting'],
  concur: ['concurs', 'concurred', 'concurred', 'concurring'],
  quip: ['quips', 'quipped', 'quipped', 'quipping'],
  slam: ['slams', 'slammed', 'slammed', 'slamming'],
  brag: ['brags', 'bragged', 'bragged', 'bragging'],
  dub: ['dubs', 'dubbed', 'dubbed', 'dubbing'],
  rip: ['rips', 'ripped', 'ripped', 'ripping'],
  pan: ['pans', 'panned', 'panned', 'panning'],
  email: ['emails', 'emailed', 'emailed', 'emailing'],
  signal: ['signals', 'signaled', 'signalled', 'signaling'],
};

/** Cues whose content is a noun phrase rather than a clause ("praised Boyle", "called the KKK abhorrent"). */
export const NOUN_PHRASE_CUE_VERBS: ReadonlySet<string> = wordSet(
  'praise criticize criticise blast slam attack reject dismiss defend accuse describe characterize characterise call cite thank question tout mention hail laud applaud congratulate tweet post announce condemn denounce decry blame ridicule lambaste chide scold rebuke fault assail berate dub outline',
);

/** Cues after which "to …" names the audience, not what was said; "report" too ("Julie Davis reported from
 * Midway Atoll"). */
export const SAY_LIKE_CUE_VERBS: ReadonlySet<string> = wordSet(
  'say tell speak talk write add declare explain comment respond reply testify continue report',
);

/** Cues whose object is who was addressed, before what was said ("told reporters that …", "urged lawmakers to …"). */
export const TELL_LIKE_CUE_VERBS: ReadonlySet<string> = wordSet(
  'tell inform assure remind warn ask urge thank accuse praise criticize blame',
);

/** Cues that report only with a clause after them ("maintains that …", "maintained the plan was sound"); with a
 * noun phrase they report nothing ("maintains a wide lead"). */
export const CLAUSE_CUE_VERBS: ReadonlySet<string> = wordSet('maintain boast');
