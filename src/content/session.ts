// The analyzer, loaded with import() only on article pages or when the user asks: runs the pass,
// keeps the page's highlights in step with re-renders and navigation, and answers for the page.
import type { Statement } from '../core/types';
import { anchorQuote } from '../page/anchor';
import { createHighlighter, type Highlighter } from '../page/highlighter';
import { readArticle } from '../page/extract-article';
import type { PageReport, PageState } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { analyzePage, anchorStatements, paintStatements, type PageAnalysis } from './analyze-page';
import { analyzeText } from './analyze-text';
import { createCardController, type CardController } from './card-controller';
import { cardLabels } from './card-labels';
import { watchPage, type PageWatch } from './watch-page';

export interface SessionEnv {
  readonly doc: Document;
  readonly settings: () => Settings;
  /** Called after every change of state or statements (the entry forwards it to the background). */
  readonly onReport: (report: PageReport) => void;
  /** Called when the document navigated to another URL: the entry decides whether to run again. */
  readonly onNavigated: () => void;
  /** False once this script is orphaned (the extension was reloaded or removed): then it cleans up. */
  readonly isAlive: () => boolean;
  readonly onOrphaned: () => void;
}

export interface Session {
  run(): Promise<PageReport>;
  report(): PageReport;
  show(id: string): Promise<boolean>;
  step(direction: 1 | -1): Promise<boolean>;
  setActive(active: boolean): Promise<PageReport>;
  /** Removes every trace from the page and stops all listeners. */
  dispose(): void;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Moves a statement (and its mention) to a new span found by re-anchoring. */
function shifted(statement: Statement, start: number, end: number): Statement {
  const delta = start - statement.start;
  const mention = statement.speaker?.mention;
  const move = <T extends { start: number; end: number }>(span: T): T => ({
    ...span,
    start: span.start + delta,
    end: span.end + delta,
  });
  return {
    ...statement,
    start,
    end,
    cue: statement.cue ? move(statement.cue) : null,
    speaker:
      statement.speaker && mention ? { ...statement.speaker, mention: move(mention) } : statement.speaker,
  };
}

export function createSession(env: SessionEnv): Session {
  const { doc } = env;
  let state: PageState = 'not-article';
  let error: string | undefined;
  let current: PageAnalysis | null = null;
  let pass: AbortController | null = null;
  let lifetime = new AbortController();
  let watch: PageWatch | null = null;
  const raw: Highlighter = createHighlighter(doc, {
    highContrast: env.settings().colorScheme === 'high-contrast',
  });
  // Our own marks (fallback mode) must not look like page changes to the watcher.
  const highlighter: Highlighter = {
    mode: raw.mode,
    add: (items) => (watch ? watch.muted(() => raw.add(items)) : raw.add(items)),
    setActive: (id) => (watch ? watch.muted(() => raw.setActive(id)) : raw.setActive(id)),
    statementAt: (x, y, target) => raw.statementAt(x, y, target),
    clear: () => (watch ? watch.muted(() => raw.clear()) : raw.clear()),
  };
  const cards: CardController = createCardController(
    doc,
    highlighter,
    cardLabels(),
    () => current,
    () => env.settings().colorScheme,
  );

  const report = (): PageReport => ({
    url: doc.location.href,
    state,
    analysis: state === 'ready' && current ? current.analysis : null,
    ...(error ? { error } : {}),
  });
  const changed = (next: PageState): void => {
    state = next;
    env.onReport(report());
  };
  const options = () => ({ showUnattributed: env.settings().showUnattributed });

  const clearPage = (): void => {
    cards.close();
    highlighter.clear();
  };

  /** Runs `work` as the one current pass; a newer pass aborts the older one. */
  const exclusive = async (work: (signal: AbortSignal) => Promise<void>): Promise<void> => {
    pass?.abort();
    const controller = new AbortController();
    pass = controller;
    try {
      await work(controller.signal);
    } catch (caught) {
      if (isAbort(caught)) return;
      error = caught instanceof Error ? caught.message : String(caught);
      changed('error');
    } finally {
      if (pass === controller) pass = null;
    }
  };

  /** The page changed while a full pass was under way (it may have read the article before the change). */
  let changedDuringPass = false;

  const fullPass = (): Promise<void> =>
    exclusive(async (signal) => {
      clearPage();
      current = null;
      error = undefined;
      changedDuringPass = false;
      changed('analyzing');
      current = await analyzePage(doc, highlighter, options(), signal);
      changed(current ? 'ready' : 'not-article');
      if (current && changedDuringPass) void refresh();
    });

  /** The article changed in place: follow it without a new Readability parse where possible. */
  const refresh = (): Promise<void> => {
    // Not abort the pass under way (it would leave the page unanalysed): it catches up once done.
    if (state === 'analyzing') {
      changedDuringPass = true;
      return Promise.resolve();
    }
    return exclusive(async (signal) => {
      const before = current;
      if (!before || state !== 'ready') return;
      const article = before.located.root.isConnected ? readArticle(before.located) : null;
      if (!article) return void (await fullPass());
      let statements: readonly Statement[] = before.analysis.statements;
      if (article.text !== before.article.text) {
        // Re-anchor what we had (fuzzy, as Hypothesis does) so highlights survive at once…
        statements = before.anchored.flatMap(({ statement, quote }) => {
          const span = anchorQuote(article.text, quote);
          return span ? [shifted(statement, span.start, span.end)] : [];
        });
      }
      const anchored = await anchorStatements(article.map, statements, signal);
      clearPage();
      current = { located: before.located, article, analysis: { ...before.analysis, statements }, anchored };
      await paintStatements(highlighter, anchored, options(), signal);
      if (article.text === before.article.text) return;
      // …then analyse the new text: appended paragraphs bring new statements.
      const analysis = await analyzeText(article.text, article.hints, signal);
      const fresh = await anchorStatements(article.map, analysis.statements, signal);
      clearPage();
      current = { located: before.located, article, analysis, anchored: fresh };
      await paintStatements(highlighter, fresh, options(), signal);
      changed('ready');
    });
  };

  const startWatching = (): void => {
    const signal = lifetime.signal;
    watch = watchPage(
      doc,
      // While a pass runs the article is not located yet: any change in the body may be in it.
      () => current?.located.root ?? (state === 'analyzing' ? doc.body : null),
      {
        onContentChanged: () => (env.isAlive() ? void refresh() : env.onOrphaned()),
        onNavigated: () => (env.isAlive() ? env.onNavigated() : env.onOrphaned()),
      },
      signal,
    );
    doc.addEventListener(
      'click',
      (event) => {
        if (state !== 'ready' || !doc.getSelection()?.isCollapsed) return;
        if (!env.isAlive()) return env.onOrphaned();
        const id = highlighter.statementAt(event.clientX, event.clientY, event.target);
        if (id) cards.open(id, false);
      },
      { signal, passive: true },
    );
  };

  return {
    async run() {
      if (!watch) startWatching();
      await fullPass();
      return report();
    },
    report,
    async show(id) {
      return state === 'ready' && cards.open(id, true);
    },
    async step(direction) {
      return state === 'ready' && cards.step(direction);
    },
    async setActive(active) {
      if (!active) {
        pass?.abort();
        clearPage();
        lifetime.abort();
        watch = null;
        current = null;
        changed('disabled');
        return report();
      }
      lifetime.abort();
      lifetime = new AbortController();
      startWatching();
      await fullPass();
      return report();
    },
    dispose() {
      pass?.abort();
      lifetime.abort();
      clearPage();
      watch = null;
      current = null;
    },
  };
}
