// A page's parsePage answered where its copy is parsed: the service worker or Firefox's event page, and
// Chrome's offscreen document when the page sends its copy there directly (offscreen.ts). The same steps
// in each: an early copy answered only where the settings let the pass run by itself, the parse, and the
// analysis of its article's text (in the answer for a marked copy, right after it for a parsed one).
import type { BackgroundCommands } from '../shared/messages';
import type { CopyParse } from '../shared/page-copy';
import { noteParse } from './analysis-ahead';
import { thenAnalysis, withAnalysis } from './analyze-for-page';

type ParseRequest = BackgroundCommands['parsePage']['request'];

/** What the last early copy's check said (runs-by-itself.ts): its parse starts before the check only then. */
let lastAllowed = true;

/**
 * The answer to the frame `frame`'s copy: `allowed` is asked only of an early one (runs-by-itself.ts),
 * `parse` reads it (and, with `analyses` false, analyses it: Chrome's worker hands it on, analysis and
 * all, to the offscreen document). A request for the analysis ahead made meanwhile waits for it
 * (analysis-ahead.ts).
 */
export function answerParse(
  request: ParseRequest,
  frame: string,
  allowed: () => Promise<boolean>,
  parse: (request: ParseRequest) => Promise<CopyParse>,
  analyses = true,
): Promise<CopyParse> {
  // An early copy comes before the page has read its settings: it is answered only where they let the
  // pass run by itself; the page's own requests follow a run it decided on. Its parse does not wait for
  // the check (Chrome's offscreen document asks the worker: a round trip, on top of a worker that may be
  // asleep) where the last check let the pass run; after a refusal (auto-run off, a site switched off)
  // the next copy waits for its check, so none is parsed only to be thrown away page after page.
  const early = request?.early === true;
  const checked = early ? allowed().then((yes) => (lastAllowed = yes)) : Promise.resolve(true);
  const ahead = !early || lastAllowed ? parse(request) : null;
  ahead?.catch(() => undefined);
  const parsed = checked.then((yes) => {
    if (!yes) throw new Error('parsePage: Sourcelight does not run by itself here');
    return ahead ?? parse(request);
  });
  // A marked article's page reads its text while its copy is read here: the analysis comes in the
  // answer. A parsed one waits for the answer to find its article: the analysis follows it.
  const answered = parsed.then((found) => {
    if (!analyses) return found;
    return request.marked ? withAnalysis(found) : thenAnalysis(found, frame);
  });
  noteParse(frame, answered);
  return answered;
}
