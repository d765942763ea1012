import { NetworkError } from './errors.js';

/**
 * The body of an answer as JSON, or undefined when it is empty or not JSON (the caller decides whether that is an
 * error: a problem body is optional, a list is not). A body cut off while reading is a `NetworkError`; an abort
 * while reading passes through untouched.
 */
export async function readJson(response: Response, signal: AbortSignal | undefined): Promise<unknown> {
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw new NetworkError('The answer was cut off.', { cause: error });
  }
  try {
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}
