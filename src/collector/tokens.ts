import { createHash, randomBytes } from 'node:crypto';

/** A new capability token: 128 random bits, base64url (22 characters). */
export function newToken(): string {
  return randomBytes(16).toString('base64url');
}

/** What the database keeps of a token: its SHA-256 (32 bytes). */
export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** Whether a string has the shape of a token (so a malformed one costs no database look-up). */
export function looksLikeToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{22}$/.test(value);
}
