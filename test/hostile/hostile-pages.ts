// Generated hostile pages, one per class of page that has hurt (or could hurt) the reader. All prose is
// our own invention. Every page loads the recorder first: it notes the page's uncaught errors, CSP
// violations and long tasks where the page's own scripts can see them.

export interface HostilePage {
  readonly name: string;
  readonly path: string;
  readonly body: string;
  readonly type?: string;
  readonly headers?: Record<string, string>;
  /** Whether Sourcelight should paint highlights here. */
  readonly highlighted: boolean;
  /** Whether the page changes its own DOM (then "unchanged" cannot be checked against the source). */
  readonly changesItself?: boolean;
}

export const RECORDER_PATH = '/recorder.js';
export const RECORDER_JS = `(() => {
  const seen = { errors: [], violations: [], longTasks: [] };
  Object.defineProperty(window, '__hostile', { value: seen });
  addEventListener('error', (e) => seen.errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => seen.errors.push('rejection: ' + String(e.reason)));
  addEventListener('securitypolicyviolation', (e) => seen.violations.push(e.violatedDirective + ' ' + e.blockedURI));
  try {
    new PerformanceObserver((list) => { for (const t of list.getEntries()) seen.longTasks.push(t.duration); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

/** Our own prose: named speakers, direct and reported speech. */
export const PROSE = [
  'The river authority approved a new flood barrier for the old town on Monday after a long public debate.',
  '“We cannot wait for the next flood to decide,” said Marta Lind, the authority’s chief engineer, at the meeting.',
  'Shop owners along the quay were divided. “The works will close the street for a whole summer,” said Paul Ode, who runs a bakery there.',
  'According to the city’s own figures, the barrier will cost about twice what the council first planned.',
  'Marta Lind said the design had been checked against the worst flood on record and would hold.',
  '“Nobody asked the people who live by the water,” said Ines Baro, a resident of the lower town.',
  'The council will vote on the budget in March, and work could start in the autumn if it passes.',
  'Paul Ode warned that several shops might not survive a summer without passers-by.',
];

export const paragraphs = (extra = ''): string => PROSE.map((p) => `<p${extra}>${p}</p>`).join('\n');

interface Parts {
  readonly head?: string;
  readonly article?: string;
  readonly after?: string;
}

/** A news page: article metadata, the recorder, then the parts. */
export function newsPage({ head = '', article = paragraphs(), after = '' }: Parts): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Flood barrier approved</title>
<meta property="og:type" content="article"><script src="${RECORDER_PATH}"></script>${head}</head>
<body><header><nav><a href="/">Home</a></nav></header><main><article><h1>Flood barrier approved</h1>
${article}</article></main>${after}<footer>The Quay Courier</footer></body></html>`;
}
