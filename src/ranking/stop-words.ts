/**
 * Words that carry no topic on their own, in French and English. An entity made only of them is dropped; inside
 * a longer entity they are ignored when a subject heading is matched word by word.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // French
  'a', 'au', 'aux', 'avec', 'ce', 'ces', 'cette', 'd', 'dans', 'de', 'des', 'du', 'elle', 'en', 'est', 'et', 'il',
  'je', 'l', 'la', 'le', 'les', 'leur', 'lui', 'ma', 'mais', 'me', 'mes', 'mon', 'ne', 'nous', 'on', 'ou', 'par',
  'pas', 'pour', 'qu', 'que', 'qui', 's', 'sa', 'se', 'ses', 'son', 'sur', 'ta', 'te', 'tes', 'ton', 'tu', 'un',
  'une', 'vos', 'votre', 'vous', 'y', 'c', 'j', 'n', 'm', 't',
  // English
  'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'is', 'it', 'of', 'on', 'or', 'the', 'this',
  'to', 'with',
  // Words about the medium, not the topic
  'video', 'videos', 'youtube', 'chaine', 'abonnez', 'abonne', 'episode', 'partie', 'part',
]);
