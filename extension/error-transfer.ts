/**
 * The SDK's typed errors across the extension's messages, which carry plain data only (an `Error` arrives as `{}`):
 * the worker writes down what the error is, the page's world makes the same class again, so the element shows the
 * state it shows for any page (quota, pending, network…). What cannot be read back becomes a `NetworkError`: the
 * relay itself failed.
 */
import * as z from 'zod/mini';
import {
  CatalogueError, ExcludedError, HttpError, InvalidVideoError, isCocktailError, NetworkError, PendingError, QuotaError,
  TimeoutError, ValidationError, type CocktailError, type ErrorKind, type ValidationIssue,
} from '../src/sdk/errors.js';
import { readProblem } from '../src/sdk/read.js';
import { Quota, type Problem } from '../src/sdk/schemas.js';

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

/**
 * How each kind of SDK error is made again from its data. A record over every `ErrorKind`: a kind added to the SDK
 * without a way across the messages fails the type check instead of arriving as a network error.
 */
const REBUILD: Record<ErrorKind, (data: z.infer<typeof Transferred>, problem: Problem | undefined) => CocktailError> = {
  network: ({ message }) => new NetworkError(message),
  timeout: ({ timeoutMs }) => new TimeoutError(timeoutMs ?? 0),
  http: ({ status }, problem) => new HttpError(status ?? 500, problem),
  quota: ({ retryAfter, quota }, problem) => new QuotaError(retryAfter, quota, problem),
  excluded: (_data, problem) => new ExcludedError(problem),
  validation: ({ issues }) => new ValidationError(issues ?? []),
  'invalid-video': () => new InvalidVideoError(''),
  pending: ({ retryAfter }) => new PendingError(retryAfter),
  catalogue: ({ message }) => new CatalogueError(message),
};

/** The SDK error that `data` describes. */
export function receiveError(data: unknown): CocktailError {
  const parsed = Transferred.safeParse(data);
  const rebuild = parsed.success ? REBUILD[parsed.data.kind as ErrorKind] : undefined;
  if (!parsed.success || !rebuild) return new NetworkError('The extension sent an unreadable answer.');
  return rebuild(parsed.data, readProblem(parsed.data.problem));
}
