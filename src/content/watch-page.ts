// Notices when the analysed article changes under us: paragraphs appended as the reader scrolls, a
// framework re-rendering the text, or a single-page app navigating to another article. One debounced
// MutationObserver on <body> (the article container itself can be replaced wholesale), plus the
// Navigation API's navigatesuccess and popstate for URL changes.

export interface PageWatchEvents {
  /** Text inside the article container changed, or the container left the document. */
  readonly onContentChanged: () => void;
  /** The document's URL changed (same-document navigation). */
  readonly onNavigated: () => void;
}

export interface PageWatch {
  /** Runs our own DOM work (fallback marks) without it counting as a page change. */
  muted<T>(work: () => T): T;
}

/** Quiet time before reacting: re-renders and lazy loading come in bursts of mutations. */
export const REFRESH_DEBOUNCE_MS = 400;
/**
 * The longest a change waits for quiet: a page that never stops changing (a "5 seconds ago" ticker
 * every 100 ms) would otherwise restart the debounce forever, and new paragraphs would never be analysed.
 * Short enough for them to be painted within about 2 s.
 */
export const REFRESH_MAX_WAIT_MS = 1500;

import { isCardHost } from '../page/card-element';

type NavigationLike = EventTarget;

function isOurs(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!element && (element.closest('sourcelight-mark') !== null || isCardHost(element));
}

/** Whether the mutations change the article's text (our own marks and card do not). */
function changesArticle(records: readonly MutationRecord[], article: Element): boolean {
  if (!article.isConnected) return true;
  return records.some((record) => {
    if (!article.contains(record.target) || isOurs(record.target)) return false;
    const added = Array.from(record.addedNodes);
    return !(added.length > 0 && added.every(isOurs));
  });
}

interface Debounced {
  schedule(): void;
  cancel(): void;
}

/** A debounce that also fires `maxWaitMs` after the first call it holds, however often it is called. */
function debounced(run: () => void, waitMs: number, maxWaitMs: number): Debounced {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;
  const cancel = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    if (deadline !== undefined) clearTimeout(deadline);
    timer = deadline = undefined;
  };
  const fire = (): void => {
    cancel();
    run();
  };
  return {
    schedule() {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(fire, waitMs);
      deadline ??= setTimeout(fire, maxWaitMs);
    },
    cancel,
  };
}

export function watchPage(
  doc: Document,
  root: () => Element | null,
  events: PageWatchEvents,
  signal: AbortSignal,
): PageWatch {
  const view = doc.defaultView;
  let url = doc.location.href;
  let contentChanged = false;
  let muteDepth = 0;

  const flush = (): void => {
    if (signal.aborted) return;
    if (doc.location.href !== url) {
      url = doc.location.href;
      contentChanged = false;
      events.onNavigated();
    } else if (contentChanged) {
      contentChanged = false;
      events.onContentChanged();
    }
  };
  const refresh = debounced(flush, REFRESH_DEBOUNCE_MS, REFRESH_MAX_WAIT_MS);
  const schedule = refresh.schedule;

  const observer = new MutationObserver((records) => {
    if (muteDepth > 0 || signal.aborted) return;
    const article = root();
    if (doc.location.href !== url) return schedule();
    if (!article || !changesArticle(records, article)) return;
    contentChanged = true;
    schedule();
  });
  if (doc.body) observer.observe(doc.body, { childList: true, subtree: true, characterData: true });

  const navigation = (view as (Window & { navigation?: NavigationLike }) | null)?.navigation;
  navigation?.addEventListener('navigatesuccess', schedule, { signal });
  view?.addEventListener('popstate', schedule, { signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    refresh.cancel();
  });

  return {
    muted(work) {
      muteDepth++;
      try {
        return work();
      } finally {
        observer.takeRecords();
        muteDepth--;
      }
    },
  };
}
