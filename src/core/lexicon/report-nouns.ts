// Nouns that report a claim or remark ("allegations that …", "his remarks about …") and the verbs whose
// subject makes one ("Trump made comments about …"). Lowercased; written for this project.
import { wordSet } from './word-set';

/** Nouns that carry what someone claimed, promised or warned when a "that" follows. */
export const REPORT_NOUNS: ReadonlySet<string> = wordSet(
  'claim claims allegation allegations accusation accusations assertion assertions warning warnings promise promises pledge pledges vow vows suggestion suggestions insistence denial denials complaint complaints charge charges argument arguments assurance assurances prediction predictions',
);

/** Report nouns whose object names what was talked about ("his remarks about abortion", "attacks on Clinton"). */
export const TOPIC_NOUNS: ReadonlySet<string> = wordSet(
  'remark remarks comment comments question questions attack attacks criticism criticisms claims allegations accusations complaints warnings call calls statement statements mention report reports',
);

/** Verbs whose subject makes the remark, attack or call they take ("Trump made comments about …"). */
export const MAKING_VERBS: ReadonlySet<string> = wordSet(
  'made make makes making raised raises raising launched launches issued issues offered offers delivered delivers renewed renews repeated repeats voiced voices expressed expresses leveled levelled lobbed unleashed unleashes escalated escalates stepped',
);
