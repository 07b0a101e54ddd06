// What a session listens to while it is on: the page changing under its highlights (re-renders,
// appended paragraphs, navigation) and clicks on them. Everything stops with `signal`.
import { mayOpenCard } from '../page/may-open-card';
import type { PageStore } from './page-store';
import type { SessionView } from './session-view';
import { watchPage, type PageWatch } from './watch-page';

/** What the entry is told of the page's life (session.ts passes these on from the entry). */
export interface PageLifeHooks {
  /** Called when the document navigated to another URL: the entry decides whether to run again. */
  readonly onNavigated: () => void;
  /** False once this script is orphaned (the extension was reloaded or removed): then it cleans up. */
  readonly isAlive: () => boolean;
  readonly onOrphaned: () => void;
}

interface SessionWatchEnv extends PageLifeHooks {
  readonly doc: Document;
  readonly store: PageStore;
  readonly view: SessionView;
  readonly onContentChanged: () => void;
}

export function watchSession(env: SessionWatchEnv, signal: AbortSignal): PageWatch {
  const { doc, store, view } = env;
  const whileAlive = (then: () => void) => () => (env.isAlive() ? then() : env.onOrphaned());
  const watch = watchPage(
    doc,
    // While a pass runs the article is not located yet: any change in the body may be in it.
    () => store.current?.located.root ?? (store.state === 'analyzing' ? doc.body : null),
    { onContentChanged: whileAlive(env.onContentChanged), onNavigated: whileAlive(env.onNavigated) },
    signal,
  );
  doc.addEventListener(
    'click',
    (event) => {
      if (store.state !== 'ready' || !mayOpenCard(event) || !doc.getSelection()?.isCollapsed) return;
      if (!env.isAlive()) return env.onOrphaned();
      const id = view.highlighter.statementAt(event.clientX, event.clientY, event.target);
      if (id) view.cards.open(id, false);
    },
    { signal, passive: true },
  );
  return watch;
}
