/**
 * One OpenAI-compatible chat completion with a strict JSON answer, on ky: `POST {baseUrl}/chat/completions` with
 * `response_format: {type: 'json_schema', json_schema: {name, schema, strict: true}}` and temperature 0. The same
 * request serves Mistral's API (`https://api.mistral.ai/v1`), Ollama (`http://localhost:11434/v1`, which needs no
 * key) and vLLM (`http://host:8000/v1`). The time limit bounds the whole exchange, body included; nothing is
 * retried, since the rules describer is the fallback. Resolves with the content parsed as JSON.
 */
import ky from 'ky';
import { LlmAnswerError, LlmHttpError, LlmNetworkError, LlmRefusalError, LlmTimeoutError } from './errors.js';

export interface LlmConfig {
  /** The OpenAI-compatible root, ending before `/chat/completions` (e.g. `https://api.mistral.ai/v1`). */
  baseUrl: string;
  model: string;
  /** Sent as `Authorization: Bearer …` when given. */
  apiKey?: string;
  /** Bound on the whole exchange, in ms. Default 30000. */
  timeoutMs?: number;
}

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

export interface JsonSchemaFormat {
  name: string;
  schema: Record<string, unknown>;
}

export interface ChatRequestOptions {
  fetch?: typeof fetch;
  signal?: AbortSignal;
}

export const DEFAULT_LLM_TIMEOUT_MS = 30_000;

export async function chatCompletionJson(
  config: LlmConfig, messages: ChatMessage[], format: JsonSchemaFormat, options: ChatRequestOptions = {},
): Promise<unknown> {
  const { signal, fetch } = options;
  signal?.throwIfAborted();
  const timeoutMs = config.timeoutMs ?? DEFAULT_LLM_TIMEOUT_MS;
  const deadline = AbortSignal.timeout(timeoutMs);
  const bounded = signal ? AbortSignal.any([signal, deadline]) : deadline;
  let text: string;
  let status: number;
  try {
    const response = await ky.post(`${config.baseUrl.replace(/\/+$/, '')}/chat/completions`, {
      json: {
        model: config.model, messages, temperature: 0, stream: false,
        response_format: { type: 'json_schema', json_schema: { ...format, strict: true } },
      },
      headers: config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {},
      timeout: false, retry: 0, throwHttpErrors: false, credentials: 'omit', signal: bounded, fetch,
    });
    status = response.status;
    text = await response.text();
  } catch {
    if (signal?.aborted) throw signal.reason;
    if (deadline.aborted) throw new LlmTimeoutError(timeoutMs);
    throw new LlmNetworkError();
  }
  if (status < 200 || status > 299) throw new LlmHttpError(status);
  return readCompletionContent(text);
}

/** The first choice's content as JSON; a refusal, an empty or a non-JSON content is an error. */
function readCompletionContent(text: string): unknown {
  const completion = parse(text) as { choices?: Array<{ finish_reason?: unknown; message?: { content?: unknown; refusal?: unknown } }> } | undefined;
  const choice = Array.isArray(completion?.choices) ? completion.choices[0] : undefined;
  if (!choice || typeof choice !== 'object') throw new LlmAnswerError('The LLM answer is not a chat completion (no choices).');
  const { message, finish_reason: finish } = choice;
  if (typeof message?.refusal === 'string' && message.refusal.trim()) throw new LlmRefusalError(message.refusal.trim());
  if (finish === 'content_filter') throw new LlmRefusalError('its content filter stopped the answer.');
  const content = contentText(message?.content).trim();
  if (!content) throw new LlmAnswerError('The LLM answer has no content.');
  // Some models wrap JSON in a Markdown code fence even when held to a schema.
  const json = parse(content.replace(/^```(?:json)?\s*\n?([\s\S]*?)\n?```$/, '$1'));
  if (json === undefined) throw new LlmAnswerError(`The LLM answer is not JSON${finish === 'length' ? ' (cut off at its token limit)' : ''}.`);
  return json;
}

/** A message's content: a string, or (Mistral's reasoning models) a list of parts whose text parts are joined. */
function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content.map((part: { type?: unknown; text?: unknown }) => (part?.type === 'text' && typeof part.text === 'string' ? part.text : '')).join('');
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
