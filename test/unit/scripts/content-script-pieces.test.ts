// The manifest step of the content-script build: loaders in, pieces web-accessible only to the pages the
// content scripts run on, at a dynamic URL in Chrome. (test/e2e/fingerprint.e2e.test.ts checks the build.)
import { describe, expect, it } from 'vitest';
import { withPieces } from '../../../scripts/content-script-pieces';

const MANIFEST = {
  name: 'x',
  content_scripts: [
    { matches: ['https://*/*'], css: ['a.css'] },
    { matches: ['http://*/*', 'https://*/*'], run_at: 'document_idle' },
  ],
};
const LOADERS = [['assets/a-loader.js'], ['assets/b-loader.js']];

describe('withPieces', () => {
  it.each([
    ['chrome', { use_dynamic_url: true }],
    ['firefox', {}],
  ] as const)('in %s: the loaders in, the pieces web-accessible', (browser, dynamic) => {
    expect(withPieces(MANIFEST, LOADERS, ['assets/s.js', 'assets/a.js'], browser)).toEqual({
      name: 'x',
      content_scripts: [
        { matches: ['https://*/*'], css: ['a.css'], js: ['assets/a-loader.js'] },
        { matches: ['http://*/*', 'https://*/*'], run_at: 'document_idle', js: ['assets/b-loader.js'] },
      ],
      web_accessible_resources: [
        { matches: ['https://*/*', 'http://*/*'], resources: ['assets/a.js', 'assets/s.js'], ...dynamic },
      ],
    });
  });

  it('lists nothing as web-accessible when there are no pieces', () => {
    expect(withPieces(MANIFEST, LOADERS, [], 'chrome')).not.toHaveProperty('web_accessible_resources');
  });

  it('refuses a manifest that already has web-accessible resources', () => {
    const manifest = {
      ...MANIFEST,
      web_accessible_resources: [{ matches: ['<all_urls>'], resources: ['*'] }],
    };
    expect(() => withPieces(manifest, LOADERS, ['assets/a.js'], 'chrome')).toThrow(
      /web_accessible_resources/,
    );
  });
});
