// The Gecko profiler under puppeteer, for scripts/profile-firefox*.ts: Firefox profiles from its start-up
// (MOZ_PROFILER_STARTUP) and writes the profile as it quits; and the profile's shape as the summaries read it.
import puppeteer, { type Browser } from 'puppeteer-core';

export interface Table {
  readonly schema: Record<string, number>;
  readonly data: unknown[][];
}
export interface Thread {
  readonly stringTable: string[];
  readonly frameTable: Table;
  readonly stackTable: Table;
  readonly samples: Table;
  readonly markers: Table;
}
export interface Profile {
  readonly threads?: Thread[];
  readonly processes?: Profile[];
  readonly pages?: { innerWindowID: number; url: string }[];
}

export const threadsOf = (p: Profile): Thread[] => [
  ...(p.threads ?? []),
  ...(p.processes ?? []).flatMap(threadsOf),
];

/** A frame's name without the extension's per-install host or a line index, cut for a summary's column. */
export const tidyFrame = (name: string): string =>
  name
    .replace(/moz-extension:\/\/[^/]+\//, '')
    .replace(/\[\d+\]$/, '')
    .slice(0, 110);

/** Reads a thread's stacks: the frame names of a sample's stack, innermost first. */
export function stackReader(thread: Thread): (stack: number | null) => string[] {
  const { stackTable, frameTable, stringTable } = thread;
  const names = frameTable.data.map((f) => tidyFrame(stringTable[f[frameTable.schema.location!] as number]!));
  return (stack) => {
    const found: string[] = [];
    for (let at = stack; at !== null; at = stackTable.data[at]![stackTable.schema.prefix!] as number | null)
      found.push(names[stackTable.data[at]![stackTable.schema.frame!] as number]!);
    return found;
  };
}

/**
 * Has the next Firefox puppeteer launches profile its main threads into `out` (sampling every `interval`
 * ms, `features`; SOURCELIGHT_PROFILE_INTERVAL and _FEATURES override them). Call `quit` before closing
 * the browser: Puppeteer kills Firefox right after asking it to close, before the profile is written, so
 * Firefox is asked to quit as a user would and left to exit on its own.
 */
export function profileFirefox(
  out: string,
  defaults: { readonly interval: string; readonly features: string },
): { quit(): Promise<void> } {
  Object.assign(process.env, {
    MOZ_PROFILER_STARTUP: '1',
    MOZ_PROFILER_SHUTDOWN: out,
    MOZ_PROFILER_STARTUP_INTERVAL: process.env.SOURCELIGHT_PROFILE_INTERVAL ?? defaults.interval,
    MOZ_PROFILER_STARTUP_ENTRIES: '50000000',
    MOZ_PROFILER_STARTUP_FEATURES: process.env.SOURCELIGHT_PROFILE_FEATURES ?? defaults.features,
    MOZ_PROFILER_STARTUP_FILTERS: 'GeckoMain',
  });
  let launched: Browser | undefined;
  const launchOriginal = puppeteer.launch.bind(puppeteer);
  puppeteer.launch = async (options) => (launched = await launchOriginal(options));
  return {
    async quit() {
      const child = launched?.process();
      const exited = child ? new Promise((done) => child.once('exit', done)) : Promise.resolve();
      // WebDriver BiDi's browser.close: Firefox quits as it would for a user.
      const bidi = (
        launched as unknown as { connection?: { send(method: string, params: object): Promise<unknown> } }
      )?.connection;
      await bidi?.send('browser.close', {}).catch(() => undefined);
      await Promise.race([exited, new Promise((r) => setTimeout(r, 60_000))]);
    },
  };
}
