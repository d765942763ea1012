/**
 * Ranking benchmark (`npm run bench`): a synthetic but realistic candidate payload, generated deterministically,
 * of 2,000 (40 searches × 50) and 20,000 records. For each size, in the same run: `JSON.parse` of the payload
 * string vs `rank()` of the parsed candidates, after warm-up, median of several repetitions.
 */
import { performance } from 'node:perf_hooks';
import type { CatalogueRecord } from '../src/catalogue/adapter.js';
import { rank } from '../src/ranking/index.js';
import { DOCUMENT_TYPES, type VideoDescription } from '../src/sdk/schemas.js';

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = ['Robespierre', 'Camille Desmoulins', 'Danton', 'Marat', 'Louis XVI', 'Marie-Antoinette', 'Lafayette', 'Mirabeau', 'Saint-Just', 'Condorcet'];
const PLACES = ['Paris', 'Versailles', 'Bastille', 'Lyon', 'Vendée'];
const SUBJECTS = ['Révolution française', 'Terreur', 'Monarchie', 'Droits de l’homme', 'Sans-culottes', 'Girondins'];
const KEYWORDS = ['prise', 'peuple', 'assemblée', 'guillotine', 'constitution', 'émeute', 'liberté'];

const description: VideoDescription = {
  video: { id: 'Xy7kQ2pLm0A', title: 'La prise de la Bastille, vraiment ?', category: 27 },
  relation: { type: 'pedagogy' },
  entities: {
    people: PEOPLE.map((label, i) => ({ label, weight: 0.95 - i * 0.05 })),
    places: PLACES.map((label, i) => ({ label, weight: 0.9 - i * 0.1 })),
    subjects: SUBJECTS.map((label, i) => ({ label, weight: 0.85 - i * 0.08 })),
    dates: [{ label: '1789', weight: 0.8 }, { label: '1793/1794', weight: 0.6 }],
    keywords: KEYWORDS.map((label, i) => ({ label, weight: 0.7 - i * 0.07 })),
  },
};

const WORDS = (
  'histoire france siècle vie société guerre roi peuple ville femmes hommes politique pouvoir mémoire nation ' +
  'république lettres journal écrits discours correspondance souvenirs étude essai roman récit images chansons ' +
  'musique jardins cuisine voyage enfants école science nature art architecture théâtre église économie'
).split(' ');
const SURNAMES = 'Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre Michel Garcia David Bertrand Roux Vincent Fournier'.split(' ');
const GIVEN = 'Paul Claire Jean Marie Luc Anne Pierre Sophie Jacques Louise'.split(' ');
const HEADINGS = [
  'France -- 1789-1799 (Révolution)', 'Paris (France) -- Histoire', 'Biographie', 'Sources', 'Histoire sociale',
  'Révolution française', 'Versailles (Yvelines) -- Château', 'Guides touristiques', 'Lyon (Rhône) -- 1793 (Siège)',
  'Terreur (1793-1794)', 'Littérature française -- 19e siècle', 'Cuisine française', 'Mœurs et coutumes',
];
const SOURCES = [
  { kind: 'library', name: 'Médiathèque' },
  { kind: 'network', name: 'Réseau des médiathèques' },
  { kind: 'national', name: 'BnF' },
] as const;

function generateCandidates(count: number, seed: number): CatalogueRecord[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const entityLabels = [...PEOPLE, ...PLACES, ...SUBJECTS, ...KEYWORDS];
  const candidates: CatalogueRecord[] = [];
  for (let i = 0; i < count; i++) {
    // About half the records mention an entity in the title, as a catalogue answer to a search for it would.
    const title = random() < 0.5 ? `${words(1)} ${pick(entityLabels)} ${words(2)}` : words(2 + Math.floor(random() * 5));
    const authors = random() < 0.85 ? [random() < 0.5 ? `${pick(SURNAMES)}, ${pick(GIVEN)}` : `${pick(GIVEN)} ${pick(SURNAMES)}`] : [];
    if (random() < 0.1) authors.push(pick(PEOPLE));
    const subjects = random() < 0.75 ? Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(HEADINGS)) : [];
    const record: CatalogueRecord = {
      id: `rec-${seed}-${i}`,
      title,
      authors,
      type: random() < 0.6 ? 'book' : pick(DOCUMENT_TYPES),
      subjects,
      source: pick(SOURCES),
      url: `https://opac.example.org/notice/${i}`,
    };
    if (random() < 0.8) record.year = 1800 + Math.floor(random() * 225);
    if (random() < 0.3) record.subtitle = words(4);
    if (random() < 0.3) record.description = `${words(15)} ${random() < 0.3 ? pick(entityLabels) : ''} ${words(15)}`;
    if (random() < 0.5) record.isbn = `978-2-${String(100000 + i).slice(-6)}-00-0`;
    candidates.push(record);
  }
  return candidates;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Times `parse` and `rank` alternately, so that load from other processes on a shared machine hits both alike;
 * returns the median and the minimum of each.
 */
function timeBoth(parse: () => unknown, rankOnce: () => unknown, warmUp: number, repetitions: number) {
  for (let i = 0; i < warmUp; i++) {
    parse();
    rankOnce();
  }
  const parseSamples: number[] = [];
  const rankSamples: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    let start = performance.now();
    parse();
    parseSamples.push(performance.now() - start);
    start = performance.now();
    rankOnce();
    rankSamples.push(performance.now() - start);
  }
  return {
    parseMs: median(parseSamples),
    rankMs: median(rankSamples),
    parseMin: Math.min(...parseSamples),
    rankMin: Math.min(...rankSamples),
  };
}

interface Row {
  n: number;
  bytes: number;
  parseMs: number;
  rankMs: number;
  parseMin: number;
  rankMin: number;
  items: number;
}

const rows: Row[] = [];
for (const [n, repetitions] of [[2_000, 41], [20_000, 15]] as const) {
  const payload = JSON.stringify(generateCandidates(n, 20_240_501));
  const candidates = JSON.parse(payload) as CatalogueRecord[];
  let items = 0;
  const timings = timeBoth(
    () => JSON.parse(payload),
    () => (items = rank({ description, candidates }).length),
    5,
    repetitions,
  );
  rows.push({ n, bytes: payload.length, ...timings, items });
}

const format = (value: number, digits = 2) => value.toFixed(digits);
console.log(`node ${process.version}; ${Object.values(description.entities).flat().length} entities; limit 20`);
console.log('| n | payload | parse ms (median / min) | rank ms (median / min) | rank / parse (median / min) | items |');
console.log('|---:|---:|---:|---:|---:|---:|');
for (const row of rows) {
  console.log(
    `| ${row.n} | ${format(row.bytes / 1e6, 1)} MB | ${format(row.parseMs)} / ${format(row.parseMin)} | ` +
      `${format(row.rankMs)} / ${format(row.rankMin)} | ${format(row.rankMs / row.parseMs)} / ${format(row.rankMin / row.parseMin)} | ${row.items} |`,
  );
}
const [small, large] = rows as [Row, Row];
const nLogN = (large.n * Math.log(large.n)) / (small.n * Math.log(small.n));
console.log(
  `\ngrowth 2,000 → 20,000 (medians): rank × ${format(large.rankMs / small.rankMs, 1)}, ` +
    `parse × ${format(large.parseMs / small.parseMs, 1)}, n log n × ${format(nLogN, 1)}`,
);
