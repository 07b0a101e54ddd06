// The hostile pages, one per class. Each is built here from our own prose; the suites open them in both
// browsers. A payload that runs sets window.__pwned, which the suites check is never set.
import { newsPage, paragraphs, PROSE, type HostilePage } from './hostile-pages';

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  'javascript:window.__pwned=1//',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '<svg onload="window.__pwned=1">',
];
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const ld = (value: unknown) =>
  `<script type="application/ld+json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;

/** Payloads as the speaker's name, the quote, the title, the byline, the publisher and the JSON-LD. */
function injection(): string {
  const payload = PAYLOADS.join(' ');
  const head = `<meta property="og:title" content="${escapeHtml(payload)}">
<meta name="author" content="${escapeHtml(payload)}">${ld({
    '@type': 'NewsArticle',
    headline: payload,
    author: [{ name: payload }],
    publisher: { name: payload },
    datePublished: payload,
  })}`;
  const quotes = PAYLOADS.map(
    (p) => `<p>“${escapeHtml(p)} is what we found,” said Dr ${escapeHtml(p)} Varga, a researcher.</p>`,
  ).join('\n');
  return newsPage({ head, article: paragraphs() + quotes });
}

const nest = (depth: number, open: string, inner: string, close: string) =>
  open.repeat(depth) + inner + close.repeat(depth);

/**
 * A main world that defines our element names first and sabotages what an extension might borrow from
 * it: each trap marks __pwned, so it shows if Sourcelight ever ran the page's code. (Only traps the
 * suites' own probes, which run in the main world, never call.)
 */
const PAGE_OVERRIDES = `<script>
  for (const name of ['sourcelight-card', 'sourcelight-mark'])
    customElements.define(name, class extends HTMLElement { constructor() { super(); window.__pwned = 'upgraded ' + name; } });
  const parse = JSON.parse;
  JSON.parse = function (text, ...rest) {
    if (String(text).includes('NewsArticle')) { window.__pwned = 'JSON.parse'; throw new Error('trap'); }
    return parse.call(this, text, ...rest);
  };
  Element.prototype.attachShadow = function () { window.__pwned = 'attachShadow'; throw new Error('trap'); };
  const append = Element.prototype.append;
  Element.prototype.append = function (...nodes) {
    if (nodes.some((n) => n?.localName?.startsWith('sourcelight'))) window.__pwned = 'append';
    return append.apply(this, nodes);
  };
</script><script type="application/ld+json">{"@type":"NewsArticle","headline":"Flood barrier approved"}</script>`;

/**
 * A page that hunts for Sourcelight's UI every 50 ms: it defines the old element names first and patches
 * attachShadow, then, on every child of <html> other than <head> and <body>, reads its shadow root, presses
 * its buttons, looks for settings in its attributes, defines its name (so its own constructor would run
 * on it) and dispatches Escape and clicks. Whatever it gets goes into __stolen; __hunts counts its rounds
 * since a card appeared.
 */
const HUNTER = `<script>
  window.__stolen = []; window.__hunts = 0;
  const steal = (what) => { if (what) window.__stolen.push(String(what).slice(0, 80)); };
  const grab = (name) => class extends HTMLElement { constructor() { super(); steal('upgraded ' + name); } };
  for (const name of ['sourcelight-card', 'sourcelight-nav']) customElements.define(name, grab(name));
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { steal('attachShadow on ' + this.localName); return attach.call(this, init); };
  const hunt = (el) => {
    const root = el.shadowRoot;
    if (root) { steal(root.textContent); for (const button of root.querySelectorAll('button')) button.click(); }
    for (const a of el.getAttributeNames())
      if (/scheme|contrast|accent|side/.test(a + el.getAttribute(a))) steal(a + '=' + el.getAttribute(a));
    try { if (el.localName.includes('-') && !customElements.get(el.localName)) customElements.define(el.localName, grab(el.localName)); } catch {}
    el.click();
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
  };
  let seen = false;
  setInterval(() => {
    const ours = [...document.documentElement.children].filter((el) => el !== document.head && el !== document.body);
    seen ||= ours.some((el) => el.getBoundingClientRect().width > 0);
    if (seen) window.__hunts++;
    ours.forEach(hunt);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  }, 50);
</script>`;

/** Named elements that shadow document and window properties ("DOM clobbering"). */
// Not the names the suites' probes use (body, querySelectorAll, createRange, …): document's named
// properties override its own, in the main world where the probes run as much as anywhere.
const CLOBBERING = ['CSS', 'Highlight', 'performance', 'getSelection', 'defaultView', 'contentType',
  'createElement', 'getElementsByTagName', 'implementation', 'customElements', 'activeElement', 'head']
  .map((name) => `<img name="${name}" alt=""><form name="${name}"></form><a id="${name}"></a>`)
  .join(''); // prettier-ignore

const TICKER = `<p class="ago">updated 1 second ago</p><script>
  let n = 1;
  setInterval(() => { document.querySelector('.ago').textContent = 'updated ' + ++n + ' seconds ago'; }, 100);
  setTimeout(() => {
    const p = document.createElement('p');
    // Split, so that the script's own text does not hold the sentence the suite looks for.
    p.textContent = '“The barrier will be finished ' + 'before winter,” said Olga Stern, the project manager.';
    document.querySelector('article').append(p);
  }, 1000);
</script>`;

export const HOSTILE_PAGES: readonly HostilePage[] = [
  {
    name: 'injection payloads in every field',
    path: '/injection.html',
    body: injection(),
    highlighted: true,
  },
  {
    name: 'CSP with Trusted Types',
    path: '/csp.html',
    body: newsPage({}),
    headers: {
      'content-security-policy':
        "default-src 'none'; script-src 'self'; style-src 'none'; img-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types sourcelight-probe",
    },
    highlighted: true,
  },
  {
    name: 'frames',
    path: '/frames.html',
    body: newsPage({
      after: `<iframe srcdoc="${escapeHtml(newsPage({}))}"></iframe><iframe src="/csp.html"></iframe>`,
    }),
    highlighted: true,
  },
  {
    name: 'shadow DOM',
    path: '/shadow.html',
    body: newsPage({
      after: `<quay-box></quay-box><script>
        customElements.define('quay-box', class extends HTMLElement { connectedCallback() {
          this.attachShadow({ mode: 'closed' }).innerHTML = ${JSON.stringify(paragraphs())}; } });
      </script>`,
    }),
    highlighted: true,
    changesItself: true,
  },
  { name: 'DOM clobbering', path: '/clobber.html', body: newsPage({ after: CLOBBERING }), highlighted: true },
  {
    name: 'prototype overrides and names defined first',
    path: '/overrides.html',
    body: newsPage({ head: PAGE_OVERRIDES }),
    highlighted: true,
  },
  {
    name: 'a page that hunts for the card',
    path: '/hunter.html',
    body: newsPage({ head: HUNTER }),
    highlighted: true,
  },
  {
    name: 'JSON-LD 20,000 levels deep',
    path: '/deep-json-ld.html',
    body: newsPage({
      head: `<script type="application/ld+json">{"@type":"NewsArticle","author":${nest(20_000, '[', '"X"', ']')}}</script>`,
    }),
    highlighted: true,
  },
  {
    name: 'a ticker every 100 ms, then a new paragraph',
    path: '/churn.html',
    body: newsPage({ article: paragraphs() + TICKER }),
    highlighted: true,
    changesItself: true,
  },
  {
    name: 'an article in an editor',
    path: '/editable.html',
    body: newsPage({ article: `<div contenteditable="true" id="editor">${paragraphs()}</div>` }),
    highlighted: true,
  },
  {
    name: 'a plain-text file',
    path: '/notes.txt',
    type: 'text/plain; charset=utf-8',
    body: PROSE.join('\n\n'),
    highlighted: false,
  },
];

const SPEAKERS = ['Marta Lind', 'Paul Ode', 'Ines Baro', 'Olga Stern', 'Tomas Reed'];
// Quotes that differ from their neighbours in most words, as a real article's do.
const WORDS = ['harbour', 'bridge', 'budget', 'council', 'river', 'school', 'market', 'tunnel', 'station',
  'library', 'museum', 'stadium', 'hospital', 'airport', 'garden', 'factory']; // prettier-ignore
const word = (n: number) => WORDS[n % WORDS.length] ?? '';
/** A live page: 2,000 quotes, one of them rewritten every second ("section N" becomes "part 1000k"). */
export const LIVE_QUOTES: HostilePage = {
  name: '2,000 quoted paragraphs, one edited every second',
  path: '/live-quotes.html',
  body: newsPage({
    article:
      Array.from(
        { length: 2000 },
        (_, i) =>
          `<p>“The ${word(i)} and ${word(i * 7 + 3)} works in section ${i} will reach the ${word(i * 5 + 1)} by spring, ${word(i * 11 + 5)} first,” said ${SPEAKERS[i % 5]}.</p>`,
      ).join('\n') +
      `<script>
        window.__edits = 0;
        setInterval(() => {
          const p = document.querySelectorAll('article p')[(__edits * 197 + 11) % 2000];
          p.firstChild.data = p.firstChild.data.replace(/section \\d+/, 'part ' + (10000 + __edits++));
        }, 1000);
      </script>`,
  }),
  highlighted: true,
  changesItself: true,
};
