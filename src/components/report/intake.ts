/**
 * The report's file intake: files a user chose or dropped become `ResponseInput`s, each checked when
 * the report recalculates. The one place a file is read, so another file format can be added here.
 */
import type { ResponseInput } from '../../core/aggregate.js';
import { fhirResponseInputs } from '../../core/fhir.js';
import type { Framework } from '../../core/types.js';

/** Largest response file read (a real response is a few kB). */
export const MAX_FILE_BYTES = 5_000_000;

/**
 * With the framework, a file holding FHIR (a QuestionnaireResponse, or a Bundle of them from
 * `lpc-collector export-fhir`) becomes one input per response, read back by `src/core/fhir.ts`.
 */
export async function readResponseFiles(files: Iterable<File>, framework?: Framework): Promise<ResponseInput[]> {
  const read = await readFiles(files);
  if (!framework) return read;
  return read.flatMap((input) => (input.text !== undefined ? fhirResponseInputs(input.name, input.text, framework) : null) ?? [input]);
}

function readFiles(files: Iterable<File>): Promise<ResponseInput[]> {
  return Promise.all([...files].map(async (file): Promise<ResponseInput> => {
    if (file.size > MAX_FILE_BYTES) {
      return { name: file.name, error: `The file is too large (${Math.round(file.size / 1000)} kB). A response file is a few kB: check it is the right file.` };
    }
    try {
      return { name: file.name, text: await file.text() };
    } catch {
      return { name: file.name, error: 'The file could not be read. Check it is not open in another program, then add it again.' };
    }
  }));
}
