/** A date in words in the element's language ("1 décembre 2026 à 09:00"), with its time unless `withTime` is false. */
export const longDate = (date: Date, locale: string, withTime = true): string =>
  date.toLocaleString(locale, withTime ? { dateStyle: 'long', timeStyle: 'short' } : { dateStyle: 'long' });
