// @vitest-environment jsdom
// A spot is a statement's place without a live Range: it makes one when asked, and when it lets it go
// keeps where the page's edits had moved it (a live Range follows them, plain offsets would not).
import { describe, expect, it } from 'vitest';
import { liveRange, Spot, startsBefore } from '../../../src/page/spot';

function spotOver(text: Text, start: number, end: number): Spot {
  return new Spot({ startNode: text, startOffset: start, endNode: text, endOffset: end });
}

describe('Spot', () => {
  it('makes its live Range only when asked, and the same one until it lets it go', () => {
    document.body.innerHTML = '<p>“We wait,” said Olga.</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    const spot = spotOver(text, 0, 10);
    expect(spot.current()).toBeNull();
    const range = liveRange(spot)!;
    expect(range.toString()).toBe('“We wait,”');
    expect(liveRange(spot)).toBe(range);
    spot.release();
    expect(spot.current()).toBeNull();
    expect(liveRange(spot)).not.toBe(range);
  });

  it('let go after the page inserted text before it, it keeps the moved place', () => {
    document.body.innerHTML = '<p>“We wait,” said Olga.</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    const spot = spotOver(text, 16, 20);
    liveRange(spot);
    text.insertData(0, 'Update: ');
    spot.release();
    expect([spot.startOffset, spot.endOffset]).toEqual([24, 28]);
    expect(liveRange(spot)!.toString()).toBe('Olga');
  });

  it('makes no Range where the page shortened its node since', () => {
    document.body.innerHTML = '<p>“We wait,” said Olga.</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    const spot = spotOver(text, 12, 22);
    text.data = 'Gone.';
    expect(liveRange(spot)).toBeNull();
  });

  it('tells which of two starts first in the document', () => {
    document.body.innerHTML = '<p>One.</p><p>Two.</p>';
    const [one, two] = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text) as [Text, Text];
    expect(startsBefore(spotOver(one, 2, 3), spotOver(two, 0, 1))).toBe(true);
    expect(startsBefore(spotOver(two, 0, 1), spotOver(one, 2, 3))).toBe(false);
    expect(startsBefore(spotOver(one, 0, 1), spotOver(one, 2, 3))).toBe(true);
  });
});
