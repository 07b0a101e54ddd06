// One statement's entry in the panel's list: a button (keyboard operable) carrying the testing hooks
// data-statement-id and data-speaker (the resolved name; empty where there is none, as for an unresolved
// "she"); render-statements.ts lists them by speaker. Page text goes in as text only.
import type { Statement, StatementKind } from '../core/types';
import type { SpeakerGroup } from '../shared/group-by-speaker';
import { continuesEarlier, mentionText, probableReason, speakerStanding } from '../shared/speaker-identity';
import { el } from './el';
import type { Translate } from '../ui/localize';

const KIND_KEYS: Readonly<Record<StatementKind, string>> = {
  direct: 'kindDirect',
  indirect: 'kindIndirect',
  mixed: 'kindMixed',
};

const PROBABLE_KEYS = {
  continued: 'statementProbableInherited',
  mention: 'statementProbableMention',
  unsure: 'statementProbable',
} as const;

/** For a speaker we are unsure of, or could not resolve, what the article wrote there, in words. */
function speakerNote(statement: Statement, group: SpeakerGroup, t: Translate): string | null {
  const { speaker } = statement;
  const mention = mentionText(speaker) ?? '…';
  const standing = speakerStanding(speaker);
  if (standing === 'unresolved') return t('statementUnresolved', mention);
  if (standing !== 'probable' || !speaker) return null;
  const continued = continuesEarlier(statement, group.statements);
  return t(PROBABLE_KEYS[probableReason(speaker, continued)], mention);
}

/** "warned · reported speech · via Reuters": the article's own verb first, no jargon label. */
function statementMeta(statement: Statement, t: Translate): string {
  const parts = [t(KIND_KEYS[statement.kind] ?? 'kindIndirect')];
  if (statement.cue) parts.unshift(statement.cue.text);
  if (statement.outlet) parts.push(t('statementOutlet', statement.outlet));
  return parts.join(' · ');
}

/** On a live blog (PageReport.entryTimes), the time of the entry each statement is in, by statement id. */
export type EntryTimes = Readonly<Record<string, string>>;

/** "09:12" in the reader's locale; the datetime as written when it is no date. */
function entryTime(doc: Document, datetime: string | undefined): Node | null {
  if (!datetime) return null;
  const date = new Date(datetime);
  const label = Number.isNaN(date.getTime())
    ? datetime
    : date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return el(doc, 'time', { attrs: { datetime } }, [label]);
}

export function renderEntry(
  doc: Document,
  statement: Statement,
  group: SpeakerGroup,
  t: Translate,
  times: EntryTimes,
): Node {
  const time = entryTime(doc, times[statement.id]);
  const { speaker } = statement;
  const standing = speakerStanding(speaker);
  const note = speakerNote(statement, group, t);
  const button = el(
    doc,
    'button',
    {
      className: 'statement',
      attrs: {
        type: 'button',
        // Out of the Tab order until roving focus makes one item the list's Tab stop.
        tabindex: '-1',
        'data-statement-id': statement.id,
        'data-speaker': speaker && standing !== 'unresolved' ? speaker.name : '',
        'data-speaker-id': speaker?.id ?? '',
        'data-standing': standing,
      },
    },
    [
      el(doc, 'span', { className: 'statement-text' }, [statement.text]),
      el(doc, 'span', { className: 'statement-meta' }, [time, time && ' · ', statementMeta(statement, t)]),
      note && el(doc, 'span', { className: 'statement-note' }, [note]),
    ],
  );
  return el(doc, 'li', {}, [button]);
}
