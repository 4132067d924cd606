/** Calendar days as `YYYY-MM-DD`. No DOM: runs in Node and in the browser. */

/** Today as `YYYY-MM-DD` in the user's own time zone. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
