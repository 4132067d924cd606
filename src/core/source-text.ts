/** A source document as plain text, for cards, sheets and plans. Pure: no DOM. */
import type { Source } from './types.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2020-01` → "January 2020", `2020-09-09` → "9 September 2020"; anything else as given. */
export function formatSourceDate(date: string): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return date;
  return match[3] ? `${Number(match[3])} ${month} ${match[1]}` : `${month} ${match[1]}`;
}

/** "Document, by Author, Publisher, Month Year" as plain text. */
export function sourceText(source: Source): string {
  return [source.document, source.author ? `by ${source.author}` : '', source.publisher, formatSourceDate(source.date)].filter(Boolean).join(', ');
}
