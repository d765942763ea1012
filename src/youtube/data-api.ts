/**
 * Reads a YouTube Data API v3 `videos.list` answer (`part=snippet,topicDetails,contentDetails`) or a single
 * `youtube#video` resource into `VideoMetadata`. Google's client libraries write absent fields as `null` and the
 * API itself leaves them out: both become absent, as do empty strings. `categoryId` arrives as a string.
 * A video without an id or a title cannot be described: in a list it is left out, alone it is an error.
 */
import * as z from 'zod/mini';
import { YouTubeAnswerError } from './errors.js';
import type { VideoMetadata } from './video-metadata.js';

const Text = z.optional(z.nullable(z.string()));
const Texts = z.optional(z.nullable(z.array(z.string())));

const VideoResource = z.object({
  id: z.string().check(z.minLength(1)),
  snippet: z.object({
    title: z.string().check(z.minLength(1)),
    description: Text,
    channelId: Text,
    channelTitle: Text,
    tags: Texts,
    categoryId: Text,
    defaultLanguage: Text,
    defaultAudioLanguage: Text,
    publishedAt: Text,
    thumbnails: z.optional(z.nullable(z.record(z.string(), z.nullable(z.object({ url: Text }))))),
  }),
  topicDetails: z.optional(z.nullable(z.object({ topicCategories: Texts }))),
  contentDetails: z.optional(z.nullable(z.object({ duration: Text }))),
});
type VideoResource = z.infer<typeof VideoResource>;

const VideoList = z.object({ items: z.array(z.unknown()) });

/** Largest first: the describer only shows one. */
const THUMBNAIL_SIZES = ['maxres', 'standard', 'high', 'medium', 'default'];

/** Every video of the answer; a list's unreadable entries are left out. Throws `YouTubeAnswerError` on any other shape. */
export function readVideoListAnswer(json: unknown): VideoMetadata[] {
  const list = VideoList.safeParse(json);
  if (list.success) {
    return list.data.items.flatMap((item) => {
      const video = VideoResource.safeParse(item);
      return video.success ? [toMetadata(video.data)] : [];
    });
  }
  const video = VideoResource.safeParse(json);
  if (video.success) return [toMetadata(video.data)];
  const issue = video.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'the answer';
  throw new YouTubeAnswerError(
    `Not a YouTube Data API video answer: neither a list with "items" nor a video resource (${where}: ${issue?.message ?? 'unreadable'}).`,
  );
}

function toMetadata({ id, snippet, topicDetails, contentDetails }: VideoResource): VideoMetadata {
  const metadata: VideoMetadata = { id, title: snippet.title.trim(), source: 'data-api' };
  const texts = {
    description: snippet.description, channelId: snippet.channelId, channelTitle: snippet.channelTitle,
    defaultLanguage: snippet.defaultLanguage, defaultAudioLanguage: snippet.defaultAudioLanguage,
    publishedAt: snippet.publishedAt,
  } as const;
  for (const [field, value] of Object.entries(texts)) {
    const text = value?.trim();
    if (text) metadata[field as keyof typeof texts] = text;
  }
  const tags = snippet.tags?.map((tag) => tag.trim()).filter(Boolean);
  if (tags?.length) metadata.tags = tags;
  const category = Number(snippet.categoryId);
  if (snippet.categoryId && Number.isInteger(category)) metadata.categoryId = category;
  const topics = topicDetails?.topicCategories?.filter((url) => url.startsWith('https://'));
  if (topics?.length) metadata.topicCategories = topics;
  const seconds = contentDetails?.duration ? durationSeconds(contentDetails.duration) : undefined;
  if (seconds !== undefined) metadata.durationSeconds = seconds;
  const thumbnail = THUMBNAIL_SIZES.map((size) => snippet.thumbnails?.[size]?.url).find((url) => url?.startsWith('https://'));
  if (thumbnail) metadata.thumbnailUrl = thumbnail;
  return metadata;
}

const DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** ISO 8601 duration as YouTube writes it ("PT4M13S", "PT1H2M", "P1DT3H", "P0D" for a live stream) in seconds. */
function durationSeconds(text: string): number | undefined {
  const match = DURATION.exec(text);
  if (!match || text === 'P' || text.endsWith('T')) return undefined;
  const [days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number];
  return ((days * 24 + hours) * 60 + minutes) * 60 + seconds;
}
