/**
 * The describer the server runs on YouTube's metadata: the rules, with the configured LLM merged in when there is
 * one. A failing LLM never fails an analysis: the rules' description is kept and the failure reported.
 * Descriptions are shared by every library, so no library's curation takes part here (it applies per request).
 */
import { describeVideo } from '../describer/describe.js';
import type { VideoDescription } from '../sdk/schemas.js';
import type { VideoMetadata } from '../youtube/video-metadata.js';
import type { ServerConfig } from './config.js';

export function videoDescriber(
  llm: ServerConfig['llm'],
  onLlmError: (error: unknown) => void,
): (metadata: VideoMetadata) => Promise<VideoDescription> {
  return (metadata) => describeVideo(metadata, { ...(llm ? { llm } : {}), onLlmError });
}
