// One pass at a time: a newer pass aborts the one under way, and a pass that fails (not one aborted)
// says why.

export interface PassRunner {
  /** Runs `work` as the one current pass. */
  run(work: (signal: AbortSignal) => Promise<void>): Promise<void>;
  /** Aborts the pass under way, if any. */
  abort(): void;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export function createPassRunner(onError: (message: string) => void): PassRunner {
  let pass: AbortController | null = null;
  return {
    async run(work) {
      pass?.abort();
      const controller = new AbortController();
      pass = controller;
      try {
        await work(controller.signal);
      } catch (caught) {
        if (!isAbort(caught)) onError(caught instanceof Error ? caught.message : String(caught));
      } finally {
        if (pass === controller) pass = null;
      }
    },
    abort() {
      pass?.abort();
    },
  };
}
