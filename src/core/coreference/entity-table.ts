// The people and organisations an article names, one record each however named ("McCallum" and "Mayor McCallum"
// one person, "the Fed" and "the Federal Reserve" one organisation), kept while one article is resolved.
import { noteTitleNouns, titleNounsOf } from './title-nouns';
import { tidyRole } from './tidy-role';
import { ORGANIZATION_ALIASES } from '../lexicon/organizations';
import { headGender } from './head-gender';
import type { SpeakerType } from '../types';
import { latest, type EntityRecord, type Gender } from './entity-record';
import { bareOrg, initialKeys, orgName } from './org-keys';
import { companyShortNames } from './company-short-name';
import { givenNames, innerSurname, lowerEnds, sameFirst, surnameOf, words } from './person-name-words';
import { fullerRole } from './entity-role';
import { isKinOrder, mainOf, surnameBearer } from './surname-bearer';

export type { EntityRecord, Gender } from './entity-record';

export class EntityTable {
  readonly all: EntityRecord[] = [];
  // Indexes, so each lookup costs the same however many names an article holds.
  private readonly byName = new Map<string, EntityRecord>();
  private readonly bySurname = new Map<string, EntityRecord[]>();
  private readonly byFirst = new Map<string, EntityRecord[]>();
  private readonly orgs = new Map<string, EntityRecord>();
  /** Companies by the short names they go by ("Samsung" for "Samsung Electronics Co."). */
  private readonly companies = new Map<string, EntityRecord>();
  /** Names the text shows to be companies somewhere (company-cue.ts: "… said in a statement that its …"). */
  private readonly cued: ReadonlySet<string>;

  constructor(cuedCompanies: readonly string[] = []) {
    this.cued = new Set(cuedCompanies.map(bareOrg));
  }

  /** The person a name stands for: a full name matches the same full name or a surname-only record; a
   * single word matches the person with that surname who speaks, else the only one with that given name.
   * `byTitle`: the gender a title in the mention gives ("Mrs. Clinton"), surer than `gender`. */
  person(
    name: string,
    role: string | null,
    gender: Gender,
    offset: number,
    byTitle: Gender = null,
  ): EntityRecord {
    const exact = this.byName.get(`person:${name.toLowerCase()}`);
    if (exact) return this.update(exact, role, gender, offset); // the usual case: a name seen before
    const ws = words(name);
    const sameSurname = this.bySurname.get(surnameOf(name)) ?? [];
    const company = sameSurname.length === 0 ? this.companyNamed(name) : undefined;
    if (company) return this.update(company, null, null, offset);
    let found: EntityRecord | undefined;
    if (ws.length > 1) {
      const lower = name.toLowerCase();
      // "Taoiseach Leo Varadkar" for "Leo Varadkar": an unknown title before a known full name.
      const titled = sameSurname.find(
        (e) => e.name.includes(' ') && lower.endsWith(` ${e.name.toLowerCase()}`),
      );
      // "López Obrador" for "Andrés Manuel López Obrador": the two surnames of a name seen in full
      const surnames = sameSurname.find((e) => e.name.toLowerCase().endsWith(` ${lower}`));
      found =
        this.byName.get(`person:${lower}`) ??
        titled ??
        surnames ??
        latest(sameSurname.filter((e) => words(e.name).length === 1 || sameFirst(e.name, name))) ??
        // ("Brazil's Lula …", "Ethiopia's Abiy …" before "Luiz Inácio Lula da Silva", "Abiy Ahmed": the name
        // someone goes by, seen alone first)
        givenNames(name)
          .map((w) => this.byName.get(`person:${w}`))
          .find((e) => e !== undefined && !e.name.includes(' '));
      if (found && !titled && words(found.name).length < ws.length) {
        found.name = name;
        this.index(found);
      }
    } else {
      const byFirst = this.byFirst.get(name.toLowerCase()) ?? [];
      // ("Getachew Reda … Getachew said" before "Nebiat Getachew" is introduced: the one named so far;
      // "Lorena Guzmán Félix … Guzmán said" after Joaquín Guzmán was last named: the one named since)
      // (seen before, whether or not its introduction was noted: "Mr Tan Wei Jie … Mr Tan said")
      const one = byFirst.length === 1 ? byFirst[0] : undefined;
      const named = one !== undefined && (one.firstAt ?? (one.last >= 0 ? one.last : offset)) < offset;
      const since = byFirst[0] && innerSurname(byFirst[0].name, name) ? (byFirst[0].firstAt ?? -1) : -1;
      const later = sameSurname.every((e) => (e.firstAt ?? -1) > offset || e.last < since);
      found =
        named && later
          ? byFirst[0]
          : surnameBearer(sameSurname, { byTitle, offset, ordered: isKinOrder(role), title: role, name });
      if (!found && byFirst.length === 1) found = byFirst[0];
    }
    const e = found ?? this.add(name, 'person', false);
    const prefix =
      name.length > e.name.length && lowerEnds(name, e.name) ? name.slice(0, -e.name.length).trim() : null;
    return this.update(e, fullerRole(role, prefix), gender, offset);
  }

  /** "Samsung" after "Samsung Electronics Co.": a company's short name; or a one-word organisation the text
   * named ("Meta, TikTok and Snap … Snap said"). Asked only for a name no one bears as a surname. */
  private companyNamed(name: string): EntityRecord | undefined {
    const key = bareOrg(name);
    // (one named by the word itself before one whose name opens on it: "Copperleaf", not "Copperleaf
    // Workers United")
    return (name.includes(' ') ? undefined : this.orgs.get(key)) ?? this.companies.get(key);
  }

  private update(e: EntityRecord, role: string | null, gender: Gender, offset: number): EntityRecord {
    e.role = fullerRole(e.role, tidyRole(role));
    noteTitleNouns(e, titleNounsOf(role));
    e.gender ??= gender;
    e.last = Math.max(e.last, offset);
    return e;
  }

  /** A person already named in full, whatever the case it is written in now ("JOEL BENS:"). */
  knownPerson(name: string): EntityRecord | undefined {
    return this.byName.get(`person:${name.toLowerCase()}`);
  }

  /** The person a name already seen stands for, without adding one: the full name, or a surname's main
   * bearer (as person() would choose). */
  seenPerson(name: string): EntityRecord | undefined {
    return this.knownPerson(name) ?? mainOf(this.bySurname.get(surnameOf(name)) ?? []);
  }
  /** Whether a single word is the surname or first name of a person seen so far. */
  namesPerson(word: string): boolean {
    const w = word.toLowerCase();
    return this.bySurname.has(w) || this.byFirst.has(w);
  }

  /** An organisation already seen under exactly that name, or one the text shows to be a company even
   * before that mention ("Norfolk Southern said …" before "… said in a statement that its …"). */
  knownOrganization(name: string, offset = -1): EntityRecord | undefined {
    const key = bareOrg(name);
    return this.orgs.get(key) ?? (this.cued.has(key) ? this.organization(name, offset) : undefined);
  }
  /** The organisation a name stands for: the same name, or an acronym of a name seen ("IRCC"); `alias`, another
   * name the text gives it ("known as AGCM"), finds it too unless it names another. */
  organization(written: string, offset: number, plural = false, alias?: string): EntityRecord {
    // "the Fed" and "the Federal Reserve" meet under one key; the entity keeps the name first written.
    const canonical = bareOrg(ORGANIZATION_ALIASES.get(bareOrg(written)) ?? written);
    const found =
      this.orgs.get(canonical) ??
      this.companies.get(canonical) ??
      (canonical.length >= 2 ? this.orgs.get(`initials:${canonical}`) : undefined);
    const e = found ?? this.add(orgName(written), 'organization', plural);
    if (!found) this.orgs.set(canonical, e);
    if (alias !== undefined && !this.orgs.has(bareOrg(alias))) this.orgs.set(bareOrg(alias), e);
    e.last = Math.max(e.last, offset);
    return e;
  }

  /** An unnamed source ("senior officials"): the same words are the same source. */
  unnamed(name: string, plural: boolean, offset: number): EntityRecord {
    const e = this.byName.get(`unnamed:${name.toLowerCase()}`) ?? this.add(name, 'unnamed', plural);
    e.gender ??= plural ? null : headGender(name);
    e.last = Math.max(e.last, offset);
    return e;
  }

  /** People or organisations named together ("Haley and DeSantis"): a plural the same words find again. */
  group(name: string, offset: number, type: 'person' | 'organization' = 'person'): EntityRecord {
    const e = this.byName.get(`${type}:${name.toLowerCase()}`) ?? this.add(name, type, true);
    e.last = Math.max(e.last, offset);
    return e;
  }

  private add(name: string, type: SpeakerType, plural: boolean): EntityRecord {
    const e: EntityRecord = {
      key: this.all.length,
      name,
      type,
      role: null,
      gender: null,
      plural,
      roleWords: new Set(),
      last: -1,
      statements: 0,
    };
    this.all.push(e);
    this.index(e);
    return e;
  }

  private index(e: EntityRecord): void {
    this.byName.set(`${e.type}:${e.name.toLowerCase()}`, e);
    if (e.type === 'organization') {
      this.orgs.set(bareOrg(e.name), e);
      for (const ini of initialKeys(e.name))
        if (ini.length >= 2 && !this.orgs.has(`initials:${ini}`)) this.orgs.set(`initials:${ini}`, e);
      for (const short of companyShortNames(e.name))
        if (!this.companies.has(short)) this.companies.set(short, e);
      return;
    }
    // a group ("Haley and DeSantis") is found by its whole name only, never by "DeSantis"
    if (e.type !== 'person' || e.plural) return;
    const push = (m: Map<string, EntityRecord[]>, k: string): void => {
      const list = m.get(k);
      if (!list) m.set(k, [e]);
      else if (!list.includes(e)) list.push(e);
    };
    push(this.bySurname, surnameOf(e.name));
    for (const given of givenNames(e.name)) push(this.byFirst, given);
  }
}
