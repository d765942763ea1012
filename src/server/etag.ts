/**
 * Strong entity tags: a digest of the exact bytes sent, so two answers share a tag only when they are identical,
 * and `If-None-Match` (RFC 9110 §13.1.2, weak comparison as the RFC asks for this header) decides a 304.
 */
import { createHash } from 'node:crypto';

export function strongEtag(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** True when the `If-None-Match` header names `etag` (or is `*`). */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}
