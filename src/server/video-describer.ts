/**
 * The describer the server runs on YouTube's metadata.
 * TEMPORARY until the rules describer lands: the video's own fields, its tags as keywords, and the relation the
 * ranking engine classifies from its category.
 */
import { classifyRelation } from '../ranking/index.js';
import type { VideoDescription } from '../sdk/schemas.js';
import type { VideoMetadata } from '../youtube/video-metadata.js';
import type { ServerConfig } from './config.js';

export function videoDescriber(_llm: ServerConfig['llm']): (metadata: VideoMetadata) => Promise<VideoDescription> {
  return async (metadata) => {
    const video = {
      id: metadata.id,
      title: metadata.title,
      ...(metadata.channelTitle ? { channel: metadata.channelTitle } : {}),
      ...(metadata.description ? { description: metadata.description } : {}),
      ...(metadata.thumbnailUrl ? { thumbnailUrl: metadata.thumbnailUrl } : {}),
      ...(metadata.defaultLanguage ? { language: metadata.defaultLanguage } : {}),
      ...(metadata.publishedAt ? { publishedAt: metadata.publishedAt } : {}),
      ...(metadata.categoryId !== undefined ? { category: metadata.categoryId } : {}),
    };
    const keywords = (metadata.tags ?? []).map((label, i, all) => ({ label, weight: 1 - i / (all.length + 1) }));
    return { video, relation: classifyRelation(video), entities: { keywords }, meta: { describer: 'rules', generatedAt: new Date().toISOString() } };
  };
}
