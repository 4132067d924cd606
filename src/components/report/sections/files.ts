import { html, nothing } from 'lit';
import type { ResponseInput } from '../../../core/aggregate.js';

export interface FileEntry {
  input: ResponseInput;
  /** False when the report left the file out (listed in the error summary or the repeats note). */
  used: boolean;
}

export interface FilesOptions {
  entries: FileEntry[];
  upload: boolean;
  dragging: boolean;
  onFiles: (files: FileList | null | undefined) => Promise<void>;
  onDragging: (dragging: boolean) => void;
  onRemove: (input: ResponseInput) => void;
}

/**
 * File mode (offline use): the warning that files hold raw answers, the picker and drop zone, and
 * the files the report used, each of which can be removed.
 */
export function renderFiles(options: FilesOptions) {
  const { entries, upload, dragging, onFiles, onDragging, onRemove } = options;
  if (!upload && !entries.length) return nothing;
  const leftOut = entries.filter((e) => !e.used).length;
  const drop = (event: DragEvent) => { event.preventDefault(); onDragging(false); void onFiles(event.dataTransfer?.files); };
  const over = (event: DragEvent) => { event.preventDefault(); if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'; onDragging(true); };
  const change = (event: Event) => { const input = event.target as HTMLInputElement; void onFiles(input.files).then(() => { input.value = ''; }); };
  return html`
    <section part="section" class="section files" aria-labelledby="files-title">
      <h3 id="files-title" tabindex="-1">Response files</h3>
      <div class="warning" role="note">
        <h4 class="warning__title">Response files hold raw answers</h4>
        <p>Each file holds one person's answers as they gave them: scores, comments and group. Whoever loads
          them here can read every rater's raw answers, so raters stay anonymous only in what this report shows.
          To keep raters anonymous, run the 360 through a collector: the leader then receives only the figures.</p>
      </div>
      ${upload
        ? html`<div class="upload ${dragging ? 'upload--dragging' : ''}" part="upload"
            @dragover=${over} @dragleave=${() => onDragging(false)} @drop=${drop}>
            <label class="upload__label" for="files">Add response files</label>
            <p class="upload__hint" id="files-hint">Choose one or more .json files, or drag and drop them here.</p>
            <input id="files" class="upload__input" type="file" multiple accept=".json,application/json" aria-describedby="files-hint" @change=${change}>
          </div>`
        : nothing}
      ${entries.length
        ? html`<details class="file-details">
            <summary>${entries.length === 1 ? '1 file' : `${entries.length} files`} in this report${leftOut ? ` (${leftOut} left out)` : ''}: show or remove</summary>
            <ul class="file-list" aria-label="Files in this report">
              ${entries.map(({ input, used }) => html`<li>
                <span class="file">${input.name}</span>
                <span class="file-status">${used ? 'used' : 'left out'}</span>
                <button type="button" class="button button--secondary" @click=${() => onRemove(input)}>
                  Remove<span class="visually-hidden"> ${input.name}</span></button>
              </li>`)}
            </ul>
          </details>`
        : nothing}
    </section>
  `;
}
