import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DOMParser, onErrorStopParsing } from '@xmldom/xmldom';
import { http, HttpResponse, delay } from 'msw';
import { setupServer } from 'msw/node';
import { SruCatalogue } from '../../src/catalogue/sru-catalogue.js';
import { DUBLIN_CORE_CQL_INDEXES } from '../../src/catalogue/cql.js';
import type { CatalogueQuery } from '../../src/catalogue/adapter.js';
import { CatalogueError, isAbortError, isCatalogueError } from '../../src/sdk/errors.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/sru/${name}`, import.meta.url), 'utf8');
/** xmldom, told to stop on errors (not only fatal ones) and to report them by throwing rather than logging. */
const quietParser = () => new DOMParser({ onError: onErrorStopParsing });

const BNF = 'https://catalogue.bnf.fr/api/SRU';
const KOHA = 'https://koha.example.org/biblios';
const query = (over: Partial<CatalogueQuery> = {}): CatalogueQuery => ({
  id: 'q1', facet: 'places', entity: 'Mont Ventoux', index: 'subject', value: 'Ventoux', ...over,
});

/** Every request the mocked catalogues saw. */
const seen: URL[] = [];
const seenCredentials: RequestCredentials[] = [];
let answer: (url: URL) => Response | Promise<Response> = () => HttpResponse.text('unset', { status: 599 });
const xml = (body: string, status = 200) => new HttpResponse(body, { status, headers: { 'content-type': 'text/xml; charset=utf-8' } });

const server = setupServer(
  http.get(BNF, ({ request }) => {
    seen.push(new URL(request.url));
    seenCredentials.push(request.credentials);
    return answer(new URL(request.url));
  }),
  http.get(KOHA, ({ request }) => {
    seen.push(new URL(request.url));
    return answer(new URL(request.url));
  }),
);

before(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  seen.length = 0;
  seenCredentials.length = 0;
});
after(() => server.close());

const bnf = (options: ConstructorParameters<typeof SruCatalogue>[0] = {}) => new SruCatalogue({ domParser: quietParser(), ...options });

describe('SruCatalogue: the request', () => {
  it('sends an SRU 1.2 searchRetrieve to the BnF with escaped CQL, the schema as given, no credentials', async () => {
    answer = () => xml(fixture('zero-hits.xml'));
    await bnf({ recordSchema: 'unimarcXchange', maximumRecords: 7 }).search(query({ index: 'author', value: 'Ca"mille' }));
    const url = seen[0];
    assert.ok(url);
    assert.equal(url.origin + url.pathname, BNF);
    assert.equal(url.searchParams.get('version'), '1.2');
    assert.equal(url.searchParams.get('operation'), 'searchRetrieve');
    assert.equal(url.searchParams.get('recordSchema'), 'unimarcXchange');
    assert.equal(url.searchParams.get('maximumRecords'), '7');
    assert.equal(url.searchParams.get('query'), 'bib.author all "Ca\\"mille"');
    assert.equal(seenCredentials[0], 'omit');
  });

  it('maps our indexes to the configured ones, narrows by date, and speaks SRU 2.0 when asked', async () => {
    answer = () => xml(fixture('zero-hits.xml'));
    const koha = new SruCatalogue({ url: KOHA, version: '2.0', indexes: DUBLIN_CORE_CQL_INDEXES, domParser: quietParser() });
    await koha.search(query({ index: 'title', value: 'Révolution', date: '1789/1799' }), { limit: 3 });
    const url = seen[0];
    assert.ok(url);
    assert.equal(url.searchParams.get('query'), 'dc.title all "Révolution" and dc.date within "1789 1799"');
    assert.equal(url.searchParams.get('version'), null);
    assert.equal(url.searchParams.get('recordXMLEscaping'), 'xml');
    assert.equal(url.searchParams.get('maximumRecords'), '3');
    assert.equal(url.searchParams.get('recordSchema'), null, 'no schema given: the server default');
  });

  it('sends nothing for a value that is only masking characters', async () => {
    const records = await bnf().search(query({ value: ' *?^ ' }));
    assert.deepEqual(records, []);
    assert.equal(seen.length, 0);
  });
});

describe('SruCatalogue: record formats', () => {
  it('reads BnF Dublin Core (srw: and oai_dc: prefixes): title split, creators cleaned, type, ISBN, ark permalink', async () => {
    answer = () => xml(fixture('bnf-dublincore.xml'));
    const q = query();
    const [book, album, ...rest] = await bnf().search(q);
    assert.equal(rest.length, 0);
    assert.ok(book && album);
    assert.equal(book.id, 'ark:/12148/cb45678901x');
    assert.equal(book.title, 'Les orages du Mont Ventoux');
    assert.equal(book.subtitle, 'récits de montagne');
    assert.deepEqual(book.authors, ['Arnaud, Camille', 'Roux, Jean']);
    assert.equal(book.type, 'book');
    assert.equal(book.year, 2019);
    assert.equal(book.isbn, '9782070408504');
    assert.deepEqual(book.subjects, ['Ventoux, Mont (France) -- Récits de voyages', 'Alpinisme -- France']);
    assert.equal(book.url, 'https://catalogue.bnf.fr/ark:/12148/cb45678901x');
    assert.deepEqual(book.source, { kind: 'national', name: 'BnF' });
    assert.deepEqual(book.foundBy, { query: q, entity: 'Mont Ventoux', position: 1 });

    assert.equal(album.title, 'Chansons du vent', 'the [Enregistrement sonore] designation is dropped');
    assert.deepEqual(album.authors, ['Sirocco (groupe vocal)']);
    assert.equal(album.type, 'audio');
    assert.equal(album.year, 2021);
    assert.equal(album.isbn, undefined, 'an EAN is not an ISBN');
    assert.equal(album.foundBy?.position, 2);
  });

  it('reads BnF UNIMARC in MarcXchange (mxc: prefix): 200, 700/702/710, leader types, 100 and 210 dates, 6xx', async () => {
    answer = () => xml(fixture('bnf-unimarcxchange.xml'));
    const [book, album, score] = await bnf().search(query());
    assert.ok(book && album && score);
    assert.equal(book.id, 'ark:/12148/cb45678901x');
    assert.equal(book.title, 'Les orages du Mont Ventoux', 'non-sorting markers removed');
    assert.equal(book.subtitle, 'récits de montagne');
    assert.deepEqual(book.authors, ['Arnaud, Camille', 'Roux, Jean']);
    assert.equal(book.type, 'book');
    assert.equal(book.year, 2019);
    assert.equal(book.isbn, '9782070408504');
    assert.deepEqual(book.subjects, ['Alpinisme -- France', 'Ventoux, Mont (France) -- Récits de voyages']);
    assert.equal(book.url, 'https://catalogue.bnf.fr/ark:/12148/cb45678901x');

    assert.equal(album.type, 'audio');
    assert.deepEqual(album.authors, ['Sirocco']);
    assert.equal(album.year, 2021);
    assert.deepEqual(album.subjects, ['Chansons françaises -- 2011-2020']);

    assert.equal(score.type, 'score');
    assert.equal(score.year, 1890, 'no coded date: 210 $d');
    assert.equal(score.subtitle, 'pour flûte et tambourin');
    assert.deepEqual(score.subjects, ['Mistral, Frédéric']);
    assert.deepEqual(score.authors, []);
  });

  it('reads UNIMARC MarcXchange with default namespaces and no prefix (a serial)', async () => {
    answer = () => xml(fixture('unimarcxchange-no-prefix.xml'));
    const [serial] = await bnf().search(query());
    assert.ok(serial);
    assert.equal(serial.id, 'ark:/12148/cb41122334n');
    assert.equal(serial.type, 'periodical');
    assert.equal(serial.year, 2004);
    assert.deepEqual(serial.authors, ['Club alpin de Provence. Section du Ventoux']);
  });

  it('reads MARC21 from Koha Zebra (zs: prefix, default MARC namespace), with a permalink pattern', async () => {
    answer = () => xml(fixture('koha-zebra-marcxml.xml'));
    const koha = new SruCatalogue({
      url: KOHA,
      version: '1.1',
      indexes: DUBLIN_CORE_CQL_INDEXES,
      source: { kind: 'library', name: 'Médiathèque de Carpentras' },
      permalink: (id) => `https://opac.example.org/cgi-bin/koha/opac-detail.pl?biblionumber=${encodeURIComponent(id)}`,
      domParser: quietParser(),
    });
    const [book, video] = await koha.search(query({ index: 'anywhere', value: 'crochet' }));
    assert.ok(book && video);
    assert.equal(book.id, '4521', 'the Koha biblionumber (999 $c)');
    assert.equal(book.title, 'Tricoter au crochet');
    assert.equal(book.subtitle, 'les bases en vingt leçons');
    assert.deepEqual(book.authors, ['Martin, Léa', 'Dupont, Jeanne']);
    assert.equal(book.type, 'book');
    assert.equal(book.year, 2018);
    assert.equal(book.isbn, '9782356410023');
    assert.equal(book.description, 'Vingt leçons progressives pour apprendre le crochet.');
    assert.deepEqual(book.subjects, ["Crochet -- Manuels d'amateurs"]);
    assert.equal(book.url, 'https://opac.example.org/cgi-bin/koha/opac-detail.pl?biblionumber=4521');
    assert.deepEqual(book.source, { kind: 'library', name: 'Médiathèque de Carpentras' });

    assert.equal(video.type, 'video');
    assert.equal(video.year, 2019);
    assert.deepEqual(video.authors, ['Atelier des arts textiles. Vidéothèque']);
    assert.deepEqual(video.subjects, ['Bretagne (France) -- Moeurs et coutumes']);
  });

  it('recognises UNIMARC sent under the MARC21 namespace (French Koha) by its tags', async () => {
    answer = () => xml(fixture('koha-zebra-unimarc.xml'));
    const [record] = await new SruCatalogue({ url: KOHA, domParser: quietParser() }).search(query());
    assert.ok(record);
    assert.equal(record.title, 'Le rap, une histoire');
    assert.deepEqual(record.authors, ['B., Karim']);
    assert.equal(record.year, 1994);
    assert.equal(record.isbn, '207036822X');
    assert.deepEqual(record.subjects, ['Rap (musique) -- Histoire et critique']);
  });

  it('reads MARC21 with marc: prefix in an SRU 2.0 answer (sru: prefix)', async () => {
    answer = () => xml(fixture('loc-sru2-marcxml.xml'));
    const [record] = await bnf({ version: '2.0' }).search(query());
    assert.ok(record);
    assert.equal(record.id, '2019012345');
    assert.equal(record.title, 'Rivers of sound');
    assert.equal(record.subtitle, 'a history of West African music');
    assert.deepEqual(record.authors, ['Okafor, Ngozi']);
    assert.equal(record.year, 2019);
    assert.equal(record.isbn, '9791091024556');
    assert.deepEqual(record.subjects, ['Music -- Africa, West -- History and criticism', 'Kuti, Fela']);
    assert.equal(record.url, undefined, 'no ark, no pattern, no URL in the record');
  });

  it('reads Dublin Core without prefixes (srw_dc, DC as default namespace)', async () => {
    answer = () => xml(fixture('dublincore-no-prefix.xml'));
    const [map] = await bnf({ source: { kind: 'network', name: 'Réseau' } }).search(query());
    assert.ok(map);
    assert.equal(map.id, '99001', 'the SRU recordIdentifier');
    assert.equal(map.type, 'map');
    assert.equal(map.year, 2015);
    assert.equal(map.url, 'https://opac.example.org/notice/99001');
  });

  it('reads records packed as escaped XML strings', async () => {
    const packed = fixture('koha-zebra-unimarc.xml').replace(
      /<zs:recordData>([\s\S]*?)<\/zs:recordData>/,
      (_all, inner: string) => `<zs:recordData>${inner.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</zs:recordData>`,
    );
    answer = () => xml(packed);
    const [record] = await new SruCatalogue({ url: KOHA, domParser: quietParser() }).search(query());
    assert.equal(record?.title, 'Le rap, une histoire');
  });

  it('keeps to the limit even when the server sends more', async () => {
    answer = () => xml(fixture('bnf-unimarcxchange.xml'));
    const records = await bnf().search(query(), { limit: 2 });
    assert.equal(records.length, 2);
  });

  it('works with xmldom’s DOMParser as documented, with its default options', async () => {
    answer = () => xml(fixture('bnf-dublincore.xml'));
    const domParser = new (await import('@xmldom/xmldom')).DOMParser();
    const records = await new SruCatalogue({ domParser }).search(query());
    assert.equal(records.length, 2);
  });

  it('takes the DOMParser class where an instance is expected', async () => {
    answer = () => xml(fixture('bnf-dublincore.xml'));
    const records = await new SruCatalogue({ domParser: DOMParser }).search(query());
    assert.equal(records.length, 2);
    assert.equal(records[0]?.type, 'book');
  });

  it('refuses, at construction and with a sentence, anything that is not a parser or a parser class', () => {
    const notParsers: Array<[unknown, RegExp]> = [
      [42, /it is a number/],
      ['DOMParser', /it is a string/],
      [null, /it is null/],
      [{}, /an object with no parseFromString/],
      [{ parseFromString: 'yes' }, /an object with no parseFromString/],
      [() => new DOMParser(), /a function with no parseFromString/],
      [class NotAParser {}, /a function with no parseFromString \(NotAParser\)/],
    ];
    for (const [domParser, sentence] of notParsers) {
      assert.throws(
        () => new SruCatalogue({ domParser: domParser as DOMParser }),
        (e: unknown) => isCatalogueError(e) && /must be an XML parser \(new DOMParser\(\)\) or its class/.test(e.message) && sentence.test(e.message),
        String(domParser),
      );
    }
  });

  it('a parser class that cannot be instantiated without arguments is refused with a sentence', () => {
    class NeedsOptions {
      constructor(options: { strict: boolean }) {
        if (!options) throw new TypeError('options required');
      }
      parseFromString(): Document {
        throw new Error('unused');
      }
    }
    assert.throws(
      () => new SruCatalogue({ domParser: NeedsOptions as unknown as typeof DOMParser }),
      (e: unknown) => isCatalogueError(e) && /could not be instantiated/.test(e.message),
    );
  });
});

describe('SruCatalogue: failures', () => {
  const expectCatalogueError = async (promise: Promise<unknown>, check: (e: CatalogueError) => void = () => {}) => {
    await assert.rejects(promise, (e: unknown) => {
      assert.ok(isCatalogueError(e), `expected a CatalogueError, got ${String(e)}`);
      check(e as CatalogueError);
      return true;
    });
  };

  it('zero hits is an empty list', async () => {
    answer = () => xml(fixture('zero-hits.xml'));
    assert.deepEqual(await bnf().search(query()), []);
  });

  it('an SRU diagnostic is a CatalogueError with its URI and message', async () => {
    answer = () => xml(fixture('diagnostic.xml'));
    await expectCatalogueError(bnf().search(query()), (e) => {
      assert.equal(e.diagnostic, 'info:srw/diagnostic/1/10');
      assert.match(e.message, /Query syntax error/);
      assert.equal(e.kind, 'catalogue');
    });
  });

  it('an SRU 2.0 diagnostic sent with HTTP 400 keeps its URI', async () => {
    answer = () => xml(fixture('diagnostic-sru2.xml'), 400);
    await expectCatalogueError(bnf({ version: '2.0' }).search(query()), (e) => {
      assert.equal(e.diagnostic, 'info:srw/diagnostic/1/16');
      assert.match(e.message, /Unsupported index: bib\.subject/);
    });
  });

  it('HTTP 500 is a CatalogueError', async () => {
    answer = () => HttpResponse.text('Internal Server Error', { status: 500 });
    await expectCatalogueError(bnf().search(query()), (e) => assert.match(e.message, /HTTP 500/));
  });

  it('malformed XML is a CatalogueError, with the quiet and the default xmldom parser', async () => {
    answer = () => xml('<srw:searchRetrieveResponse xmlns:srw="http://www.loc.gov/zing/srw/"><srw:numberOfRecords>1</srw:numberOfRecords><srw:records><srw:record></srw:records></srw:searchRetrieveResponse>');
    await expectCatalogueError(bnf().search(query()), (e) => assert.match(e.message, /malformed/));
    const original = console.error;
    console.error = () => {};
    try {
      await expectCatalogueError(new SruCatalogue({ domParser: new DOMParser() }).search(query()));
    } finally {
      console.error = original;
    }
  });

  it('a truncated answer is a CatalogueError, wherever it is cut', async () => {
    const full = fixture('bnf-unimarcxchange.xml');
    for (const cut of [0.3, 0.6, 0.95, 0.999]) {
      answer = () => xml(full.slice(0, Math.floor(full.length * cut)));
      await expectCatalogueError(bnf().search(query()));
    }
  });

  it('a parser that reports errors as a parsererror document (like browsers) gives a CatalogueError', async () => {
    answer = () => xml('<oops');
    const browserLike = { parseFromString: () => new DOMParser().parseFromString('<html><body><parsererror>error on line 1</parsererror></body></html>', 'text/xml') };
    await expectCatalogueError(bnf({ domParser: browserLike }).search(query()), (e) => assert.match(e.message, /malformed/));
  });

  it('an answer that is not SRU at all is a CatalogueError', async () => {
    answer = () => xml('<html><body>Maintenance</body></html>');
    await expectCatalogueError(bnf().search(query()), (e) => assert.match(e.message, /not send an SRU answer/));
  });

  it('a timeout is a CatalogueError', async () => {
    answer = async () => {
      await delay(500);
      return xml(fixture('zero-hits.xml'));
    };
    await expectCatalogueError(bnf({ timeoutMs: 50 }).search(query()), (e) => assert.match(e.message, /within 50 ms/));
  });

  it('the caller’s abort passes through as an AbortError', async () => {
    answer = async () => {
      await delay(500);
      return xml(fixture('zero-hits.xml'));
    };
    const controller = new AbortController();
    const pending = bnf().search(query(), { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await assert.rejects(pending, (e: unknown) => isAbortError(e) && !isCatalogueError(e));
  });

  it('without a DOMParser on the platform and none given, the error says what to pass', async () => {
    answer = () => xml(fixture('zero-hits.xml'));
    await expectCatalogueError(new SruCatalogue().search(query()), (e) => assert.match(e.message, /domParser/));
  });
});

it('the BnF indexes and label are defaults for the BnF only; another server gets Dublin Core and its own name', () => {
  const bnfCatalogue = new SruCatalogue();
  assert.match(bnfCatalogue.searchParams(query()).get('query') ?? '', /^bib\./, 'the BnF is searched with bib.*');
  assert.deepEqual(bnfCatalogue.source, { kind: 'national', name: 'BnF' }, 'BnF records are labelled BnF');
  const other = new SruCatalogue({ url: 'https://koha.example.org/biblios' });
  assert.match(other.searchParams(query()).get('query') ?? '', /^(dc\.|cql\.)/, 'another server is searched with dc.*');
  assert.deepEqual(other.source, { kind: 'library', name: 'koha.example.org' }, 'its records carry its own name');
});
