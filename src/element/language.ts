/** The element's language tag: its own `lang`, else the closest `[lang]` ancestor (across shadow roots), else `fr`. */
export function resolveLanguageTag(host: Element): string {
  for (let node: Element | null = host; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null)) {
    const lang = node.getAttribute('lang');
    if (lang) {
      try {
        return Intl.getCanonicalLocales(lang)[0] ?? 'fr';
      } catch {
        return 'fr';
      }
    }
  }
  return 'fr';
}
