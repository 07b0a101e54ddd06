// The popup's export buttons: the analysis as a file to download, or as text on the clipboard.
import type { Translate } from '../ui/localize';
import type { Analysis, PageReport } from '../shared/messages';
import { EXPORT_FORMATS, exportFileName, exportText, type ExportFormat } from './export-text';
import { wholeAnalysis } from './report-paging';
import type { Target } from './tab-messenger';

/** How long the download's object URL lives: long enough for the browser to start saving. */
const OBJECT_URL_LIFETIME_MS = 60_000;

/** Exports; resolves with the status line to show. */
async function exportFile(
  doc: Document,
  action: 'copy' | 'download',
  format: ExportFormat,
  analysis: Analysis,
  url: string,
  t: Translate,
): Promise<string> {
  const file = exportText(format, analysis, url);
  if (action === 'download') {
    const link = doc.createElement('a');
    link.href = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
    link.download = exportFileName(url, file.extension);
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), OBJECT_URL_LIFETIME_MS);
    return t('exportDownloaded');
  }
  try {
    await navigator.clipboard.writeText(file.text);
    return t('exportCopied');
  } catch {
    return t('exportCopyFailed');
  }
}

/** Exports the report's analysis, every statement of it, in the `chosen` format (Markdown unless known). */
export async function exportReport(
  doc: Document,
  action: 'copy' | 'download',
  chosen: string,
  shown: { report: PageReport; analysis: Analysis; target: Target },
  t: Translate,
): Promise<string> {
  const format = EXPORT_FORMATS.find((known) => known === chosen) ?? 'markdown';
  const whole = await wholeAnalysis(shown.report, shown.analysis, shown.target);
  return exportFile(doc, action, format, whole, shown.report.url, t);
}
