// A request to the background that may never be answered (an orphaned script after an update, a
// background that is busy or gone): resolved with the reply, or with why there is none. Free of the
// polyfill, so the document_start script can use it too.

/** The background's reply, or why there is none. */
export type Answer = { readonly reply: unknown } | { readonly miss: string };

/** Resolves with the answer, or with why there is none: an error, or `ms` passing first. */
export function answerWithin(work: () => Promise<unknown>, ms: number): Promise<Answer> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ miss: 'timeout' }), ms);
    const done = (answer: Answer) => {
      clearTimeout(timer);
      resolve(answer);
    };
    const failed = (error: unknown) => done({ miss: String(error) });
    try {
      work().then((reply) => done({ reply }), failed);
    } catch (error) {
      // An orphaned script's runtime throws synchronously ("Extension context invalidated").
      failed(error);
    }
  });
}
