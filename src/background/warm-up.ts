// A background that has just started (the first article of a session, or after the browser stopped an
// idle worker) runs the core cold: its first analysis costs several times a warm one, compiling as it
// goes. An article page says it is one as soon as it is detected, some 20–40 ms before its text is
// ready; analysing a short sample of our own in that gap compiles most of the core, so the page's own
// request runs warm.
import { analyze } from '../core/index';

/** Our own text, written to touch each kind of statement and source the core tells apart. */
export const WARM_UP_TEXT = [
  'The ministry will review the plan, Health Minister Maria Lopez said on Tuesday. "We are not going',
  'to rush this," she told reporters. According to two officials familiar with the talks, the review',
  'could take months. Analysts warned that delays would raise costs, while the company said in a',
  'statement that it welcomed the decision. The concern was voiced by several lawmakers, Reuters',
  'reported. "It is a good first step," said John Smith, a spokesman for the Workers Union, adding that',
  'members expected more. The mayor said the budget was "simply not enough" for the city. Critics have',
  'a simpler view: "Nobody is protected," one resident said.',
].join(' ');

let warm = false;

/** The core has run in this background's lifetime: warming it again would only cost time. */
export function markWarm(): void {
  warm = true;
}

/** Runs the core once over the sample unless it has run already; true when it ran now. */
export function warmUp(): boolean {
  if (warm) return false;
  markWarm();
  analyze(WARM_UP_TEXT, {});
  return true;
}
