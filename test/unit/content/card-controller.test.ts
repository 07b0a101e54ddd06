// @vitest-environment jsdom
// The card's previous/next walks one entity's statements, by the core's speaker id: "Meghan Markle",
// "the duchess" and a resolved "she" are one speaker; two unresolved "she"s are not; the highlights'
// colours follow the same identity.
import { describe, expect, it, vi } from 'vitest';
import type { Speaker, Statement } from '../../../src/core/types';
import { DEFAULT_CARD_LABELS } from '../../../src/page/card';
import type { Highlighter } from '../../../src/page/highlighter';
import { buildTextMap } from '../../../src/page/text-map';
import { UNATTRIBUTED_COLOR } from '../../../src/shared/speaker-colors';
import type { PageAnalysis } from '../../../src/content/page-analysis';
import type { CardHooks } from '../../../src/content/card-controller';
import { cardShadow } from '../find-card';

// The polyfill refuses to load outside an extension; nothing here calls it.
vi.mock('webextension-polyfill', () => ({ default: {} }));

// jsdom marks every dispatched event untrusted: these tests stand in for the user.
vi.mock('../../../src/page/trusted-event', () => ({ isTrustedEvent: () => true }));
const { anchorStatements } = await import('../../../src/content/anchor-statements');
const { stage } = await import('../../../src/content/stage');
const { createCardController } = await import('../../../src/content/card-controller');

const who = (id: string, name: string, type: Speaker['type'] = 'person', mention = name): Speaker => ({
  id,
  name,
  type,
  role: null,
  mention: { start: 0, end: mention.length, text: mention },
  aliases: [],
  confidence: type === 'unknown' ? 0 : 0.9,
});
const meghan = who('e1', 'Meghan Markle');
const duchess = who('e1', 'Meghan Markle', 'person', 'the duchess');
const harry = who('e2', 'Prince Harry');
const she1 = who('e3', 'she', 'unknown');
const she2 = who('e4', 'she', 'unknown');

// Invented sentences, one statement per paragraph.
const ROWS: [string, Speaker | null][] = [
  ['the visit was private', meghan],
  ['the trip was short', harry],
  ['the children were well', duchess],
  ['the talks were long', she1],
  ['the palace was silent', she2],
  ['the roads were closed', null],
  ['the rain kept falling', null],
  // No cue of its own: it continues the duchess's quote and keeps that mention, with less confidence.
  ['and the sun came out', { ...duchess, confidence: 0.5 }],
];

function setUp() {
  document.body.innerHTML = `<article>${ROWS.map(([text]) => `<p>${text}</p>`).join('')}</article>`;
  const map = buildTextMap(document.querySelector('article')!);
  const statements: Statement[] = ROWS.map(([text, speaker], i) => {
    const start = map.text.indexOf(text);
    return {
      id: `s${i + 1}`,
      start,
      end: start + text.length,
      text,
      kind: 'indirect',
      cue: i === ROWS.length - 1 ? null : { start: 0, end: 4, text: 'said' },
      speaker,
      outlet: null,
      confidence: 0.9,
    };
  });
  return { map, statements };
}

const highlighter: Highlighter = {
  mode: 'highlight-api',
  prefix: 'sourcelight-test',
  add: () => undefined,
  setActive: () => undefined,
  setFocus: () => undefined,
  statementAt: () => null,
  clear: () => undefined,
};

/** The page of ROWS, anchored, and a controller over it that tells `hooks` of each card opened and each keyboard step. */
async function controllerOnPage(hooks: CardHooks = {}) {
  const { map, statements } = setUp();
  const anchored = await stage('anchor', new AbortController().signal, (clock) =>
    anchorStatements(map, statements, clock),
  );
  const analysis = {
    anchored,
    analysis: { statements, article: { publisher: null } },
  } as unknown as PageAnalysis;
  return {
    anchored,
    cards: createCardController(
      document,
      highlighter,
      DEFAULT_CARD_LABELS,
      () => analysis,
      () => 'auto',
      hooks,
    ),
  };
}

describe('card previous/next and colours by identity', async () => {
  const { anchored, cards } = await controllerOnPage();
  const part = (name: string) => cardShadow(document)?.querySelector(`[part="${name}"]`) ?? null;

  const cases: [string, string, string, string | null][] = [
    ['the name and "the duchess" are one speaker', 's1', '1 of 3 by this speaker', 's3'],
    ['…and so is the quote that continues', 's3', '2 of 3 by this speaker', 's8'],
    ['…from the last, next is disabled', 's8', '3 of 3 by this speaker', null],
    ['another speaker', 's2', '1 of 1 by this speaker', null],
    ['two unresolved "she"s are not one speaker', 's4', '1 of 1 by this speaker', null],
    ['statements with no speaker step among themselves', 's6', '1 of 2 by this speaker', 's7'],
  ];
  it.each(cases)('%s', (_name, id, position, nextId) => {
    expect(cards.open(id, false)).toBe(true);
    expect(part('position')?.textContent).toBe(position);
    const next = part('next') as HTMLButtonElement;
    expect(next.disabled).toBe(nextId === null);
    if (nextId) {
      next.click();
      expect(part('text')?.textContent).toBe(ROWS[Number(nextId.slice(1)) - 1]![0]);
    }
    cards.close();
  });

  it('says a continued quote continues, rather than quoting the mention it kept', () => {
    cards.open('s8', false);
    expect(part('confidence')?.textContent).toBe(DEFAULT_CARD_LABELS.probableInherited('Meghan Markle'));
    cards.open('s3', false);
    expect(part('confidence')).toBeNull();
    cards.close();
  });

  it('paints one colour per identity, and the neutral one for unresolved and missing speakers', () => {
    expect(anchored.map((a) => a.color)).toEqual([
      0,
      1,
      0,
      UNATTRIBUTED_COLOR,
      UNATTRIBUTED_COLOR,
      UNATTRIBUTED_COLOR,
      UNATTRIBUTED_COLOR,
      0,
    ]);
  });
});

describe('steps of the keyboard are told where they went', async () => {
  const told: [string, number, number][] = [];
  const opened: string[] = [];
  const { cards } = await controllerOnPage({
    onStepped: (entry, index, count) => told.push([entry.statement.id, index, count]),
    onOpened: (id) => opened.push(id),
  });

  it.each([
    ['next from nothing open: the first', 1, ['s1', 1, 8]],
    ['next again', 1, ['s2', 2, 8]],
    ['previous', -1, ['s1', 1, 8]],
    ['previous from the first wraps to the last', -1, ['s8', 8, 8]],
  ] as const)('%s', (_name, direction, expected) => {
    expect(cards.step(direction)).toBe(true);
    expect(told.at(-1)).toEqual(expected);
  });

  it('a click that opens a card is not a step: nothing is told', () => {
    const before = told.length;
    cards.open('s4', false);
    expect(told.length).toBe(before);
    cards.close();
  });

  it('every card opened, stepped to or clicked, is told to the panel', () => {
    expect(opened).toEqual(['s1', 's2', 's1', 's8', 's4']);
    expect(cards.open('nowhere', false)).toBe(false);
    expect(opened.at(-1)).toBe('s4');
  });
});
