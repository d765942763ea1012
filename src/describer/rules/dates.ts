/**
 * Dates in the contract's forms: a year ("1789"), a day ("1789-07-14"), a range ("1914/1918"). Found as years,
 * ranges ("1939-1945", "de 1914 à 1918"), days ("14 juillet 1789", "July 4, 1776"), centuries ("XIXe siècle",
 * "19th century" → "1801/1900") and decades ("années 80" → "1980/1989"). A number followed by a unit ("2000 €",
 * "1500 km", "1200 abonnés") is not a year.
 */
import type { Candidate, Zone } from './candidate.js';

const YEAR = '(1[0-9]{3}|20[0-9]{2})';
const NOT_A_YEAR_AFTER =
  /^\s*(?:€|\$|£|euros?|dollars?|km|m\b|kg|g\b|mètres|metres|pages?|vues|views|abonnés|subscribers|personnes|habitants|fois|h\b|heures|min|minutes|%|x\b|px|p\b)/iu;
const RANGE = new RegExp(`(?:\\b(?:de|from|entre)\\s+)?\\b${YEAR}\\s*(?:-|–|—|à|au|a|to|et|and|/)\\s*${YEAR}\\b`, 'giu');
const SINGLE = new RegExp(`(?<![\\d.,:/])${YEAR}(?!\\d|[.,:/]\\d)`, 'gu');
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre',
  'décembre'];
const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december'];
const DAY_FR = new RegExp(`\\b(\\d{1,2})(?:er)?\\s+(${MONTHS_FR.join('|')})\\s+${YEAR}\\b`, 'giu');
const DAY_EN = new RegExp(`\\b(${MONTHS_EN.join('|')})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`, 'giu');
const CENTURY_FR = /\b([IVXL]+|\d{1,2})(?:e|è|ème|eme|er|ᵉ)\s+siècles?\b/giu;
const CENTURY_EN = /\b(\d{1,2})(?:st|nd|rd|th)[\s-]+century\b/giu;
const DECADE_FR = /\bannées\s+(?:(19|20)?([0-9]0))\b/giu;
const DECADE_EN = /\b(?:the\s+)?(19|20)?([0-9]0)'?s\b/gu;

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
function romanValue(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN[roman[i]!.toUpperCase()]!;
    const next = ROMAN[roman[i + 1]?.toUpperCase() ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

const pad = (n: number) => String(n).padStart(2, '0');

function century(n: number): string | undefined {
  return n >= 1 && n <= 21 ? `${(n - 1) * 100 + 1}/${n * 100}` : undefined;
}

function decade(century: string | undefined, tens: string): string {
  const start = Number((century ?? (Number(tens) >= 30 ? '19' : '20')) + tens);
  return `${start}/${start + 9}`;
}

export function dateCandidates(text: string, zone: Zone): Candidate[] {
  const found: Candidate[] = [];
  const taken: [number, number][] = [];
  const add = (match: RegExpMatchArray, label: string | undefined) => {
    if (!label) return;
    const start = match.index!;
    const end = start + match[0].length;
    if (taken.some(([s, e]) => start < e && end > s)) return;
    taken.push([start, end]);
    found.push({ text: match[0].trim(), origin: 'date', zone, hint: 'dates', label });
  };
  for (const m of text.matchAll(DAY_FR)) {
    const month = MONTHS_FR.indexOf(m[2]!.toLowerCase()) + 1;
    if (Number(m[1]) <= 31) add(m, `${m[3]}-${pad(month)}-${pad(Number(m[1]))}`);
  }
  for (const m of text.matchAll(DAY_EN)) {
    const month = MONTHS_EN.indexOf(m[1]!.toLowerCase()) + 1;
    if (Number(m[2]) <= 31) add(m, `${m[3]}-${pad(month)}-${pad(Number(m[2]))}`);
  }
  for (const m of text.matchAll(RANGE)) {
    if (Number(m[2]) > Number(m[1]) && Number(m[2]) - Number(m[1]) <= 300) add(m, `${m[1]}/${m[2]}`);
  }
  for (const m of text.matchAll(CENTURY_FR)) add(m, century(/\d/.test(m[1]!) ? Number(m[1]) : romanValue(m[1]!)));
  for (const m of text.matchAll(CENTURY_EN)) add(m, century(Number(m[1])));
  for (const m of text.matchAll(DECADE_FR)) add(m, decade(m[1], m[2]!));
  for (const m of text.matchAll(DECADE_EN)) add(m, decade(m[1], m[2]!));
  for (const m of text.matchAll(SINGLE)) {
    if (NOT_A_YEAR_AFTER.test(text.slice(m.index! + m[0].length))) continue;
    add(m, m[1]);
  }
  return found;
}
