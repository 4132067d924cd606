/**
 * Reading a programme file, from a URL (`src`) or a file the user picked: its JSON, or problems that
 * say why it could not be read. What the JSON holds is checked afterwards (core/programme.ts).
 */
import { parseJson } from '../../core/validate.js';
import type { Problem } from '../../core/types.js';

/** Largest programme file read from disk (a real map is a few kB). */
export const MAX_FILE_BYTES = 1_000_000;

export type ProgrammeRead = { ok: true; json: unknown } | { ok: false; problems: Problem[] };

const unreadable = (message: string): ProgrammeRead => ({ ok: false, problems: [{ path: '', message }] });

function fromText(text: string): ProgrammeRead {
  const parsed = parseJson(text);
  return parsed.ok ? { ok: true, json: parsed.value } : { ok: false, problems: parsed.problems };
}

/** Downloads a programme file; never throws. */
export async function fetchProgramme(src: string): Promise<ProgrammeRead> {
  try {
    const response = await fetch(src);
    const text = await response.text();
    if (!response.ok) return unreadable(`The file could not be downloaded (HTTP ${response.status}).`);
    return fromText(text);
  } catch (error) {
    return unreadable(`The file could not be downloaded (${error instanceof Error ? error.message : String(error)}).`);
  }
}

/** Reads a file the user picked, refusing one too large to be a programme map. */
export async function readProgrammeFile(file: File): Promise<ProgrammeRead> {
  if (file.size > MAX_FILE_BYTES) {
    return unreadable(`The file is too large (${file.size} bytes). A programme map is a few kilobytes; the limit is ${MAX_FILE_BYTES}.`);
  }
  return fromText(await file.text());
}
