// axe-core on Sourcelight's UI, whose shadow roots are closed (the page, and so axe in the page, cannot
// read them): a copy with the same markup (the content script's `describeUi`) and the same stylesheet, in an
// open root at the same place in the page, checked and removed again.
import { readFileSync } from 'node:fs';
import { CARD_CSS } from '../../src/page/card-style';
import { SKIP_LINK_CSS } from '../../src/page/skip-link-style';
import type { PageHandle } from './harness';

const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** axe's violations on a copy of the open card (`card`) or of the keyboard link (`nav`, its link focused). */
export async function axeOnCopy(page: PageHandle, kind: 'card' | 'nav'): Promise<string[]> {
  const ui = await page.ui();
  const html = ui?.[kind].html;
  if (!ui?.[kind].present || !html) throw new Error(`no ${kind} to copy`);
  const css = kind === 'card' ? CARD_CSS : SKIP_LINK_CSS;
  return page.evaluate<string[]>(`(async () => { ${AXE_SOURCE};
    const copy = document.createElement('div');
    const root = copy.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = ${JSON.stringify(css)};
    root.append(style);
    // Parsed into a template, not assigned as innerHTML (a page under Trusted Types would refuse that).
    const doc = new DOMParser().parseFromString('<template>' + ${JSON.stringify(html)} + '</template>', 'text/html');
    root.append(document.importNode(doc.querySelector('template').content, true));
    document.documentElement.insertBefore(copy, ${kind === 'nav' ? 'document.body' : 'null'});
    if (${JSON.stringify(kind)} === 'nav') root.querySelector('[part="skip"]').focus();
    try {
      const r = await axe.run(copy, { resultTypes: ['violations'] });
      return r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => JSON.stringify(n.target)).join(' '));
    } finally {
      copy.remove();
    }
  })()`);
}
