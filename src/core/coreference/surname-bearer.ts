// Which of the people sharing a surname the surname alone names ("Ramírez says", "Mrs. Clinton", "the elder
// Ferrán"). Split from entity-table.ts.
import { KIN_ORDER_WORDS } from '../lexicon/coreference-words';
import { FIRST_NAMES } from '../lexicon/first-names';
import { FAMILY_NOUNS } from '../lexicon/unnamed-sources';
import type { EntityRecord, Gender } from './entity-record';
import { titleFits } from './title-fits';
import { generation } from './person-name-words';

/** Who speaks most; of those who spoke as much, the first named. */
export const mainOf = (es: readonly EntityRecord[]): EntityRecord | undefined =>
  es.reduce<EntityRecord | undefined>((a, b) => (!a || b.statements > a.statements ? b : a), undefined);

/** "the elder Arsenault": which of two, by age. */
export const isKinOrder = (role: string | null): boolean =>
  role !== null && KIN_ORDER_WORDS.has(role.toLowerCase().replace(/^the\s+/, ''));

/** How far (characters) a surname alone still names the bearer just introduced in full. */
const JUST_NAMED = 300;

/** Of two people sharing a surname, the bare surname is the one who speaks in the article (the relative or
 * namesake is named in full); failing that, the one introduced first. A title's gender picks among them
 * ("Mrs. Clinton" is not Bill; with nobody of that gender, still the bearer). */
export function surnameBearer(
  bearers: readonly EntityRecord[],
  mention: {
    readonly byTitle: Gender;
    readonly offset: number;
    readonly ordered: boolean;
    readonly title: string | null;
    /** The name as mentioned ("Hill Sr."): its generation picks among the bearers. */
    readonly name?: string;
  },
): EntityRecord | undefined {
  const { byTitle, offset, ordered, title } = mention;
  // ("Hill Sr." after Marcus Hill Jr. and Marcus Hill Sr.: the bearers of the mention's generation, if any)
  const gen = generation(mention.name ?? '');
  const same = gen === '' ? [] : bearers.filter((e) => generation(e.name) === gen);
  const sameSurname = same.length > 0 ? same : bearers;
  // ("Two workers, … Jimmy Reid, died … Detective Sergeant Paul Reid … DS Reid said": the one with that title)
  const titled = title === null ? [] : sameSurname.filter((e) => titleFits(title, e.role));
  if (titled.length === 1) return titled[0];
  const fitting =
    byTitle === null ? [] : sameSurname.filter((e) => e.gender === null || e.gender === byTitle);
  const pool = preferred(fitting.length > 0 ? fitting : sameSurname, sameSurname, byTitle);
  // ("His uncle, Kofi Asante, said …. Asante said his nephew …": the one just named in full by a given name,
  // who spoke and was introduced as a subject (not "said her husband, José Castillo, called"), with no other
  // bearer mentioned since; "Megumi Suzuki, a farmer, said …. Suzuki said" after Governor Naomichi Suzuki
  // was "Suzuki" is the farmer)
  const fresh = pool.find((e) => {
    const at = e.firstAt ?? offset;
    return (
      at < offset &&
      offset - at <= JUST_NAMED &&
      e.statements > 0 &&
      e.firstAsSubject === true &&
      FIRST_NAMES.has(e.name.split(' ')[0]?.toLowerCase() ?? '') &&
      sameSurname.every((o) => o === e || o.last < at)
    );
  });
  if (fresh && !ordered) return fresh;
  // ("Xochitl Ramírez … Ramírez says … her grandmother, Guadalupe Ramírez, …. Ramírez says": the only one
  // introduced yet, and later the one it called so then, however much the other said)
  const known = sameSurname.filter((e) => e.firstAt === undefined || e.firstAt < offset);
  const only = known.length === 1 && byTitle === null && !ordered ? known[0] : undefined;
  if (only) only.bareSurnameAt ??= offset;
  const called = pool.find((e) => e.bareSurnameAt !== undefined);
  // ("Ferrán's representatives …, his father, Jorge Ferrán, told Marca. … the elder Ferrán said": the
  // other one, whom the surname alone does not name)
  if (ordered && called) return pool.find((e) => e !== called && e.bareSurnameAt === undefined) ?? called;
  return only ?? called ?? mainOf(pool);
}

/** Of the bearers a mention may name, those not introduced as an earlier one's relative, and of those the
 * ones the title's gender is known for ("Mr. Marsh" after Jason and Kelly Marsh). */
function preferred(
  pool: readonly EntityRecord[],
  all: readonly EntityRecord[],
  byTitle: Gender,
): EntityRecord[] {
  const own = pool.filter((e) => !kinOfEarlier(e, all));
  const some = own.length > 0 ? own : pool;
  const exact = some.filter((e) => byTitle !== null && e.gender === byTitle);
  return exact.length > 0 ? exact : [...some];
}

/** "Eusebio Villarreal … died. His son Rafael Villarreal confirmed the death. “…,” Mr. Villarreal told the
 * Post in 1993": a relative introduced by kinship after another bearer is named in full for that reason, and
 * the surname alone stays the other's. */
function kinOfEarlier(e: EntityRecord, sameSurname: readonly EntityRecord[]): boolean {
  const kin = FAMILY_NOUNS.has((e.role ?? '').toLowerCase().split(/\s+/).at(-1) ?? '');
  const at = e.firstAt ?? -1;
  return kin && sameSurname.some((o) => o !== e && o.firstAt !== undefined && o.firstAt < at);
}

/** Notes where a person is first named in full, and whether as the subject there. */
export function noteIntroduction(
  e: EntityRecord,
  p: { readonly start: number; readonly subject: boolean },
): void {
  if (e.firstAt !== undefined) return;
  e.firstAt = p.start;
  e.firstAsSubject = p.subject;
}
