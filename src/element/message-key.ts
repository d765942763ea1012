import type { Messages } from './messages.js';

/** `not-analyzed` → `notAnalyzed`, at the type level too: the words of the API become message keys. */
export type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;

export const camelCase = <S extends string>(words: S) =>
  words.replace(/-(.)/g, (_, letter: string) => letter.toUpperCase()) as CamelCase<S>;

/** A message looked up by a key built from API data (a relation or facet the API may send and we have no words for). */
export const optionalMessage = (messages: Messages, key: string): string | undefined =>
  (messages as unknown as Partial<Record<string, string>>)[key];
