import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  Availability, DOCUMENT_TYPES, EventInfo, FACETS, RELATION_TYPES, Source, VideoDescription,
  type Facet,
} from '../../src/sdk/schemas.js';
import type { CatalogueRecord } from '../../src/catalogue/adapter.js';
import { demoCatalogue, demoEvents, demoRecords, demoVideos } from '../../demo/data/index.js';

/** The raw JSON, read apart from the typed module, so the schemas see exactly what the files hold. */
const readJson = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../demo/data/${name}`, import.meta.url), 'utf8'));

/** Lower case, no accents, punctuation as spaces: enough to compare labels, titles and headings roughly. */
const normalise = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const containsWords = (haystack: string, needle: string): boolean => ` ${haystack} `.includes(` ${needle} `);

/** "Nom, Prénom" is also written "Prénom Nom" in a video's entities. */
const authorForms = (author: string): string[] => {
  const [last, first] = author.split(',').map((part) => part.trim());
  return first ? [normalise(`${last} ${first}`), normalise(`${first} ${last}`)] : [normalise(author)];
};

/** A RAMEAU heading's parts, with and without their qualifier: "Rap (musique) -- France" → "rap musique", "rap", "france". */
const subjectForms = (heading: string): string[] =>
  heading.split(' -- ').flatMap((part) => {
    const bare = part.replace(/\([^)]*\)/g, ' ');
    const forms = [normalise(part), normalise(bare)];
    if (bare.includes(',')) forms.push(...authorForms(bare), normalise(bare.split(',')[0] ?? ''));
    return forms;
  });

/** A rough relevance test, not the ranking engine: the entity is an author, words of the title, or a heading part. */
const sharesLabel = (record: CatalogueRecord, label: string, facet: Facet): boolean => {
  const entity = normalise(label);
  if (entity.length < 2) return false;
  if (record.authors.some((author) => authorForms(author).includes(entity))) return true;
  if (containsWords(normalise(`${record.title} ${record.subtitle ?? ''}`), entity)) return true;
  return record.subjects.some((heading) =>
    subjectForms(heading).includes(entity) || (facet === 'dates' && containsWords(normalise(heading), entity)));
};

/** Records matching at least one of the video's stronger entities (weight ≥ 0.3, bare keywords left out). */
const relevantRecords = (video: VideoDescription, records: readonly CatalogueRecord[]): CatalogueRecord[] => {
  const entities = FACETS.filter((facet) => facet !== 'keywords').flatMap((facet) =>
    (video.entities[facet] ?? []).filter((entity) => entity.weight >= 0.3).map((entity) => ({ facet, label: entity.label })));
  return records.filter((record) => entities.some(({ facet, label }) => sharesLabel(record, label, facet)));
};

const isbn13IsValid = (isbn: string): boolean =>
  /^97[89]\d{10}$/.test(isbn) &&
  [...isbn].reduce((sum, digit, index) => sum + Number(digit) * (index % 2 === 0 ? 1 : 3), 0) % 10 === 0;

describe('demo catalogue', () => {
  test('holds at least 200 records with unique ids, also across events', () => {
    assert.ok(demoCatalogue.length >= 200, `${demoCatalogue.length} records`);
    const ids = demoRecords.map((record) => record.id);
    assert.equal(new Set(ids).size, ids.length);
  });

  test('every record is well formed', () => {
    const types = new Set<string>(DOCUMENT_TYPES.filter((type) => type !== 'event' && type !== 'other'));
    for (const record of readJson('catalogue.json') as CatalogueRecord[]) {
      const where = `${record.id} ${record.title}`;
      assert.ok(record.title.trim().length > 0, where);
      assert.ok(types.has(record.type), `${where}: type ${record.type}`);
      assert.ok(Array.isArray(record.authors) && record.authors.every((author) => author.trim().length > 0), where);
      assert.ok(record.subjects.length > 0 && record.subjects.every((heading) => heading.trim().length > 0), where);
      assert.equal(record.url, `https://opac.example.org/notice/${record.id}`, where);
      assert.equal(record.coverUrl, undefined, where);
      if (record.year !== undefined) assert.ok(Number.isInteger(record.year) && record.year >= 1500 && record.year <= 2026, where);
      if (record.isbn !== undefined) assert.ok(isbn13IsValid(record.isbn), `${where}: ISBN ${record.isbn}`);
      assert.deepEqual(Source.parse(record.source), record.source, where);
      assert.ok(['library', 'network', 'digital'].includes(record.source.kind), where);
      assert.ok(record.availability, where);
      assert.deepEqual(Availability.parse(record.availability), record.availability, where);
      assert.equal(record.availability.status === 'online', record.source.kind === 'digital', `${where}: online means digital`);
    }
  });

  test('mixes document types and sources like a real library', () => {
    const count = (predicate: (record: CatalogueRecord) => boolean) => demoCatalogue.filter(predicate).length;
    for (const type of ['book', 'ebook', 'audio', 'video', 'score', 'periodical', 'resource', 'game', 'map', 'image', 'training'])
      assert.ok(count((record) => record.type === type) >= 1, type);
    assert.ok(count((record) => record.subjects.includes('Bandes dessinées')) >= 5, 'comics');
    assert.ok(count((record) => record.source.kind === 'library') > demoCatalogue.length / 2, 'mostly the library');
    assert.ok(count((record) => record.source.kind === 'network') >= 10, 'network');
    assert.ok(count((record) => record.source.kind === 'digital') >= 5, 'digital');
  });
});

describe('demo events', () => {
  test('a dozen dated, located, priced events', () => {
    assert.ok(demoEvents.length >= 12, `${demoEvents.length} events`);
    for (const record of readJson('events.json') as CatalogueRecord[]) {
      assert.equal(record.type, 'event', record.id);
      assert.equal(record.url, `https://agenda.example.org/${record.id}`);
      assert.deepEqual(record.source, { kind: 'event', name: 'Agenda culturel de la Métropole' });
      assert.ok(record.subjects.length > 0 && record.description, record.id);
      assert.ok(record.event, record.id);
      assert.deepEqual(EventInfo.parse(record.event), record.event);
      const startsAt = new Date(record.event.startsAt);
      assert.ok(startsAt >= new Date('2026-12-01T00:00:00+01:00') && startsAt < new Date('2027-03-01T00:00:00+01:00'), record.id);
      assert.ok(record.event.distanceKm !== undefined && record.event.distanceKm > 0 && record.event.distanceKm < 30, record.id);
      assert.ok(record.event.venue && record.event.price, record.id);
    }
  });

  test('every event relates to at least one demo video', () => {
    for (const record of demoEvents)
      assert.ok(demoVideos.some((video) => relevantRecords(video, [record]).length > 0), `${record.id} relates to no video`);
  });
});

describe('demo videos', () => {
  test('match the API contract exactly: nothing stripped, nothing clamped', () => {
    const raw = readJson('videos.json') as unknown[];
    assert.ok(raw.length >= 12, `${raw.length} videos`);
    for (const video of raw) assert.deepEqual(VideoDescription.parse(video), video);
  });

  test('have valid, unique, French, categorised ids', () => {
    const ids = demoVideos.map((description) => description.video.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const { video, relation } of demoVideos) {
      assert.match(video.id, /^[A-Za-z0-9_-]{11}$/);
      assert.equal(video.language, 'fr', video.id);
      assert.ok([10, 17, 19, 22, 24, 25, 26, 27, 28].includes(video.category ?? 0), video.id);
      assert.ok(!Number.isNaN(Date.parse(video.publishedAt ?? '')), video.id);
      assert.ok(video.title && video.channel && video.description, video.id);
      assert.ok(relation.reason && relation.reason.length > 20, video.id);
    }
  });

  test('span the three relation types', () => {
    const present = new Set(demoVideos.map((description) => description.relation.type));
    for (const type of RELATION_TYPES) assert.ok(present.has(type), type);
  });

  test('carry subjects, places or people, and varied weights', () => {
    for (const { video, entities } of demoVideos) {
      assert.ok((entities.subjects ?? []).length > 0, `${video.id}: subjects`);
      assert.ok((entities.people ?? []).length + (entities.places ?? []).length > 0, `${video.id}: people or places`);
      const weights = new Set(FACETS.flatMap((facet) => (entities[facet] ?? []).map((entity) => entity.weight)));
      assert.ok(weights.size >= 4, `${video.id}: weights`);
      for (const { label } of entities.dates ?? []) assert.match(label, /^\d{3,4}(-\d{2}-\d{2})?(\/\d{3,4})?$/, video.id);
    }
  });

  test('each find at least 8 relevant records, over several types and authors', () => {
    for (const description of demoVideos) {
      const relevant = relevantRecords(description, demoCatalogue);
      const where = `${description.video.id} ${description.video.title}`;
      assert.ok(relevant.length >= 8, `${where}: ${relevant.length} relevant records`);
      assert.ok(new Set(relevant.map((record) => record.type)).size >= 3, `${where}: types`);
      assert.ok(new Set(relevant.map((record) => record.authors[0] ?? record.id)).size >= 4, `${where}: authors`);
    }
  });

  test('the floor is not trivially met: an unrelated video finds nothing', () => {
    const unrelated = VideoDescription.parse({
      video: { id: 'zzzzzzzzzzz', title: 'Apiculture urbaine' }, relation: { type: 'pedagogy' },
      entities: { subjects: [{ label: 'Apiculture', weight: 0.9 }], places: [{ label: 'Ouagadougou', weight: 0.5 }] },
    });
    assert.equal(relevantRecords(unrelated, demoCatalogue).length, 0);
  });
});
