import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readLegacyResponse } from '../../src/recommenders/legacy.js';
import { isValidationError } from '../../src/sdk/errors.js';

type Json = Record<string, any>;
const loadSample = (): Json =>
  JSON.parse(readFileSync(new URL('../fixtures/legacy-sample.json', import.meta.url), 'utf8')) as Json;

test('reads the video, its thumbnail and its relation from the wrapped sample', () => {
  const { description, blocked, skipped } = readLegacyResponse(loadSample());
  assert.equal(description.video.id, 'Xy7kQ2pLm0A');
  assert.equal(description.video.title, 'La prise de la Bastille, vraiment ? | Histoire en 10 minutes');
  assert.equal(description.video.channel, 'Histoire en 10 minutes');
  assert.equal(description.video.thumbnailUrl, 'https://i.ytimg.com/vi/Xy7kQ2pLm0A/mqdefault.jpg');
  assert.match(description.video.description ?? '', /^Le 14 juillet 1789/);
  assert.equal(typeof description.relation.type, 'string');
  assert.ok(description.relation.type.length > 0);
  assert.equal(blocked, undefined, 'the always-present error texts are not a block');
  assert.equal(skipped, 0);
});

test('maps the entities: people, keywords, a date from "14 juillet 1789", other titles as works, no quantity', () => {
  const { entities } = readLegacyResponse(loadSample()).description;
  assert.deepEqual(entities.people?.map((e) => e.label), ['Robespierre', 'Camille Desmoulins', 'Michelet']);
  assert.equal(entities.people?.[0]?.weight, 0.97);
  assert.deepEqual(entities.keywords?.map((e) => e.label), ['Bastille', '14 juillet 1789', 'Paris']);
  assert.deepEqual(entities.dates, [{ label: '1789', weight: 0.95 }]);
  // The first TITLE is the video's own title; the second is kept as a work, at half its importance.
  assert.deepEqual(entities.works, [{ label: 'Instagram', weight: 0.355 }]);
  const labels = Object.values(entities).flat().map((e) => e.label);
  assert.ok(!labels.includes('10 minutes'), 'QUANTITY is dropped');
  assert.ok(!labels.some((l) => l.startsWith('La prise de la Bastille, vraiment')));
});

test('reads BnF records: ark id, title and subtitle, authors, type, subjects, ISBN, https link, foundBy', () => {
  const { candidates } = readLegacyResponse(loadSample());
  assert.equal(candidates.length, 11);
  const byId = new Map(candidates.map((c) => [c.id, c]));

  // The sample's invented ISBNs fail their check digit and are dropped; its EAN is valid.
  const first = byId.get('ark:/12148/cb000000001');
  assert.deepEqual(first, {
    id: 'ark:/12148/cb000000001',
    title: 'La Bastille',
    subtitle: "histoire d'une forteresse",
    authors: ['Durand Claire'],
    type: 'book',
    subjects: ['Bastille (Paris)', 'Histoire'],
    url: 'https://catalogue.bnf.fr/ark:/12148/cb000000001',
    source: { kind: 'national', name: 'BnF' },
    foundBy: { query: undefined, entity: 'Bastille', position: 1 },
  });

  const biography = byId.get('ark:/12148/cb000000002');
  assert.equal(biography?.title, 'Robespierre');
  assert.equal(biography?.subtitle, undefined);
  assert.deepEqual(biography?.authors, ['Martin Paul']);
  assert.deepEqual(biography?.subjects, ['Robespierre Maximilien de', '1758-1794', 'Biographie']);
  assert.equal(biography?.isbn, undefined, '"Br." is not an ISBN');

  const map = byId.get('ark:/12148/cb000000003');
  assert.equal(map?.type, 'map');
  assert.deepEqual(map?.authors, []);
  assert.deepEqual(map?.subjects, []);
  assert.equal(map?.foundBy?.position, 2);

  assert.equal(byId.get('ark:/12148/cb000000007')?.isbn, '9782000000075', 'the EAN stands in for a missing ISBN');
  assert.equal(byId.get('ark:/12148/cb000000008')?.type, 'video');
  assert.equal(byId.get('ark:/12148/cb000000008')?.title, '14 juillet 1789');
  assert.equal(byId.get('ark:/12148/cb000000008')?.subtitle, 'la prise de la Bastille');
});

test('reads DATAtourisme items as events with a stable id and the raw price', () => {
  const first = readLegacyResponse(loadSample()).candidates.filter((c) => c.type === 'event');
  const again = readLegacyResponse(loadSample()).candidates.filter((c) => c.type === 'event');
  assert.equal(first.length, 1);
  const event = first[0];
  assert.match(event?.id ?? '', /^dt-[0-9a-z]+$/);
  assert.equal(event?.id, again[0]?.id);
  assert.equal(event?.title, 'Conférence : la Révolution au quotidien');
  assert.deepEqual(event?.event, { startsAt: '2026-12-05', distanceKm: 3.4, price: '0' });
  assert.equal(event?.description, 'Une historienne raconte la vie des Parisiens en 1789.');
  assert.equal(event?.url, 'https://exemple.org/agenda/revolution');
  assert.deepEqual(event?.source, { kind: 'event', name: 'DATAtourisme' });
  assert.equal(event?.year, 2026);
});

test('reads the unwrapped shape with a flat item array the same way', () => {
  const sample = loadSample().data as Json;
  const flat = {
    ...sample,
    searchRecordItems: [...sample.searchRecordItems.SearchRecordItemBNF, ...sample.searchRecordItems.SearchRecordItemDT],
  };
  const wrapped = readLegacyResponse(loadSample());
  const unwrapped = readLegacyResponse(flat);
  assert.deepEqual(unwrapped.description, wrapped.description);
  assert.deepEqual(
    unwrapped.candidates.map((c) => c.id).sort(),
    wrapped.candidates.map((c) => c.id).sort(),
  );
});

test('skips and counts malformed records, keeps the rest, drops junk ISBNs and unsafe links', () => {
  const body = {
    videoInfos: { id: 'abcdefghijk', title: 'Un clip', thumbnails: { url: 'http://i.ytimg.com/x.jpg' } },
    edenEntities: {
      PERSON: [{ entity: 'SCH', importance: 3 }, { entity: '   ', importance: 0.5 }, 'junk', { entity: 'Jul', importance: -1 }],
      KEYWORD: [{ entity: 'rap' }],
    },
    searchRecordItems: {
      SearchRecordItemBNF: [
        null,
        { record: { identifier: 'ark:/12148/cb1', title: '   ' } },
        { record: { title: 'No identifier' } },
        { matchingEntity: 'SCH' },
        { record: { identifier: 'ark:/12148/cb2', title: 'Deo Favente', isbn: '978-2-07-036822-8 (br.)', ean: '200 fr.' } },
        { record: { notice: 'FRBNF1', title: 'JVLIVS   ', author: 'SCH', support: 'Enregistrement sonore', isbn: '200 fr.', link: 'javascript:alert(1)', position: 'x' }, matchingEntity: 'SCH' },
      ],
      SearchRecordItemDT: [{ record: { title: 'Concert', link: 'https://ex.org/c' } }, 42],
    },
  };
  const { description, candidates, skipped } = readLegacyResponse(body);
  assert.equal(description.video.thumbnailUrl, undefined, 'only https thumbnails');
  assert.deepEqual(description.entities.people, [{ label: 'SCH', weight: 1 }, { label: 'Jul', weight: 0 }]);
  assert.deepEqual(description.entities.keywords, [{ label: 'rap', weight: 0.5 }]);
  assert.equal(candidates.length, 2);
  assert.equal(candidates[0]?.isbn, '9782070368228');
  const record = candidates[1];
  assert.equal(record?.id, 'FRBNF1');
  assert.equal(record?.type, 'audio');
  assert.equal(record?.isbn, undefined);
  assert.equal(record?.url, undefined);
  assert.equal(record?.foundBy?.position, 1);
  assert.equal(skipped, 6);
});

test('a flat array item of no known shape is skipped and counted', () => {
  const { candidates, skipped } = readLegacyResponse({
    videoInfos: { id: 'abcdefghijk', title: 'T' },
    searchRecordItems: [{ record: { foo: 1 } }, 'x', { record: { identifier: 'ark:/1', title: 'Livre' } }],
  });
  assert.deepEqual(candidates.map((c) => c.id), ['ark:/1']);
  assert.equal(skipped, 2);
});

test('signals a block only when nothing was analysed, or when a flag is true', () => {
  const errorMessage = {
    channelWhiteListError: 'La chaîne ne peut pas être analysée',
    channelBlackListError: 'La chaîne ne peut pas être analysée',
    videoBlackListError: 'La vidéo ne peut pas être analysée',
  };
  const empty = readLegacyResponse({ data: { errorMessage, videoInfos: { id: 'abcdefghijk', title: 'T' } } });
  assert.equal(empty.blocked, 'video');
  assert.deepEqual(empty.candidates, []);

  const channelOnly = readLegacyResponse(
    { errorMessage: { channelBlackListError: 'La chaîne ne peut pas être analysée', videoBlackListError: '' } },
    { videoId: 'abcdefghijk' },
  );
  assert.equal(channelOnly.blocked, 'channel');
  assert.equal(channelOnly.description.video.id, 'abcdefghijk');

  const flagged = loadSample();
  flagged.data.errorMessage.channelBlackListError = true;
  assert.equal(readLegacyResponse(flagged).blocked, 'channel');
});

test('a body with no usable shape is a ValidationError', () => {
  for (const body of [null, 'text', 42, [], {}, { data: {} }, { videoInfos: { title: 'no id' } }]) {
    assert.throws(() => readLegacyResponse(body), (e: unknown) => isValidationError(e), JSON.stringify(body));
  }
});
