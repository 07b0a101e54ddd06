// The background's decisions as pure functions: what the badge says, and what a command asks the page.
import type { ContentMessage, PageState } from '../shared/messages';

export const MENU_ID = 'sourcelight-show';

/** Beyond this the badge (4 characters at most in Chrome) shows "999+". */
const BADGE_MAX = 999;

/** The badge text for a page state: the statement count when analysed, nothing otherwise. */
export function badgeFor(state: PageState, count: number): string {
  if (state !== 'ready' || !Number.isFinite(count) || count <= 0) return '';
  return count > BADGE_MAX ? `${BADGE_MAX}+` : String(Math.floor(count));
}

/**
 * The message a keyboard command sends. Toggle turns highlights off where they are shown, on where
 * the user turned them off, and analyses a page the detector skipped.
 */
export function commandMessage(command: string, state: PageState | null): ContentMessage | null {
  switch (command) {
    case 'next-statement':
      return { type: 'stepStatement', payload: { direction: 1 } };
    case 'previous-statement':
      return { type: 'stepStatement', payload: { direction: -1 } };
    case 'toggle-highlights':
      if (state === null) return null;
      if (state === 'not-article' || state === 'error') return { type: 'analyzeNow', payload: {} };
      return { type: 'setActive', payload: { active: state === 'disabled' } };
    default:
      return null;
  }
}
