/**
 * The legacy sample (../shared/fixtures/legacy-sample.json) turned by hand into our model, as the legacy reader
 * would: the documents the video is about must rank above the noise the legacy service let through.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyRelation, rank } from '../../src/ranking/index.js';
import type { VideoDescription } from '../../src/sdk/schemas.js';
import { NATIONAL, ids, record } from './ranking-fixtures.js';

const video = {
  id: 'Xy7kQ2pLm0A',
  title: 'La prise de la Bastille, vraiment ? | Histoire en 10 minutes',
  description:
    "Le 14 juillet 1789, Paris se soulève. Que s'est-il passé ce jour-là ? Avec Robespierre, Camille Desmoulins et " +
    'les gardes-françaises.\n\nSources en description : Michelet, Soboul.\n► Instagram : https://instagram.com/exemple',
  channel: 'Histoire en 10 minutes',
};

const description: VideoDescription = {
  video,
  relation: classifyRelation(video),
  entities: {
    works: [{ label: 'La prise de la Bastille, vraiment ? | Histoire en 10 minutes', weight: 0.99 }],
    people: [
      { label: 'Robespierre', weight: 0.97 },
      { label: 'Camille Desmoulins', weight: 0.93 },
      { label: 'Michelet', weight: 0.82 },
    ],
    keywords: [
      { label: 'Bastille', weight: 0.99 },
      { label: '14 juillet 1789', weight: 0.95 },
      { label: 'Paris', weight: 0.8 },
      { label: 'Instagram', weight: 0.71 },
      { label: '10 minutes', weight: 0.4 },
    ],
  },
};

const bnf = (id: string) => `http://catalogue.bnf.fr/ark:/12148/${id}`;
const candidates = [
  record({ id: 'cb000000001', title: "La Bastille : histoire d'une forteresse", authors: ['Durand Claire'], subjects: ['Bastille (Paris)', 'Histoire'], isbn: '978-2-00-000001-1', url: bnf('cb000000001'), source: NATIONAL }),
  record({ id: 'cb000000002', title: 'Robespierre', authors: ['Martin Paul'], subjects: ['Robespierre Maximilien de 1758-1794', 'Biographie'], url: bnf('cb000000002'), source: NATIONAL }),
  record({ id: 'cb000000003', title: 'Plan de la Bastille et de ses environs', type: 'map', url: bnf('cb000000003'), source: NATIONAL }),
  record({ id: 'cb000000004', title: 'Histoire de la Révolution française', authors: ['Michelet Jules'], subjects: ['France', '1789-1799 (Révolution)'], isbn: '978-2-00-000004-2', url: bnf('cb000000004'), source: NATIONAL }),
  record({ id: 'cb000000005', title: "Catalogue d'une vente de livres anciens... de M. Bastille... 1852", url: bnf('cb000000005'), source: NATIONAL }),
  record({ id: 'cb000000006', title: 'Le Vieux Cordelier', authors: ['Desmoulins Camille'], subjects: ['France', '1789-1799 (Révolution)', 'Sources'], url: bnf('cb000000006'), source: NATIONAL }),
  record({ id: 'cb000000007', title: 'Instagram pour les nuls', authors: ['Lefèvre Sophie'], subjects: ['Instagram (logiciel)', 'Guides pratiques'], url: bnf('cb000000007'), source: NATIONAL }),
  record({ id: 'cb000000008', title: '14 juillet 1789 : la prise de la Bastille', authors: ['Bernard Luc'], type: 'video', subjects: ['Bastille (Paris)', 'Prise (1789)', 'Documentaire'], url: bnf('cb000000008'), source: NATIONAL }),
  record({ id: 'cb000000009', title: 'Paris : guide touristique 2024', subjects: ['Paris (France)', 'Guides touristiques'], url: bnf('cb000000009'), source: NATIONAL }),
  record({ id: 'cb000000010', title: "Robespierre : l'homme qui nous divise le plus", authors: ['Martin Paul'], subjects: ['Robespierre Maximilien de 1758-1794'], isbn: '978-2-00-000010-3', url: bnf('cb000000010'), source: NATIONAL }),
  record({
    id: 'dt-revolution',
    title: 'Conférence : la Révolution au quotidien',
    type: 'event',
    description: 'Une historienne raconte la vie des Parisiens en 1789.',
    url: 'https://exemple.org/agenda/revolution',
    source: { kind: 'event', name: 'DATAtourisme' },
    event: { startsAt: '2026-12-05', distanceKm: 3.4, price: '0' },
  }),
];

test('legacy sample: the biography, the sources and the documentary rank above the sale, the map and Instagram', () => {
  const items = rank({ description, candidates });
  const order = ids(items);
  const position = (id: string) => {
    const at = order.indexOf(id);
    return at === -1 ? Number.POSITIVE_INFINITY : at;
  };
  for (const good of ['cb000000002', 'cb000000006', 'cb000000008']) {
    assert.ok(order.includes(good), `${good} is recommended`);
    for (const noise of ['cb000000005', 'cb000000003', 'cb000000007']) {
      assert.ok(position(good) < position(noise), `${good} ranks above ${noise}: ${order.join(', ')}`);
    }
  }
});

test('legacy sample: every item explains itself with the entity and the field that matched', () => {
  const items = rank({ description, candidates });
  const byId = new Map(items.map((item) => [item.id, item]));
  const biography = byId.get('cb000000002')!;
  // Robespierre is in the title and a heading: it reads once, with its strongest field.
  assert.deepEqual(
    biography.why.filter((e) => e.value === 'Robespierre').map((e) => e.field),
    ['title'],
    'Robespierre once, from the title',
  );
  const sources = byId.get('cb000000006')!;
  assert.deepEqual(sources.why[0], { facet: 'people', value: 'Camille Desmoulins', field: 'author', weight: 0.93 });
  assert.ok(sources.why.some((e) => e.value === '14 juillet 1789' && e.field === 'subject'), '1789 meets 1789-1799');
  const documentary = byId.get('cb000000008')!;
  const documentaryEntities = new Set(documentary.why.map((e) => e.value));
  assert.ok(documentaryEntities.has('Bastille') && documentaryEntities.has('14 juillet 1789'), 'Bastille and the date');
  for (const item of items) {
    assert.ok(item.why.length > 0 && item.why.length <= 5, `${item.id} has evidence`);
    const values = item.why.map((e) => `${e.facet}|${e.value}`);
    assert.equal(new Set(values).size, values.length, `${item.id}: each value once in ${values.join(', ')}`);
    for (let i = 1; i < item.why.length; i++) assert.ok(item.why[i - 1]!.weight >= item.why[i]!.weight, 'strongest first');
    assert.ok(item.score > 0 && item.score <= 1, 'score in 0..1');
  }
  // "Parisiens" is not "Paris", and the event mentions no entity on a word boundary.
  assert.ok(!byId.has('dt-revolution'), 'the event matches nothing');
});
