// When the entry runs the analyzer by itself: on an article page with auto-run on and the site not
// switched off; again after a same-document navigation; and once an article arrives late on a page that
// had none to read at first (late-article.ts).
import { detectArticle, type ArticleEvidence } from '../page/detect-article';
import { dropEarlyStyles } from './early-styles';
import { lateArticleWatch } from './late-article';
import type { PageStore } from './page-store';
import type { SessionSlot } from './session-slot';
import type { SettingsReader } from './settings-reader';

interface AutoRunEnv {
  readonly store: PageStore;
  readonly settings: SettingsReader;
  readonly slot: SessionSlot;
  readonly blockedHere: () => boolean;
  readonly signal: AbortSignal;
}

export interface AutoRun {
  /** Runs the pass if the page is an article and the user lets it run; else says why not. */
  run(): Promise<void>;
  /** The document navigated: the old session goes, the new page is judged afresh. */
  navigated(): Promise<void>;
}

export function createAutoRun(env: AutoRunEnv, first: ArticleEvidence): AutoRun {
  const { store, settings, slot, signal } = env;
  let evidence = first;
  const run = async (): Promise<void> => {
    // No pass by itself: the paint the document_start script adopted for it goes (early-styles.ts).
    if (!evidence || !settings.current().autoRun || env.blockedHere()) dropEarlyStyles();
    if (!evidence) store.enter('not-article');
    else if (!settings.current().autoRun || env.blockedHere())
      return store.enter(env.blockedHere() ? 'disabled' : 'not-article');
    else await (await slot.load()).run();
    // Nothing to read yet: the article may still be on its way (a client-rendered page).
    if (store.state === 'not-article' && !signal.aborted) late.arm();
  };
  const late = lateArticleWatch(
    document,
    () => detectArticle(document) !== null,
    () => {
      evidence = detectArticle(document);
      store.enter('analyzing');
      void settings.load().then(run);
    },
    signal,
  );
  return {
    run,
    async navigated() {
      evidence = detectArticle(document);
      await slot.drop();
      store.assume(evidence ? 'analyzing' : 'not-article');
      await run();
    },
  };
}
