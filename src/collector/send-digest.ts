import { createHmac } from 'node:crypto';

/**
 * JSON with every object's keys in order, so the same body re-sent (even re-encoded by a proxy or
 * another browser) gives the same text.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * What a link keeps of the body it was used with, to know a retry of the same send: HMAC-SHA256 of
 * the body keyed by the link's token. The database holds only SHA-256(token), so nobody reading it
 * can recompute the digest, and the body carries the sender's response id and time, which no
 * response row keeps. Keyed by the 360 instead for a leader signed in by the host, who has no token
 * (a self response names its sender anyway).
 */
export function sendDigest(body: unknown, key: { token: string } | { assessmentId: string }): Buffer {
  const secret = 'token' in key ? key.token : `lpc-self-response\n${key.assessmentId}`;
  return createHmac('sha256', secret).update(`lpc-send\n${canonicalJson(body)}`).digest();
}
