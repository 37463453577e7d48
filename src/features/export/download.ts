export const CSV_MIME = 'text/csv;charset=utf-8';
/** RFC 7946 §12. */
export const GEOJSON_MIME = 'application/geo+json';

/**
 * Saves `content` as a file through a temporary `<a download>` on a blob: URL; no inline
 * script or data: URL, so it works under the app's Content-Security-Policy.
 */
export function downloadText(content: string, fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  // Firefox before 75 only follows a click on a link that is in the document.
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in Safari and old Edge: wait for the next task.
  setTimeout(function revokeDownloadUrl() {
    URL.revokeObjectURL(url);
  }, 0);
}
