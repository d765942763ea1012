/**
 * Reads a YouTube start time as whole seconds: `90`, `90s`, `90.5`, `1m30s`, `1h2m3s`, `2m`.
 * Returns undefined for anything else (a malformed time is ignored, it never rejects the link).
 */
const PLAIN_SECONDS = /^(\d{1,7})(?:\.\d+)?s?$/;
const HOURS_MINUTES_SECONDS = /^(?:(\d{1,4})h)?(?:(\d{1,5})m)?(?:(\d{1,7})s)?$/;

export function parseStartTime(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const text = value.trim().toLowerCase();

  const plain = PLAIN_SECONDS.exec(text);
  if (plain) return Number(plain[1]);

  const parts = HOURS_MINUTES_SECONDS.exec(text);
  // The pattern also matches the empty string: require at least one unit.
  if (!parts || text === '') return undefined;
  const [, hours = '0', minutes = '0', seconds = '0'] = parts;
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
}
