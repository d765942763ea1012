/**
 * The XML parser a catalogue is given where the platform has none (Node): a DOMParser, or its class. Both are
 * what people pass (`new DOMParser()` as documented, `DOMParser` as the browser's global reads), so both are
 * taken; anything else is refused at once with a sentence naming what was given, not at the first search as
 * "malformed XML".
 */
import { CatalogueError } from '../sdk/errors.js';
import type { XmlParser } from './sru-response.js';

/** A class whose instances parse XML, such as `DOMParser` from `@xmldom/xmldom` or the browser's. */
export type XmlParserClass = new () => XmlParser;

const parses = (value: unknown): value is XmlParser =>
  typeof (value as XmlParser | null)?.parseFromString === 'function';

function described(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'function') return `a function with no parseFromString (${value.name || 'anonymous'})`;
  if (typeof value === 'object') return 'an object with no parseFromString method';
  return `a ${typeof value}`;
}

/** The parser `option` gives: itself, or a new instance of the class it is. */
export function xmlParserFrom(option: XmlParser | XmlParserClass): XmlParser {
  if (parses(option)) return option;
  if (typeof option === 'function' && parses(option.prototype)) {
    try {
      return new option();
    } catch (cause) {
      throw new CatalogueError('`domParser`: the parser class given could not be instantiated.', undefined, { cause });
    }
  }
  throw new CatalogueError(
    `\`domParser\` must be an XML parser (new DOMParser()) or its class (DOMParser); it is ${described(option)}.`,
  );
}
