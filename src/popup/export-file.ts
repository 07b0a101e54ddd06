// The popup's export buttons: the analysis as a file to download, or as text on the clipboard.
import type { Translate } from '../ui/localize';
import type { Analysis } from '../shared/messages';
import { exportFileName, exportText, type ExportFormat } from './export-text';

/** How long the download's object URL lives: long enough for the browser to start saving. */
const OBJECT_URL_LIFETIME_MS = 60_000;

/** Exports; resolves with the status line to show. */
export async function exportFile(
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
