/** A YouTube video id: exactly 11 characters of the URL-safe base64 alphabet. */
const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;

/** True when `value` is a string shaped like a YouTube video id. Never throws. */
export function isYouTubeId(value: unknown): value is string {
  return typeof value === 'string' && VIDEO_ID.test(value);
}
