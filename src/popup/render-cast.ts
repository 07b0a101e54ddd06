// The cast list at the top of the panel: one chip per speaker (colour swatch, name, count), the muted
// unresolved and unattributed chips last, as groupBySpeaker orders them. A chip is a toggle button:
// pressed, the list (and the page) show only that speaker.
import { colorCss } from '../shared/speaker-colors';
import { el } from './el';
import { groupCount, groupLabel, type SpeakerGroup } from '../shared/group-by-speaker';
import type { Translate } from '../ui/localize';

export function renderCast(
  doc: Document,
  groups: readonly SpeakerGroup[],
  focused: string | null,
  t: Translate,
  onChoose: (key: string) => void,
): HTMLElement {
  const chips = groups.map((group) => {
    const count = groupCount(group);
    const button = el(
      doc,
      'button',
      {
        className: group.name === null ? 'chip chip-muted' : 'chip',
        attrs: {
          type: 'button',
          'data-cast': group.key,
          'aria-pressed': String(group.key === focused),
        },
      },
      [
        el(doc, 'span', { className: 'swatch', attrs: { 'aria-hidden': 'true' } }),
        el(doc, 'span', { className: 'chip-name', attrs: { title: groupLabel(group, t) } }, [
          groupLabel(group, t),
        ]),
        el(doc, 'span', { className: 'chip-count', attrs: { 'aria-hidden': 'true' } }, [String(count)]),
        // Screen readers hear "2 statements" where the eye sees the bare count.
        el(doc, 'span', { className: 'visually-hidden' }, [
          count === 1 ? t('statementCountOne') : t('statementCountMany', String(count)),
        ]),
      ],
    );
    button.style.setProperty('--speaker', colorCss(group.color));
    button.addEventListener('click', () => onChoose(group.key));
    return el(doc, 'li', {}, [button]);
  });
  return el(doc, 'ul', { className: 'cast' }, chips);
}
