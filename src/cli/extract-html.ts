// HTML → article text with the extension's own extraction (src/page), over linkedom: a fast DOM for Node.
// No layout exists here, so the page layer's tag-and-attribute rules decide what is hidden.
import { parseHTML } from 'linkedom';
import { extractArticle } from '../page/extract-article';
import type { HtmlExtractor } from './analyze-input';

export const extractHtml: HtmlExtractor = (html) => {
  const { document } = parseHTML(html);
  const article = extractArticle(document as unknown as Document, { useLayout: false });
  return article ? { text: article.text, hints: article.hints } : null;
};
