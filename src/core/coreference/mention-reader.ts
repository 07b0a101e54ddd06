// The article's people and organisations, registered as mentions in text order while the statements are
// read (resolve-speakers.ts): whom a later "he", "they" or "the company" can stand for.
import type { EntityRecord, EntityTable, Gender } from './entity-table';
import type { OrgMention } from './find-organizations';
import { opensClauseAt } from './opens-clause-at';
import type { PersonMention } from './find-people';
import type { SeenMention } from './pronoun-antecedent';
import { itemAt } from '../text/item-at';
import { noteDescriptions } from './entity-role';
import { ownsAThing } from './owns-a-thing';

export interface MentionSources {
  readonly text: string;
  readonly table: EntityTable;
  readonly people: readonly PersonMention[];
  readonly organizations: readonly OrgMention[];
  readonly inQuote: (offset: number) => boolean;
  readonly genderOf: (p: PersonMention) => Gender;
}

/** What joins two people named as one group: "and", an ampersand, and at most two role words ("Senator
 * Elizabeth Warren and congresswoman Alexandria Ocasio-Cortez", "Sandra Holt and her husband, Bill Holt",
 * "Premier Doug Ford and Premier David Eby"), after the first one's affiliation ("Corey Scher of CUNY and
 * Jamon Van Den Hoek"). */
const JOINED = /^(?:\s+of\s+(?:the\s+)?\p{Lu}[^,.;“”"]{0,60}?)?,?\s+(?:and|&)\s+(?:\p{L}+,?\s+){0,2}$/u;

/** An alias set off after an organisation's name: ", known as AGCM,", ", also known as the Fed,". */
const ALIAS_AFTER =
  /^,\s+(?:(?:also|better|commonly|widely)\s+)?known\s+as\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,4}),/u;

/** Registers the organisations, then the people, named before each offset asked for; an unnamed person
 * opening a sentence ("A former employee … put it bluntly") in text order with the people, so a pronoun
 * reading back meets them newest first. */
export function mentionReader(src: MentionSources, seen: SeenMention[]): (at: number) => void {
  const { table, inQuote } = src;
  const organizations = src.organizations.filter((om) => om.plural || !om.group);
  const people = [...src.people, ...src.organizations.filter((om) => !om.plural && om.group)].sort(
    (a, b) => a.start - b.start,
  );
  const readPerson = personReader(src, seen);
  const readOrganization = (om: OrgMention): void => {
    // ("The Italian Competition Authority, known as AGCM, said": the alias names it too)
    const alias = ALIAS_AFTER.exec(src.text.slice(om.end, om.end + 80))?.[1];
    const e = om.group
      ? table.unnamed(om.name, om.plural, om.start)
      : table.organization(om.name, om.start, om.plural, alias);
    // ("The Suez Canal Authority has offered rebates …. Its chairman": opening a sentence, its subject)
    const subject = opensClauseAt(src.text, om.start);
    seen.push({ entity: e, start: om.start, quoted: inQuote(om.start), salient: true, subject });
  };
  let m = 0;
  let o = 0;
  return (at) => {
    for (; o < organizations.length && itemAt(organizations, o).start < at; o++)
      readOrganization(itemAt(organizations, o));
    for (; m < people.length && itemAt(people, m).start < at; m++) {
      const pm = itemAt(people, m);
      if ('surname' in pm)
        readPerson(pm); // (a person's mention; else an unnamed subject's)
      else readOrganization(pm);
    }
  };
}

/** Registers one person's mention, and the group they make with the person named just before. */
function personReader(src: MentionSources, seen: SeenMention[]): (pm: PersonMention) => void {
  const { text, table, inQuote, genderOf } = src;
  const met = new Set<EntityRecord>();
  let last: { pm: PersonMention; e: EntityRecord } | null = null;
  return (pm) => {
    const e = table.person(pm.name, pm.role, genderOf(pm), pm.start, pm.gender);
    for (const w of pm.roleWords) e.roleWords.add(w);
    noteDescriptions(e, pm, seen, text);
    // "… for Mississauga accountant Babatunji Farinloye, 50. “…,” he says": someone introduced in full is
    // as likely the next "he" as a sentence's subject
    // (not as the possessive of a thing: "one shy of Wayne Gretzky's record")
    const introduced = pm.full && !met.has(e) && !ownsAThing(text, pm);
    met.add(e);
    seen.push({
      entity: e,
      start: pm.start,
      quoted: inQuote(pm.start),
      salient: pm.subject || introduced,
      subject: pm.subject,
      sentence: pm.sentence,
    });
    // "Haley and DeSantis took aim at each other. They accused …": two people joined by "and" are a group
    // a later "they" can stand for.
    if (last && last.e !== e && JOINED.test(text.slice(last.pm.end, pm.start)) && !inQuote(pm.start)) {
      const group = table.group(`${last.e.name} and ${e.name}`, last.pm.start);
      const subject = last.pm.subject;
      seen.push({ entity: group, start: pm.start, quoted: false, salient: subject, subject });
    }
    last = { pm, e };
  };
}
