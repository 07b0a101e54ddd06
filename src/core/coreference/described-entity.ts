// "The mayor said", "the agency told CTV", "the lanky, bespectacled professor said": a definite
// description whose head is a role noun names someone the article introduced with that role ("Mayor Doug
// McCallum", "Guenther Schuh, a professor at …"); one whose head stands for an organisation names the
// latest organisation mentioned. Nothing matching: the description stays as written.
import { NATIONALITY_PERSON_NOUNS } from '../lexicon/nationality-nouns';
import { NAMED_ORG_HEADS } from '../lexicon/org-kinds';
import { COUNTING_WORDS, PAIR_NOUNS } from '../lexicon/coreference-words';
import { pairGroup } from './pair-group';
import { placeDescribed } from '../speakers/organization-name';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { ORG_ROLE_NOUNS } from '../lexicon/org-role-nouns';
import { PARTY_MEMBER_NOUNS } from '../lexicon/party-words';
import { TITLE_WORDS } from '../lexicon/titles';
import { TITLE_MODIFIERS } from '../lexicon/title-kinds';
import type { SpeakerPhrase } from '../statements/draft';
import type { EntityRecord, Gender } from './entity-table';
import { headGender } from './head-gender';
import { DESCRIPTION_WINDOW, describedOrg, SUBJECT_WINDOW } from './described-org';
import type { SeenMention } from './pronoun-antecedent';
import { isPossessive, withoutPossessive } from '../text/possessive';
import { itemAt } from '../text/item-at';
import { withoutTail } from './without-tail';
import {
  describedEarlier,
  holdsOtherOffice,
  holdsRole,
  lacksModifier,
  otherTail,
  tailMarksOf,
  marksFit,
  openedBefore,
  spokeUnnamed,
  titleOutranks,
} from './description-fits';
import { introducedUnnamed } from './introduced-unnamed';
import type { Span } from '../types';
import { isAge } from '../text/is-age';
import { FAMILY_NOUNS } from '../lexicon/unnamed-sources';
import { namesFit } from './names-fit';
import { marksOf } from './description-fits';
import { openerStart } from './opener-start';
import { lastMention, sourceNamed, unnamedSource } from './spoke-before';

const within = (offset: number, span: Span): boolean => offset >= span.start && offset < span.end;

/** A head that stands for an organisation ("the agency", "the court"). */
const isOrgHead = (head: string): boolean => ORG_ROLE_NOUNS.has(head) || NAMED_ORG_HEADS.has(head);

/** A sentence's end inside a stretch of text. */
const SENTENCE_END = /[.!?]["”’]?\s+\p{Lu}/u;

/** "the Frenchwoman": the gender a nation's noun gives. */
const nationGender = (head: string): Gender =>
  NATIONALITY_PERSON_NOUNS.has(head) ? (/woman$/.test(head) ? 'f' : /man$/.test(head) ? 'm' : null) : null;

/** A description is common nouns ("the security firm"); a capitalised phrase is a name of its own
 * ("the Nova Scotia Health Authority", "the Philippine Star") unless a person's role heads it in lower
 * case ("the Florida senator", "the iPhone maker") or is a party's member ("the Virginia Democrat"). */
function namesItself(core: string, head: string): boolean {
  const bare = core.replace(/^the\s+/i, '');
  if (!/\p{Lu}/u.test(bare)) return false;
  // ("the city said": an office's word alone is no one's role)
  const titled = TITLE_WORDS.has(head) && !TITLE_MODIFIERS.has(head);
  const roleHead =
    // ("the Dutchman", "the 34-year-old Spaniard": someone of a nation, as sports and world news call them)
    NATIONALITY_PERSON_NOUNS.has(head) ||
    // ("the Prime Minister", "the President": an office standing alone, capitalised as British and
    // Canadian news write it)
    (titled && bare.split(/\s+/).every((w) => TITLE_WORDS.has(w.toLowerCase()))) ||
    PARTY_MEMBER_NOUNS.has(head) ||
    // ("the MP", "the CEO": an office's initials)
    (/^\p{Lu}{2,4}$/u.test(bare) && (PERSON_ROLE_NOUNS.has(head) || TITLE_WORDS.has(head))) ||
    // ("the Italian lawmaker": a title in lower case is a role too)
    ((PERSON_ROLE_NOUNS.has(head) || isOrgHead(head) || titled) && /\s\p{Ll}+$/u.test(core));
  // ("the Toronto-based company": a place's compound describes it)
  return !roleHead && !placeDescribed(bare.split(/\s+/));
}

/** "the aid worker", or a phrase right after "the". */
const definite = (text: string, p: SpeakerPhrase, said: string): boolean =>
  /^the\s/i.test(said) || /\bthe\s+$/i.test(text.slice(Math.max(0, p.start - 4), p.start));

export function describedEntity(
  text: string,
  p: SpeakerPhrase,
  said: string,
  seen: readonly SeenMention[],
  statement?: Span,
): EntityRecord | null {
  if (!definite(text, p, said)) return null;
  // "the president of the European Council": the head comes before its prepositional tail.
  const core = withoutTail(said);
  const words = core.toLowerCase().split(/[\s,]+/);
  const head = withoutPossessive(words.at(-1) ?? '');
  if (words.length === 2 && PAIR_NOUNS.has(head)) return pairGroup(seen, p.start);
  if (namesItself(core, head)) return null;
  const bare = core.replace(/^the\s+/i, '');
  const national = NATIONALITY_PERSON_NOUNS.has(head);
  const titled = TITLE_WORDS.has(head) && !TITLE_MODIFIERS.has(head);
  // "another unnamed GOP official … said the second official": one told apart from others is not the
  // person last named (but "the first lady" is a role)
  if (words.some((w) => COUNTING_WORDS.has(w))) return null;
  const age = words.find(isAge); // "the 26-year-old right wing"
  // "the former sergeant-at-arms of the House of Commons": what someone formerly was is a role
  const former = words.includes('former') && !ORG_ROLE_NOUNS.has(head);
  const person = national || PERSON_ROLE_NOUNS.has(head) || titled || age !== undefined || former;
  const org = isOrgHead(head) && age === undefined;
  if (!person && !org) return sourceNamed(seen, p.start, words);
  const source = unnamedSource(seen, p.start, words); // ("An aid worker …, said …. The aid worker said")
  if (introducedUnnamed(text, p.start, head)) return source;
  // ("Sir Keir Starmer's official spokesman said …. The spokesman said", "A spokesperson for Health Minister
  // Daniel Okafor said": someone's, who spoke; not "A lawmaker said …", whom the article may name later)
  const spoke = words.length === 2 ? source?.name : null;
  if (spoke && (spoke.split(/\s+/).some(isPossessive) || /\sfor\s+\p{Lu}/u.test(spoke))) return source;
  // ("the prime minister's official spokesman": someone's, not whoever the lines before were about)
  // (nor "the mother" the spokesperson just named: kin are someone's)
  const owned = words.slice(0, -1).some(isPossessive) || (words.length === 2 && FAMILY_NOUNS.has(head));
  const want: Wanted = {
    words,
    plain: words.length === 2,
    role: age ?? head,
    gender: headGender(core) ?? nationGender(head),
    roleOnly: owned,
    marks: marksOf(bare, head),
    tailMarks: tailMarksOf(said, core),
  };
  // (whom the statement's own words name it is about: "Watching Serena Williams win was special, the coach said")
  const opener = openerStart(text, p); // ("Pressed on the injury to Wesley Fofana, the Italian said")
  const others = seen.filter(
    (m) => !(statement && within(m.start, statement)) && !(m.start >= opener && m.start < p.start),
  );
  const found = person ? describedPerson(text, others, p.start, want) : null;
  // (the unnamed source that spoke, unless someone the description fits was named since)
  if (source && (!found || lastMention(seen, found, p.start) < lastMention(seen, source, p.start)))
    return source;
  const organization = !found && org ? describedOrg(text, seen, p.start, head) : null;
  // ("the Zephyr maker": what a maker makes is no part of its name)
  const fits = !organization || /maker$/.test(head) || namesFit(bare, organization.name);
  return found ?? (fits ? organization : null);
}

/** What a description asks of the person it names. */
interface Wanted {
  readonly role: string;
  readonly gender: Gender;
  /** Only someone with the role, never the subject just before ("the prime minister's spokesman"). */
  readonly roleOnly: boolean;
  /** Capitalised words the subject just before must have in their role ("republican", "florida"). */
  readonly marks: readonly string[];
  /** "the" and the head alone ("the spokesman"), which may go back to an unnamed source. */
  readonly plain: boolean;
  /** The description's words, lowercased. */
  readonly words: readonly string[];
  /** The capitalised words of its tail ("the MP for Bristol Harbourside"), which the person's role must hold. */
  readonly tailMarks: readonly string[];
}

/** The latest person with that role ("mayor", "56-year-old"); failing that, the subject of the lines just
 * before ("Niederreiter has four goals … The 26-year-old right wing said …"), or someone introduced there
 * (not with `roleOnly`). Never one of the other gender than the description's ("the former first lady"). */
function describedPerson(
  text: string,
  seen: readonly SeenMention[],
  offset: number,
  { role, gender, roleOnly, marks, plain, words, tailMarks }: Wanted,
): EntityRecord | null {
  let subject: SeenMention | null = null;
  let salient: SeenMention | null = null;
  let titled: EntityRecord | null = null;
  const earlier = describedEarlier(text, seen, offset);
  for (let i = seen.length - 1; i >= 0; i--) {
    const m = itemAt(seen, i);
    if (m.start >= offset) continue;
    if (offset - m.start > DESCRIPTION_WINDOW) break;
    if (m.quoted || earlier.has(m.entity)) continue;
    // ("The prime minister's official spokesman said …. “…,” the spokesman told reporters": the unnamed
    // source just quoted with that head)
    if (plain && !subject && !salient && spokeUnnamed(m.entity, role)) return m.entity;
    if (m.entity.type !== 'person') continue;
    if (gender !== null && m.entity.gender !== null && m.entity.gender !== gender) continue;
    // ("the pontiff" after "Pope Francis": a role's other name)
    // (not "the MP for Bristol Harbourside" for the MP for North Devon)
    if (otherTail(m.entity, tailMarks)) continue;
    if (holdsRole(m.entity, role, words)) return m.entity;
    if (m.entity.titleNouns?.has(role) && !lacksModifier(m.entity, words)) titled ??= m.entity;
    // ("… Trump called upon Mayor Bill de Blasio …. “…,” the Republican presidential candidate said": the
    // subject just before is the one described only when the description's capitalised words are theirs)
    if (offset - m.start > SUBJECT_WINDOW || !marksFit(text, seen, m.entity, marks)) continue;
    if (marks.length > 0 && holdsOtherOffice(m.entity, role, marks)) continue;
    if (!subject && m.subject) subject = m;
    if (!salient && m.salient) salient = m;
  }
  if (openedBefore(text, seen, offset, role)) return null;
  // the subject of the sentence that introduced someone later on outranks them; an older one does not
  // ("… saw a culprit in Alison Lundergan Grimes. The secretary of state …")
  const sameSentence = subject && salient && !SENTENCE_END.test(text.slice(subject.start, salient.start));
  const pick = (sameSentence ? subject : salient)?.entity ?? null;
  if (titled && titleOutranks(pick, role, roleOnly)) return titled;
  return roleOnly ? null : pick;
}
