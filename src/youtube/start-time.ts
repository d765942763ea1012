/**
 * Reads a YouTube start time as whole seconds: `90`, `90s`, `90.5`, `1m30s`, `1h2m3s`, `2m`, `1m40`.
 * Returns undefined for anything else (a malformed time is ignored, it never rejects the link).
 */
/**
 * Hours and minutes each with its unit, then seconds with or without their `s`: after minutes the unit is often
 * left out (`1m40`, as players and other link readers take it); plain seconds have no hours and no minutes.
 */
const START_TIME = /^(?:(\d{1,4})h)?(?:(\d{1,5})m)?(?:(\d{1,7})(?:\.\d+)?(s)?)?$/;

export function parseStartTime(value: string | null | undefined): number | undefined {
  const parts = value ? START_TIME.exec(value.trim().toLowerCase()) : null;
  // The pattern also matches the empty string: require at least one number.
  if (!parts?.[0]) return undefined;
  const [, hours = 0, minutes = 0, seconds = 0, secondsUnit] = parts;
  // "1h30" is 1 h 30 min to a French reader and 1 h 30 s to a machine: no guess.
  if (hours && !minutes && seconds && !secondsUnit) return undefined;
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
}
