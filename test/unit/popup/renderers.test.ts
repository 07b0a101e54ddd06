// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { groupBySpeaker } from '../../../src/shared/group-by-speaker';
import { typesPresent } from '../../../src/popup/filter-groups';
import { localize } from '../../../src/ui/localize';
import { formatDate, renderArticle } from '../../../src/popup/render-article';
import { renderCredits } from '../../../src/popup/render-credits';
import { renderStatements, renderTypeOptions } from '../../../src/popup/render-statements';
import { renderStatus } from '../../../src/popup/render-status';
import { renderSummary } from '../../../src/popup/render-summary';
import { summarizeSourcing } from '../../../src/shared/sourcing-summary';
import type { PageReport } from '../../../src/shared/messages';
import { analysis, speaker, statement, translate as t } from '../fixtures';

const HOSTILE = '<img src=x onerror="window.pwned=1">“quoted” & <b>bold</b>';

const mount = (node: Node | null): HTMLElement => {
  const root = document.createElement('div');
  if (node) root.append(node);
  return root;
};

describe('renderStatements', () => {
  const ana = speaker('Ana Ruiz', 'person', 'Mayor');
  const statements = [
    statement(ana, 'taxes will fall', { kind: 'direct', outlet: 'Wire Agency' }),
    statement(null, 'the plan failed', { cue: null }),
    statement(ana, HOSTILE),
  ];
  const onSelect = vi.fn();
  const root = mount(renderStatements(document, groupBySpeaker(statements), t, onSelect));

  it('has one entry per statement with the testing hooks', () => {
    const entries = [...root.querySelectorAll<HTMLElement>('[data-statement-id]')];
    expect(entries.map((e) => [e.dataset.statementId, e.dataset.speaker])).toEqual([
      [statements[0]?.id, 'Ana Ruiz'],
      [statements[2]?.id, 'Ana Ruiz'],
      [statements[1]?.id, ''],
    ]);
    expect(entries[0]?.textContent).toContain('taxes will fall');
    expect(entries.every((e) => e.tagName === 'BUTTON' && e.getAttribute('type') === 'button')).toBe(true);
  });

  it('shows the verb, kind and outlet in plain words, and the group role, type and count', () => {
    const meta = root.querySelector('.statement-meta')?.textContent ?? '';
    expect(meta).toBe(['said', t('kindDirect'), t('statementOutlet', 'Wire Agency')].join(' · '));
    expect(meta).not.toMatch(/cue/i);
    const heading = root.querySelector('h3');
    expect(heading?.textContent).toBe('Ana Ruiz');
    expect(heading?.nextElementSibling?.textContent).toBe(
      ['Mayor', t('speakerTypePerson'), t('statementCountMany', '2')].join(' · '),
    );
    expect(root.querySelectorAll('h3')[1]?.textContent).toBe(t('speakerUnattributed'));
  });

  it('keeps page text as text', () => {
    expect(root.querySelector('img, b')).toBeNull();
    expect(root.textContent).toContain(HOSTILE);
  });

  it('calls onSelect with the id when an entry is activated', () => {
    root.querySelector<HTMLButtonElement>(`[data-statement-id="${statements[1]?.id}"]`)?.click();
    expect(onSelect).toHaveBeenCalledWith(statements[1]?.id);
  });

  it('says so when the filter leaves nothing', () => {
    expect(mount(renderStatements(document, [], t, onSelect)).textContent).toBe(t('filterNoMatch'));
  });
});

describe('renderTypeOptions', () => {
  it('lists the kinds of source present and keeps a valid choice', () => {
    const groups = groupBySpeaker([
      statement(speaker('Ana Ruiz')),
      statement(speaker('Acme', 'organization')),
    ]);
    const typeSelect = document.createElement('select');
    renderTypeOptions(document, typeSelect, typesPresent(groups), t);
    expect([...typeSelect.options].map((o) => o.value)).toEqual(['all', 'person', 'organization']);
    typeSelect.value = 'organization';
    renderTypeOptions(document, typeSelect, typesPresent(groups), t);
    expect(typeSelect.value).toBe('organization');
    renderTypeOptions(document, typeSelect, ['person'], t);
    expect(typeSelect.value).toBe('all');
  });
});

describe('renderCredits', () => {
  it('lists each credit with its type and evidence', () => {
    const root = mount(
      renderCredits(
        document,
        [
          { name: 'Wire Agency', type: 'news agency', evidence: ['reported by Wire Agency', HOSTILE] },
          { name: 'multiple outlets', type: 'unnamed outlets', evidence: [] },
        ],
        t,
      ),
    );
    const items = root.querySelectorAll('.credit');
    expect(items).toHaveLength(2);
    expect(items[0]?.querySelector('.credit-name')?.textContent).toBe('Wire Agency');
    expect(items[0]?.textContent).toContain(t('creditTypeAgency'));
    expect([...(items[0]?.querySelectorAll('q') ?? [])].map((q) => q.textContent)).toEqual([
      'reported by Wire Agency',
      HOSTILE,
    ]);
    expect(items[1]?.textContent).toContain(t('creditTypeUnnamed'));
    expect(root.querySelector('img')).toBeNull();
  });
  it.each([
    [
      'a phrase that is only the name',
      [{ name: 'many outlets', type: 'unnamed outlets', evidence: ['Many outlets.'] }],
      [['many outlets', []]],
    ],
    [
      'the same name twice',
      [
        { name: 'Wire Agency', type: 'news agency', evidence: ['reported by Wire Agency'] },
        { name: 'wire agency', type: 'outlet', evidence: ['Wire Agency', 'told Wire Agency'] },
      ],
      [['Wire Agency', ['reported by Wire Agency', 'told Wire Agency']]],
    ],
  ] as const)(
    'shows each credit once, with evidence only where it adds something: %s',
    (_name, credits, expected) => {
      const items = [...mount(renderCredits(document, credits as never, t)).querySelectorAll('.credit')];
      expect(
        items.map((item) => [
          item.querySelector('.credit-name')?.textContent,
          [...item.querySelectorAll('q')].map((q) => q.textContent),
        ]),
      ).toEqual(expected);
    },
  );
  it('says when there are none', () => {
    expect(mount(renderCredits(document, [], t)).textContent).toBe(t('creditsNone'));
  });
});

describe('renderSummary', () => {
  const counts = (root: HTMLElement) =>
    Object.fromEntries(
      [...root.querySelectorAll<HTMLElement>('dd')].map((d) => [d.dataset.count, d.textContent]),
    );
  it('shows the counts, and unattributed claims only when there are any', () => {
    const withNone = mount(renderSummary(document, summarizeSourcing([statement(speaker('A B'))]), t));
    expect(counts(withNone)).toEqual({ summaryPeople: '1', summaryOrganizations: '0', summaryUnnamed: '0' });
    expect(withNone.textContent).toContain(t('summaryNamedShare', ['1', '1']));
    const withSome = mount(
      renderSummary(document, summarizeSourcing([statement(null), statement(speaker('A B'))]), t),
    );
    expect(counts(withSome).summaryUnattributed).toBe('1');
    expect(withSome.textContent).toContain(t('summaryNamedShare', ['1', '2']));
  });
});

describe('renderArticle', () => {
  it('shows the title and only the known facts', () => {
    const root = mount(
      renderArticle(
        document,
        analysis([], { title: HOSTILE, byline: 'By A Writer', published: '2024-02-13' }).article,
        t,
        'en',
      ),
    );
    expect(root.querySelector('.article-title')?.textContent).toBe(HOSTILE);
    expect([...root.querySelectorAll('dt')].map((d) => d.textContent)).toEqual([
      t('articleByline'),
      t('articlePublished'),
    ]);
    expect(root.textContent).toContain('Feb 13, 2024');
  });
  it('falls back to a placeholder title', () => {
    expect(mount(renderArticle(document, analysis([]).article, t)).textContent).toBe(t('articleUntitled'));
  });
  it.each([
    ['2024-02-13', 'Feb 13, 2024'],
    ['last Tuesday', 'last Tuesday'],
  ])('formatDate(%s)', (value, expected) => expect(formatDate(value, 'en')).toBe(expected));
});

describe('renderStatus', () => {
  const report: PageReport = { url: 'https://news.example/', state: 'not-article', analysis: null };
  it('offers "Analyze anyway" on pages that are not articles', () => {
    const analyzeNow = vi.fn();
    const root = mount(renderStatus(document, { kind: 'not-article', report }, t, { analyzeNow }));
    const button = root.querySelector('button');
    expect(button?.textContent).toBe(t('analyzeAnyway'));
    button?.click();
    expect(analyzeNow).toHaveBeenCalledOnce();
  });
  it('on demand, it offers to run rather than calling the page a non-article', () => {
    const analyzeNow = vi.fn();
    const root = mount(
      renderStatus(document, { kind: 'not-article', report }, t, { analyzeNow }, { onDemand: true }),
    );
    expect(root.textContent).toContain(t('stateOnDemand'));
    expect(root.textContent).not.toContain(t('stateNotArticle'));
    root.querySelector('button')?.click();
    expect(analyzeNow).toHaveBeenCalledOnce();
  });
  it.each([
    ['restricted browser page', { kind: 'restricted', reason: 'browser-page' }, 'restrictedBrowserPage'],
    ['restricted store', { kind: 'restricted', reason: 'web-store' }, 'restrictedWebStore'],
    ['not running', { kind: 'restricted', reason: 'not-running' }, 'restrictedNotRunning'],
    ['url unknown', { kind: 'restricted', reason: 'unknown' }, 'restrictedUnknown'],
    ['loading', { kind: 'loading' }, 'stateLoading'],
    ['disabled', { kind: 'disabled', report }, 'stateDisabled'],
    ['empty', { kind: 'empty', report, analysis: analysis([]) }, 'stateEmpty'],
    ['asked, nothing found', { kind: 'nothing-found', report }, 'stateNothingFound'],
  ] as const)('%s', (_name, view, key) => {
    expect(mount(renderStatus(document, view, t, { analyzeNow: vi.fn() })).textContent).toContain(t(key));
  });
  it.each([
    ['a common language is named', 'de', 'This page is in German; Sourcelight reads English articles.'],
    ['so is a less common one', 'pl', 'This page is in Polish; Sourcelight reads English articles.'],
    ['no code: a sentence without a name', null, t('stateOtherLanguageUnnamed')],
    ['a code no one knows: the same', 'qq', t('stateOtherLanguageUnnamed')],
  ] as const)('another language, %s', (_name, code, text) => {
    const view = { kind: 'other-language', report, code } as const;
    expect(mount(renderStatus(document, view, t, { analyzeNow: vi.fn() })).textContent).toBe(text);
  });
  it('renders nothing when the analysis speaks for itself', () => {
    expect(
      renderStatus(document, { kind: 'ready', report, analysis: analysis([]) }, t, { analyzeNow: vi.fn() }),
    ).toBeNull();
  });
});

describe('localize', () => {
  it('fills text and aria-labels from the message keys', () => {
    const root = document.createElement('div');
    const heading = document.createElement('h2');
    heading.dataset.i18n = 'creditsHeading';
    const button = document.createElement('button');
    button.dataset.i18nLabel = 'exportCopy';
    root.append(heading, button);
    localize(root, t);
    expect(heading.textContent).toBe(t('creditsHeading'));
    expect(button.getAttribute('aria-label')).toBe(t('exportCopy'));
  });
});
