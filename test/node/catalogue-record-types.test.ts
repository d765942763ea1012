/**
 * Document types read from real SRU answers and real records (sources in test/fixtures/sru/README.md), served
 * over the network layer by msw as the catalogues sent them, then from the same records altered the way servers
 * alter them (a leader cut at its start, fields missing) to check the order of precedence.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DOMParser, onErrorStopParsing } from '@xmldom/xmldom';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { SruCatalogue } from '../../src/catalogue/sru-catalogue.js';
import { marcDocumentType } from '../../src/catalogue/marc-document-type.js';
import { readMarcRecord, type MarcRecord } from '../../src/catalogue/marc-xml.js';
import { detectRecordFormat } from '../../src/catalogue/record-format.js';
import { parseSruResponse } from '../../src/catalogue/sru-response.js';
import type { CatalogueQuery } from '../../src/catalogue/adapter.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/sru/${name}`, import.meta.url), 'utf8');
const SERVER = 'https://sru.example.org/catalogue';
let body = '';
const server = setupServer(
  http.get(SERVER, () => new HttpResponse(body, { headers: { 'content-type': 'text/xml; charset=utf-8' } })),
);
before(() => server.listen({ onUnhandledRequest: 'error' }));
after(() => server.close());

const query: CatalogueQuery = { id: 'q1', facet: 'subjects', entity: 'x', index: 'anywhere', value: 'x' };
const catalogue = new SruCatalogue({ url: SERVER, domParser: new DOMParser({ onError: onErrorStopParsing }) });
async function typesIn(file: string): Promise<Array<[string, string]>> {
  body = fixture(file);
  return (await catalogue.search(query)).map((record) => [record.title, record.type]);
}

describe('document types of real SRU answers and records', () => {
  const expected: Array<[string, Array<[string, string]>]> = [
    ['sudoc-unimarc-rda.xml', [['Tīfaifai and quilts of Polynesia', 'book']]],
    ['bnf-unimarc-real-records.xml', [['Destin', 'book'], ["L'enseignement d'Origène sur la prière", 'book']]],
    ['gvi-marcxml-ebook.xml', [['Les émotions créatives', 'ebook']]],
    ['melinda-marcxml-rda.xml', [['Svensk historiografi', 'book']]],
    ['melinda-marcxml-aacr2.xml', [['The origins of the Christian mystical tradition', 'book']]],
    [
      'marc21-real-records.xml',
      [
        ["Writing's on the wall.", 'score'],
        ['The Fresh Beat Band', 'audio'],
        ['Map of Chicago, showing original subdivisions, 1880 to 1932', 'map'],
      ],
    ],
  ];
  for (const [file, records] of expected) {
    it(file, async () => assert.deepEqual(await typesIn(file), records));
  }

  it('the answers of published shapes keep their types: sound recordings, scores, videos, periodicals, maps', async () => {
    const types = async (file: string) => (await typesIn(file)).map(([, type]) => type);
    assert.deepEqual(await types('bnf-unimarcxchange.xml'), ['book', 'audio', 'score']);
    assert.deepEqual(await types('unimarcxchange-no-prefix.xml'), ['periodical']);
    assert.deepEqual(await types('koha-zebra-marcxml.xml'), ['book', 'video']);
    assert.deepEqual(await types('loc-sru2-marcxml.xml'), ['book']);
    assert.deepEqual(await types('dublincore-no-prefix.xml'), ['map']);
  });
});

/** A record of a fixture, read as the catalogue reads it, for altering. */
function recordOf(file: string, index = 0): MarcRecord {
  const data = parseSruResponse(fixture(file), new DOMParser()).records[index]?.data;
  const detected = data && detectRecordFormat(data);
  assert.ok(detected, `${file} has a record ${index}`);
  return readMarcRecord(detected.element);
}
const without = (record: MarcRecord, ...tags: string[]): MarcRecord => ({
  ...record,
  dataFields: record.dataFields.filter((field) => !tags.includes(field.tag)),
});
/** The leader as some servers send it: its first five positions (the record length, blank or not) cut off. */
const cutAtStart = (record: MarcRecord): MarcRecord => ({ ...record, leader: record.leader.slice(5) });

describe('marcDocumentType: order of precedence', () => {
  const sudoc = recordOf('sudoc-unimarc-rda.xml');
  const destin = recordOf('bnf-unimarc-real-records.xml');

  it('a leader cut at its start is not read one position off: 181/182 or 200 $b type the record', () => {
    assert.notEqual(cutAtStart(sudoc).leader.charAt(6), 'a', 'the cut leader has no type where the type was');
    assert.equal(marcDocumentType(cutAtStart(sudoc), 'unimarc'), 'book', 'from 181 $c txt');
    assert.equal(marcDocumentType(cutAtStart(destin), 'unimarc'), 'book', 'from 200 $b Texte imprimé');
    assert.equal(marcDocumentType(cutAtStart(without(destin, '200')), 'unimarc'), 'other', 'nothing left to read');
  });

  it('a leader cut at its end still reads (the BnF "00808nam 2200217 450")', () => {
    assert.equal(marcDocumentType(without(destin, '200'), 'unimarc'), 'book');
  });

  it('the RDA content type wins over the material designation and the leader', () => {
    const cd = recordOf('marc21-real-records.xml', 1);
    const asIfLeaderSaidBook = { ...cd, leader: cd.leader.slice(0, 6) + 'a' + cd.leader.slice(7) };
    assert.equal(marcDocumentType(asIfLeaderSaidBook, 'marc21'), 'audio', '336 performed music');
    assert.equal(marcDocumentType(without(asIfLeaderSaidBook, '336'), 'marc21'), 'audio', '245 $h [sound recording]');
    assert.equal(marcDocumentType(without(asIfLeaderSaidBook, '336', '245'), 'marc21'), 'book', 'the leader last');
  });

  it('a text on a computer carrier is an e-book; other content on it keeps its type', () => {
    const ebook = recordOf('gvi-marcxml-ebook.xml');
    const noFormOfItem = { ...ebook, controlFields: new Map([...ebook.controlFields].filter(([tag]) => tag !== '008')) };
    assert.equal(marcDocumentType(noFormOfItem, 'marc21'), 'ebook', '337 $b c');
    assert.equal(marcDocumentType(without(noFormOfItem, '337'), 'marc21'), 'book');
    assert.equal(marcDocumentType(without(ebook, '337'), 'marc21'), 'ebook', '008/23 o');
    assert.equal(marcDocumentType(recordOf('marc21-real-records.xml', 2), 'marc21'), 'map', 'a digitised map');
  });

  it('a serial is a periodical whatever its content', () => {
    const serial = { ...sudoc, leader: sudoc.leader.slice(0, 7) + 's' + sudoc.leader.slice(8) };
    assert.equal(marcDocumentType(serial, 'unimarc'), 'periodical');
  });

  it('unknown or unspecified content types are no evidence', () => {
    const unspecified = {
      ...without(destin, '200'),
      dataFields: [{ tag: '181', ind1: ' ', ind2: ' ', subfields: [{ code: 'c', value: 'zzz' }] }],
    };
    assert.equal(marcDocumentType(unspecified, 'unimarc'), 'book', 'the leader decides');
  });
});
