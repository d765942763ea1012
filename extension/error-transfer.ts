/**
 * The SDK's typed errors across the extension's messages, which carry plain data only (an `Error` arrives as `{}`):
 * the worker writes down what the error is, the page's world makes the same class again, so the element shows the
 * state it shows for any page (quota, pending, network…). What cannot be read back becomes a `NetworkError`: the
 * relay itself failed.
 */
import * as z from 'zod/mini';
import {
  CatalogueError, HttpError, InvalidVideoError, isCocktailError, NetworkError, PendingError, QuotaError, TimeoutError,
  ValidationError, type CocktailError, type ValidationIssue,
} from '../src/sdk/errors.js';
import { readProblem } from '../src/sdk/read.js';
import { Quota } from '../src/sdk/schemas.js';

export interface TransferredError {
  kind: string;
  message: string;
  status?: number;
  problem?: unknown;
  retryAfter?: number;
  quota?: unknown;
  timeoutMs?: number;
  issues?: ValidationIssue[];
}

const Transferred = z.object({
  kind: z.string(),
  message: z.string(),
  status: z.optional(z.number()),
  problem: z.optional(z.unknown()),
  retryAfter: z.optional(z.number()),
  quota: z.optional(Quota),
  timeoutMs: z.optional(z.number()),
  issues: z.optional(z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() }))),
});

/** The error as plain data; anything that is not one of the SDK's errors is a relay failure. */
export function transferError(error: unknown): TransferredError {
  if (!isCocktailError(error)) return { kind: 'network', message: 'The extension could not reach the API.' };
  const { kind, message } = error;
  const fields = error as CocktailError & Partial<Record<keyof TransferredError, unknown>>;
  const data: TransferredError = { kind, message };
  if (typeof fields.status === 'number') data.status = fields.status;
  if (fields.problem) data.problem = fields.problem;
  if (typeof fields.retryAfter === 'number') data.retryAfter = fields.retryAfter;
  if (fields.quota) data.quota = fields.quota;
  if (typeof fields.timeoutMs === 'number') data.timeoutMs = fields.timeoutMs;
  if (Array.isArray(fields.issues)) data.issues = fields.issues as ValidationIssue[];
  return data;
}

/** The SDK error that `data` describes. */
export function receiveError(data: unknown): CocktailError {
  const parsed = Transferred.safeParse(data);
  if (!parsed.success) return new NetworkError('The extension sent an unreadable answer.');
  const { kind, message, status, retryAfter, quota, timeoutMs, issues } = parsed.data;
  const problem = readProblem(parsed.data.problem);
  switch (kind) {
    case 'timeout':
      return new TimeoutError(timeoutMs ?? 0);
    case 'http':
      return new HttpError(status ?? 500, problem);
    case 'quota':
      return new QuotaError(retryAfter, quota, problem);
    case 'validation':
      return new ValidationError(issues ?? []);
    case 'pending':
      return new PendingError(retryAfter);
    case 'invalid-video':
      return new InvalidVideoError('');
    case 'catalogue':
      return new CatalogueError(message);
    default:
      return new NetworkError(message);
  }
}
