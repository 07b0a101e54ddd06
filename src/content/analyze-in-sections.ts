// The analyze stage of a huge article, section by section (text-sections.ts), with what is found so far
// shown after every few sections: the reader sees the first highlights while the rest is still read,
// and no message, no analysis and no paint is longer than one section's.
import type { Analysis, ArticleHints } from '../core/types';
import { analyzeText } from './analyze-text';
import type { PageAnalysis } from './page-analysis';
import { stage } from './stage';
import { createAnalysisJoiner, textSections } from './text-sections';

/** Text read between two paints: each paint anchors every statement found so far, so not after each section. */
const SHOW_EVERY_CHARS = 400_000;

export async function analyzeInSections(
  text: string,
  hints: ArticleHints,
  signal: AbortSignal,
  show: (analysis: Analysis) => Promise<PageAnalysis>,
): Promise<PageAnalysis | null> {
  const joiner = createAnalysisJoiner();
  let shown: PageAnalysis | null = null;
  let unshown = 0;
  const sections = textSections(text);
  for (const [index, section] of sections.entries()) {
    const part = text.slice(section.start, section.end);
    const analysis = await stage('analyze', signal, async (clock) => {
      // Sending a section is its own task unless the stretch before it was short: the first comes
      // right after the text map's last task (its text made whole: text-map.ts).
      await clock.yieldIfDue();
      return analyzeText(part, hints, clock);
    });
    joiner.add(analysis, section);
    unshown += section.end - section.from;
    if (unshown >= SHOW_EVERY_CHARS || index === sections.length - 1) {
      shown = await show(joiner.joined()!);
      unshown = 0;
    }
  }
  return shown;
}
