/** A JSON file the user can save: an object URL for a Blob (no data: URL, no inline script). */
export function jsonFileUrl(data: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
}

/** Starts a download of `data` as a JSON file named `fileName`, from inside `root`. */
export function downloadJson(root: ShadowRoot | HTMLElement, fileName: string, data: unknown): void {
  const url = jsonFileUrl(data);
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
