/**
 * describeVideo: a video's YouTube metadata → its v1 `VideoDescription`. The rules describer always runs (offline,
 * deterministic); when an LLM is configured its entities are merged in and `meta.describer` says `llm:<model>`.
 * Any LLM failure (timeout, network, HTTP error, refusal, invalid JSON, schema violation) keeps the rules' output,
 * `meta.describer: 'rules'`, and is handed to `onLlmError`. A video the curation denies throws
 * `VideoExcludedError` before anything runs.
 */
import type { VideoDescription } from '../sdk/schemas.js';
import type { VideoMetadata } from '../youtube/video-metadata.js';
import { isChannelListed } from './channel-list.js';
import { VideoExcludedError } from './errors.js';
import type { LlmConfig } from './llm/chat-client.js';
import { describeWithLlm } from './llm/llm-describer.js';
import { mergeEntities } from './merge-entities.js';
import { describeWithRules } from './rules/index.js';

export interface DescribeOptions {
  /** An OpenAI-compatible chat endpoint (Mistral's API, Ollama, vLLM); absent, the rules describe alone. */
  llm?: LlmConfig;
  /** The library's stop words: never an entity, whichever describer found it. */
  stopWords?: string[];
  /** Channel ids, or channel names (case and accents aside), whose videos are not described. */
  deniedChannels?: string[];
  /** Video ids not described. */
  deniedVideos?: string[];
  /** The `fetch` of the LLM request (default: the platform's). */
  fetch?: typeof fetch;
  /** Cuts the LLM request: the call then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Told why the LLM's answer was not used (the description then comes from the rules). */
  onLlmError?: (error: unknown) => void;
}

export async function describeVideo(metadata: VideoMetadata, options: DescribeOptions = {}): Promise<VideoDescription> {
  const { llm, stopWords, signal } = options;
  assertNotDenied(metadata, options);
  signal?.throwIfAborted();
  const rules = describeWithRules(metadata, { stopWords });
  const byRules = { ...rules, meta: { ...rules.meta, describer: 'rules' } };
  if (!llm) return byRules;
  try {
    const entities = await describeWithLlm(metadata, llm, { stopWords, fetch: options.fetch, signal });
    return { ...rules, entities: mergeEntities(rules.entities, entities), meta: { ...rules.meta, describer: `llm:${llm.model}` } };
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    options.onLlmError?.(error);
    return byRules;
  }
}

function assertNotDenied(metadata: VideoMetadata, { deniedVideos = [], deniedChannels = [] }: DescribeOptions): void {
  if (deniedVideos.includes(metadata.id)) throw new VideoExcludedError(metadata.id, 'video');
  if (isChannelListed(deniedChannels, { id: metadata.channelId, name: metadata.channelTitle || undefined })) {
    throw new VideoExcludedError(metadata.id, 'channel');
  }
}
