import { fr } from './locales/fr.js';

/** A message that depends on a count: one form per `Intl.PluralRules` category, `other` required. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Every string the element shows. Keys are camelCase (`…Label`, `…Message`); placeholders are `{name}`. */
export type Messages = { [K in keyof typeof fr]: (typeof fr)[K] extends string ? string : PluralMessage };

/** Strings a host page overrides through the `translations` property. */
export type Translations = Partial<Messages>;

/**
 * The strings for a language tag: English (`en`, `en-GB`…) is fetched with a dynamic `import()` only when asked for;
 * French, bundled, for any other language.
 */
export async function loadMessages(tag: string): Promise<Messages> {
  return tag.startsWith('en') ? (await import('./locales/en.js')).en : fr;
}

export const defaultMessages: Messages = fr;

/** Fills `{name}` placeholders with values, as plain text. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

/** Picks the plural form for `count` in `locale` and fills `{count}`. */
export function plural(message: PluralMessage, count: number, locale: string): string {
  const form = new Intl.PluralRules(locale).select(count);
  return fill(message[form] ?? message.other, { count });
}
