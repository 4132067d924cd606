/** Calendar days as `YYYY-MM-DD`. No DOM: runs in Node and in the browser. */

/** Today as `YYYY-MM-DD` in the user's own time zone. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A calendar day in words, as NHS pages write dates ("31 January 2027"); text that is not a day is
 * returned as it is. Read at midday, so no time zone can move it to the day before or after.
 */
export function longDate(isoDay: string): string {
  const date = new Date(`${isoDay}T12:00:00`);
  return Number.isNaN(date.getTime()) ? isoDay : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}
