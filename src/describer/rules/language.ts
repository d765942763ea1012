/**
 * The language of a video: the one its uploader declared (`defaultAudioLanguage`, then `defaultLanguage`), as a
 * primary subtag ("fr-FR" → "fr"); else French or English by counting their commonest function words in the
 * title and description. The describer only needs to tell these two apart, on texts often a few words long,
 * where trigram detectors (franc and the like) are unreliable; anything else is left undetected.
 */
import { foldedTokens } from '../../ranking/text-folding.js';
import type { VideoMetadata } from '../../youtube/video-metadata.js';

const MARKERS: Record<'fr' | 'en', ReadonlySet<string>> = {
  fr: new Set([
    'le', 'la', 'les', 'des', 'du', 'de', 'et', 'est', 'une', 'un', 'pour', 'dans', 'que', 'qui', 'pas', 'sur', 'avec',
    'au', 'aux', 'ce', 'cette', 'nous', 'vous', 'sont', 'comment', 'pourquoi', 'l', 'd', 'par', 'il', 'elle', 'ils',
    'mais', 'ou', 'son', 'sa', 'ses', 'leur', 'tout', 'ne', 'se',
  ]),
  en: new Set([
    'the', 'and', 'of', 'to', 'is', 'in', 'for', 'with', 'this', 'that', 'you', 'on', 'are', 'how', 'why', 'what', 'we',
    'it', 'from', 'by', 'an', 'my', 'your', 'our',
  ]),
};

export function languageOf(metadata: VideoMetadata): string | undefined {
  const declared = metadata.defaultAudioLanguage ?? metadata.defaultLanguage;
  // "zxx" (no linguistic content) and "und" (undetermined) declare nothing.
  if (declared && /^[a-z]{2,3}\b/i.test(declared) && !/^(?:zxx|und)\b/i.test(declared)) return declared.split(/[-_]/)[0]!.toLowerCase();
  // The title is the uploader's own words; a description may end in another language's credits.
  const title = foldedTokens(metadata.title);
  const description = foldedTokens(metadata.description ?? '');
  const count = (lang: 'fr' | 'en') =>
    3 * title.filter((w) => MARKERS[lang].has(w)).length + description.filter((w) => MARKERS[lang].has(w)).length;
  const fr = count('fr');
  const en = count('en');
  if (fr === en) return undefined;
  return fr > en ? 'fr' : 'en';
}
