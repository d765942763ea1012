/** The languages the element has strings for; anything else falls back to French. */
export type SupportedLanguage = 'fr' | 'en';

/** The element's language tag: its own `lang`, else the closest `[lang]` ancestor (across shadow roots), else `fr`. */
export function resolveLanguageTag(host: Element): string {
  let node: Element | null = host;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return validTag(lang);
    const parent: Element | null = node.parentElement;
    node = parent ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return 'fr';
}

/** The strings to use for a language tag (`en-GB` → `en`). */
export function supportedLanguage(tag: string): SupportedLanguage {
  return tag.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

function validTag(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'fr';
  } catch {
    return 'fr';
  }
}
