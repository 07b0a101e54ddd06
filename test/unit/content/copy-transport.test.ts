// Chrome's copy goes straight to the offscreen document, its analysis asked for with it; where no
// offscreen document answers, the copy and the request go to the background as before, in that order.
import { describe, expect, it, vi } from 'vitest';
import { copyTransport } from '../../../src/content/copy-transport';

const PARSE = { pairedCount: 1, kept: [], metadata: null, workMs: 1 };
const AHEAD = { text: 'x', hints: {}, analysis: { statements: [], article: {} }, workMs: 1 };

type Message = { type: string; payload: object };

/** A runtime's sendMessage whose receivers answer by message type (a missing one rejects). */
function runtime(answers: Record<string, unknown>) {
  return vi.fn(async (message: Message) => {
    if (!(message.type in answers)) throw new Error('Could not establish connection.');
    return answers[message.type];
  });
}

const typesSent = (send: ReturnType<typeof runtime>) => send.mock.calls.map(([m]) => m.type);

describe('copyTransport', () => {
  it('sends the copy and the request for its analysis straight to the offscreen document', async () => {
    const send = runtime({ parseInOffscreen: PARSE, aheadInOffscreen: AHEAD });
    const to = copyTransport(send, true, true);
    const reply = to.send('<p>x</p>', false);
    const ahead = to.askAhead();
    await expect(reply).resolves.toEqual(PARSE);
    await expect(ahead).resolves.toEqual(AHEAD);
    expect(typesSent(send)).toEqual(['parseInOffscreen', 'aheadInOffscreen']);
    expect(send.mock.calls[0]![0].payload).toEqual({ html: '<p>x</p>', marked: false, early: true });
  });

  it('sends both to the background, copy first, when no offscreen document answers', async () => {
    const send = runtime({ parsePage: PARSE, analysisAhead: AHEAD });
    const to = copyTransport(send, false, true);
    const reply = to.send('<p>x</p>', true);
    const ahead = to.askAhead();
    await expect(reply).resolves.toEqual(PARSE);
    await expect(ahead).resolves.toEqual(AHEAD);
    expect(typesSent(send)).toEqual(['parseInOffscreen', 'aheadInOffscreen', 'parsePage', 'analysisAhead']);
    expect(send.mock.calls[2]![0].payload).toEqual({ html: '<p>x</p>', marked: true });
  });

  it('takes an answer that is no parse as none', async () => {
    const send = runtime({ parseInOffscreen: undefined, aheadInOffscreen: null, parsePage: PARSE });
    await expect(copyTransport(send, false, true).send('<p>x</p>', false)).resolves.toEqual(PARSE);
  });

  it('sends only to the background where the build has no offscreen document (Firefox)', async () => {
    const send = runtime({ parsePage: PARSE, analysisAhead: AHEAD });
    const to = copyTransport(send, false, false);
    await expect(to.send('<p>x</p>', false)).resolves.toEqual(PARSE);
    await expect(to.askAhead()).resolves.toEqual(AHEAD);
    expect(typesSent(send)).toEqual(['parsePage', 'analysisAhead']);
  });
});
