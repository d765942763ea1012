/**
 * Reads a YouTube start time as whole seconds: `90`, `90s`, `90.5`, `1m30s`, `1h2m3s`, `2m`.
 * Returns undefined for anything else (a malformed time is ignored, it never rejects the link).
 */
/** Plain seconds (`90`, `90s`, `90.5`), or hours, minutes and seconds each with its unit. */
const START_TIME = /^(?:(\d{1,7})(?:\.\d+)?s?|(?:(\d{1,4})h)?(?:(\d{1,5})m)?(?:(\d{1,7})s)?)$/;

export function parseStartTime(value: string | null | undefined): number | undefined {
  const parts = value ? START_TIME.exec(value.trim().toLowerCase()) : null;
  // The pattern also matches the empty string: require at least one number.
  if (!parts?.[0]) return undefined;
  const [, seconds = 0, hours = 0, minutes = 0, unitSeconds = 0] = parts;
  return Number(seconds) + Number(hours) * 3600 + Number(minutes) * 60 + Number(unitSeconds);
}
