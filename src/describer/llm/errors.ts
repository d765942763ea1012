/**
 * Why an LLM description failed, one class per failure with a type guard. None of them reaches the caller of
 * `describeVideo`, which falls back to the rules; they are handed to `onLlmError` for logs and metrics. Messages
 * never hold the API key.
 */

export type LlmErrorKind = 'timeout' | 'network' | 'http' | 'refusal' | 'answer';

export abstract class LlmError extends Error {
  readonly kind: LlmErrorKind;
  constructor(kind: LlmErrorKind, message: string) {
    super(message);
    this.kind = kind;
    this.name = `Llm${kind[0]!.toUpperCase()}${kind.slice(1)}Error`;
  }
}

/** No answer within the time limit. */
export class LlmTimeoutError extends LlmError {
  readonly timeoutMs: number;
  constructor(timeoutMs: number) {
    super('timeout', `The LLM did not answer within ${timeoutMs} ms.`);
    this.timeoutMs = timeoutMs;
  }
}

/** The chat endpoint could not be reached. */
export class LlmNetworkError extends LlmError {
  constructor() {
    super('network', 'The LLM chat endpoint could not be reached.');
  }
}

/** The endpoint answered with an error status (unknown model, bad key, overloaded, server error). */
export class LlmHttpError extends LlmError {
  readonly status: number;
  constructor(status: number) {
    super('http', `The LLM chat endpoint answered with HTTP ${status}.`);
    this.status = status;
  }
}

/** The model declined (`message.refusal`, or `finish_reason: content_filter`). */
export class LlmRefusalError extends LlmError {
  constructor(detail: string) {
    super('refusal', `The LLM declined to describe the video: ${detail}`);
  }
}

/** The answer is not a chat completion, its content is not JSON, or the JSON breaks the schema. */
export class LlmAnswerError extends LlmError {
  constructor(sentence: string) {
    super('answer', sentence);
  }
}

export const isLlmError = (e: unknown): e is LlmError => e instanceof LlmError;
export const isLlmTimeoutError = (e: unknown): e is LlmTimeoutError => e instanceof LlmTimeoutError;
export const isLlmNetworkError = (e: unknown): e is LlmNetworkError => e instanceof LlmNetworkError;
export const isLlmHttpError = (e: unknown): e is LlmHttpError => e instanceof LlmHttpError;
export const isLlmRefusalError = (e: unknown): e is LlmRefusalError => e instanceof LlmRefusalError;
export const isLlmAnswerError = (e: unknown): e is LlmAnswerError => e instanceof LlmAnswerError;
