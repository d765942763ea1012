/**
 * Name headings as catalogues write them, read into parts: "Hawking, Stephen (1942-2018)", "Stromae (1985-....).
 * Compositeur", "Jancovici Jean-Marc 1962-....", "PNL", "Napoléon Ier (1769-1821 ; empereur des Français)",
 * "Trous noirs (astronomie)". The name is what is left once the qualifiers (in parentheses), the dates and the roles
 * (after "). ") are set aside; an inverted heading ("Surname, Forenames") also gives its surname.
 */
import { BoundedCache } from './bounded-cache.js';
import { caseTokens, foldedTokens } from './text-folding.js';

export interface NameHeading {
  /** The name's folded words, without dates, qualifiers or roles. */
  words: readonly string[];
  /** The same words, case kept (acronyms). */
  caseWords: readonly string[];
  /** The folded words before the comma of an inverted heading ("Hawking, Stephen" → ["hawking"]). */
  surname?: readonly string[];
  /** Who the heading names, in any order: its words sorted ("Martin, Paul" and "Paul Martin" give "martin paul"). */
  key: string;
  /**
   * The key with the qualifier's words, dates left out: "Niska (Indiens)" and "Niska (1994-....)" are two things
   * of one name, "Desmoulins, Camille" and "Desmoulins, Camille (1760-1794)" one person.
   */
  identity: string;
  /**
   * The identity and the year of birth, known ("1994") or not ("18.."), empty without dates: "Gazo (1994-....)" and
   * "Gazo (18..-18..)" are two people, since life dates are what a catalogue gives to tell namesakes apart.
   * `oneBearer` compares them, a heading without dates being compatible with any.
   */
  person: string;
}

const PARENTHESES = /\([^)]*\)/g;
/** "Stromae (1985-....). Compositeur", "Faye, Gaël (1982-....). Auteur du texte / Autrice du texte". */
const ROLE_AFTER_QUALIFIER = /\)\s*\.\s.*$/s;
/** "Dupont, Pierre. Auteur du texte": a role after a full word (initials such as "M. P." are kept). */
const ROLE_AFTER_NAME = /(\p{L}{2,})\.\s+\p{Lu}\p{Ll}{3,}.*$/su;
const DATE_WORD = /^\d+$/;
/** Life dates written without parentheses ("Jancovici Jean-Marc 1962-....", "Niska 1994-.... Interprète"): the name
 * is what comes before them, a role or a note what follows. */
const DATES_AND_AFTER = /\s\d{2,4}(?:\.\.)?\??\s*-\s*(?:\d{2,4}|\.{2,4}|\?).*$/s;
/** The year of birth of life dates, known ("1994") or not ("18.."): "(1994-....)", "18..-18..", "1852?-1921". */
const BIRTH = /(?:^|[\s(])(\d{2,4}(?:\.\.)?)\??\s*-\s*(?:\d{2,4}|\.{2,4}|\?)/;

const readings = new BoundedCache(read);

/** Reads a heading, once per distinct heading (the reading is shared: never modify it). */
export function readNameHeading(heading: string): NameHeading {
  return readings.get(heading);
}

function read(heading: string): NameHeading {
  const withoutRole = heading.replace(ROLE_AFTER_QUALIFIER, ')').replace(ROLE_AFTER_NAME, '$1');
  const qualifier = foldedTokens((withoutRole.match(PARENTHESES) ?? []).join(' ')).filter((word) => !DATE_WORD.test(word));
  const name = withoutRole.replace(PARENTHESES, ' ').replace(DATES_AND_AFTER, '');
  const isName = (word: string) => !DATE_WORD.test(word);
  const words = foldedTokens(name).filter(isName);
  const key = [...words].sort().join(' ');
  const reading: NameHeading = { person: '', words, caseWords: caseTokens(name).filter(isName), key, identity: `${key}|${qualifier.join(' ')}` };
  reading.person = `${reading.identity}|${BIRTH.exec(withoutRole)?.[1] ?? ''}`;
  const comma = name.indexOf(',');
  if (comma > 0) reading.surname = foldedTokens(name.slice(0, comma)).filter(isName);
  return reading;
}

/** Who a heading names, in any order: "Martin, Paul", "Paul Martin" and "MARTIN Paul (1950-....)" are one key. */
export function nameKey(heading: string): string {
  return readNameHeading(heading).key;
}

/** Whether `person` readings (or other heading keys, without a "|") all name one bearer: one identity, and at most one year of birth among those given. */
export function oneBearer(persons: Iterable<string>): boolean {
  const identities = new Set<string>();
  const births = new Set<string>();
  for (const person of persons) {
    const cut = person.lastIndexOf('|');
    identities.add(cut < 0 ? person : person.slice(0, cut));
    if (cut >= 0 && cut < person.length - 1) births.add(person.slice(cut + 1));
  }
  return identities.size <= 1 && births.size <= 1;
}
