/**
 * Files a user saves from an element: an object URL for a Blob (no data: URL, no inline script, so
 * it works under a strict CSP). One home for every element's downloads (responses, drafts, CSV).
 */

/** An object URL for `data` as pretty-printed JSON. The caller revokes it when it is no longer shown. */
export function jsonFileUrl(data: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
}

/** Starts a download of `contents` as a file named `fileName`, from a hidden link inside `root`. */
export function downloadFile(root: Element | DocumentFragment, fileName: string, contents: Blob): void {
  const url = URL.createObjectURL(contents);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  root.appendChild(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Starts a download of `csv` as a CSV file named `fileName`. */
export function downloadCsv(root: Element | DocumentFragment, fileName: string, csv: string): void {
  // A byte-order mark so spreadsheet programs read the file as UTF-8.
  downloadFile(root, fileName, new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
}

/** Starts a download of `data` as a JSON file named `fileName`. */
export function downloadJson(root: Element | DocumentFragment, fileName: string, data: unknown): void {
  downloadFile(root, fileName, new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
}
