/**
 * The messages of the extension, checked on arrival (a YouTube page posts many messages of its own, and a message
 * is data from another world):
 * - between the page's world (where the element lives) and the content script, by `window.postMessage`, marked
 *   with `CHANNEL`: the page's world asks for settings and recommendations, the content script answers;
 * - between the content script and the worker, by `chrome.runtime.sendMessage`: a `RecommendRequest`, answered
 *   by a `RelayAnswer`.
 * Only a video id, a language and a length cross, and back a public list or an error: nothing secret, because the
 * page's own scripts share the page's world and can read these messages too.
 */
import * as z from 'zod/mini';
import { isYouTubeId } from '../src/youtube/video-id.js';
import { LAYOUTS } from './settings.js';
import type { TransferredError } from './error-transfer.js';

export const CHANNEL = 'cocktail-reco-extension';

const VideoId = z.string().check(z.refine((value) => isYouTubeId(value)));
/** A language tag's primary subtag, the only part of the language the API is told. */
const Language = z.string().check(z.regex(/^[a-z]{2,3}$/));
const Limit = z.number().check(z.int(), z.minimum(1), z.maximum(100));

export const RecommendRequest = z.object({
  type: z.literal('recommend'),
  video: VideoId,
  lang: z.optional(Language),
  limit: z.optional(Limit),
});
export type RecommendRequest = z.infer<typeof RecommendRequest>;

/** The worker's answer: the list as the API's reader read it, or the error it ended in. */
export type RelayAnswer = { ok: true; list: unknown } | { ok: false; error: TransferredError };

/** Page world → content script. */
export const PageRequest = z.union([
  z.extend(RecommendRequest, { channel: z.literal(CHANNEL), id: z.string() }),
  z.object({ channel: z.literal(CHANNEL), type: z.literal('settings-request') }),
]);
export type PageRequest = z.infer<typeof PageRequest>;

/** What the page's world needs of the settings: whether to show the list, and how. */
export const PageSettings = z.object({
  channel: z.literal(CHANNEL),
  type: z.literal('settings'),
  show: z.boolean(),
  layout: z.enum(LAYOUTS),
});
export type PageSettings = z.infer<typeof PageSettings>;

export const PageAnswer = z.object({
  channel: z.literal(CHANNEL),
  type: z.literal('answer'),
  id: z.string(),
  ok: z.boolean(),
  list: z.optional(z.unknown()),
  error: z.optional(z.unknown()),
});
export type PageAnswer = z.infer<typeof PageAnswer>;

/** The data of a `message` event, when it comes from this very page (not a frame, not another origin). */
export function ownPageMessage(event: MessageEvent): unknown {
  return event.source === window && event.origin === location.origin ? event.data : undefined;
}
