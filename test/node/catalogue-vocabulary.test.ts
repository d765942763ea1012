import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  documentTypeFromDublinCoreType,
  documentTypeFromDublinCoreTypes,
  documentTypeFromLeader,
  documentTypeFromSupport,
} from '../../src/catalogue/document-type.js';
import { cleanIsbn } from '../../src/catalogue/isbn.js';
import { cleanText } from '../../src/catalogue/clean-text.js';
import { buildCql, quoteCqlTerm, DUBLIN_CORE_CQL_INDEXES } from '../../src/catalogue/cql.js';
import { dublinCoreCreatorName, splitDublinCoreTitle } from '../../src/catalogue/dublin-core-record.js';

describe('documentTypeFromSupport', () => {
  const cases: Array<[string, string]> = [
    ['Texte imprimé', 'book'],
    ['  texte   IMPRIME ', 'book'],
    ['Enregistrement sonore', 'audio'],
    ['Enregistrement sonore musical', 'audio'],
    ['Musique imprimée', 'score'],
    ['Musique manuscrite', 'score'],
    ['Images animées', 'video'],
    ['Document cartographique', 'map'],
    ['Document cartographique imprimé', 'map'],
    ['Image fixe', 'image'],
    ['Ressource électronique', 'resource'],
    ['Texte manuscrit', 'other'],
    ['Jeu', 'game'],
    ['Périodique', 'periodical'],
    ['Objet', 'other'],
    ['Tapisserie brodée', 'other'],
    ['', 'other'],
  ];
  for (const [support, type] of cases) {
    it(`"${support}" → ${type}`, () => assert.equal(documentTypeFromSupport(support), type));
  }
});

describe('documentTypeFromDublinCoreType', () => {
  it('reads French and English labels and DCMI type URIs', () => {
    assert.equal(documentTypeFromDublinCoreType('text'), 'book');
    assert.equal(documentTypeFromDublinCoreType('texte imprimé'), 'book');
    assert.equal(documentTypeFromDublinCoreType('sound'), 'audio');
    assert.equal(documentTypeFromDublinCoreType('enregistrement sonore'), 'audio');
    assert.equal(documentTypeFromDublinCoreType('image'), 'image');
    assert.equal(documentTypeFromDublinCoreType('moving image'), 'video');
    assert.equal(documentTypeFromDublinCoreType('http://purl.org/dc/dcmitype/MovingImage'), 'video');
    assert.equal(documentTypeFromDublinCoreType('http://purl.org/dc/dcmitype/StillImage'), 'image');
    assert.equal(documentTypeFromDublinCoreType('Collection'), 'other');
  });

  it('takes the first known type among several (the BnF sends French then English)', () => {
    assert.equal(documentTypeFromDublinCoreTypes(['collection', 'musique imprimée', 'text']), 'score');
    assert.equal(documentTypeFromDublinCoreTypes([]), 'other');
  });
});

describe('documentTypeFromLeader', () => {
  const unimarc = (six: string, seven = 'm') => `     c${six}${seven}0 22        450 `;
  const marc21 = (six: string, seven = 'm') => `01234n${six}${seven} a2200301 i 4500`;
  it('UNIMARC positions 6 and 7', () => {
    assert.equal(documentTypeFromLeader(unimarc('a'), 'unimarc'), 'book');
    assert.equal(documentTypeFromLeader(unimarc('b'), 'unimarc'), 'other');
    assert.equal(documentTypeFromLeader(unimarc('c'), 'unimarc'), 'score');
    assert.equal(documentTypeFromLeader(unimarc('d'), 'unimarc'), 'score');
    assert.equal(documentTypeFromLeader(unimarc('e'), 'unimarc'), 'map');
    assert.equal(documentTypeFromLeader(unimarc('g'), 'unimarc'), 'video');
    assert.equal(documentTypeFromLeader(unimarc('i'), 'unimarc'), 'audio');
    assert.equal(documentTypeFromLeader(unimarc('j'), 'unimarc'), 'audio');
    assert.equal(documentTypeFromLeader(unimarc('k'), 'unimarc'), 'image');
    assert.equal(documentTypeFromLeader(unimarc('l'), 'unimarc'), 'resource');
    assert.equal(documentTypeFromLeader(unimarc('r'), 'unimarc'), 'game');
    assert.equal(documentTypeFromLeader(unimarc('a', 's'), 'unimarc'), 'periodical');
  });
  it('MARC21 positions 6 and 7', () => {
    assert.equal(documentTypeFromLeader(marc21('a'), 'marc21'), 'book');
    assert.equal(documentTypeFromLeader(marc21('t'), 'marc21'), 'book');
    assert.equal(documentTypeFromLeader(marc21('c'), 'marc21'), 'score');
    assert.equal(documentTypeFromLeader(marc21('f'), 'marc21'), 'map');
    assert.equal(documentTypeFromLeader(marc21('g'), 'marc21'), 'video');
    assert.equal(documentTypeFromLeader(marc21('j'), 'marc21'), 'audio');
    assert.equal(documentTypeFromLeader(marc21('k'), 'marc21'), 'image');
    assert.equal(documentTypeFromLeader(marc21('m'), 'marc21'), 'resource');
    assert.equal(documentTypeFromLeader(marc21('r'), 'marc21'), 'game');
    assert.equal(documentTypeFromLeader(marc21('a', 's'), 'marc21'), 'periodical');
  });
  it('an absent or short leader is other', () => {
    assert.equal(documentTypeFromLeader(undefined, 'marc21'), 'other');
    assert.equal(documentTypeFromLeader('00123', 'unimarc'), 'other');
  });
  it('a leader cut at its start is other, never read one position off; one cut at its end still reads', () => {
    assert.equal(documentTypeFromLeader('cam0 22        450 ', 'unimarc'), 'other');
    assert.equal(documentTypeFromLeader('nam 2200217 450', 'unimarc'), 'other');
    assert.equal(documentTypeFromLeader('00808nam 2200217 450', 'unimarc'), 'book');
    assert.equal(documentTypeFromLeader('     cjm', 'unimarc'), 'audio');
  });
});

describe('cleanIsbn', () => {
  it('keeps valid ISBN-13 and ISBN-10 without separators', () => {
    assert.equal(cleanIsbn('978-2-07-036822-8'), '9782070368228');
    assert.equal(cleanIsbn('2-07-036822-X'), '207036822X');
    assert.equal(cleanIsbn('2-07-036822-x'), '207036822X');
    assert.equal(cleanIsbn('979-10-91024-55-6'), '9791091024556');
    assert.equal(cleanIsbn('978 2 07 036822 8'), '9782070368228');
  });
  it('rejects a wrong check digit', () => {
    assert.equal(cleanIsbn('978-2-07-036822-9'), undefined);
    assert.equal(cleanIsbn('2-07-036822-1'), undefined);
  });
  it('rejects junk and EANs that are not ISBNs', () => {
    assert.equal(cleanIsbn('Br.'), undefined);
    assert.equal(cleanIsbn('200 fr.'), undefined);
    assert.equal(cleanIsbn(''), undefined);
    assert.equal(cleanIsbn(undefined), undefined);
    assert.equal(cleanIsbn('3700123456789'), undefined);
  });
  it('extracts the valid part of a qualified or miskeyed value', () => {
    assert.equal(cleanIsbn('978-2-07-036822-X (br.)'), '207036822X');
    assert.equal(cleanIsbn('ISBN 2-222-04087-6 : 120 F'), '2222040876');
    assert.equal(cleanIsbn('Br. 2842301463 200 fr.'), '2842301463');
    assert.equal(cleanIsbn('9782070408504 (broché)'), '9782070408504');
  });
});

describe('cleanText', () => {
  it('trims, collapses spaces, composes accents (NFC)', () => {
    assert.equal(cleanText('  Les   mise\u0301rables \u00A0 '), 'Les misérables');
  });
  it('strips trailing ISBD punctuation but keeps meaningful periods', () => {
    assert.equal(cleanText('Les misérables /'), 'Les misérables');
    assert.equal(cleanText('Tricoter au crochet :'), 'Tricoter au crochet');
    assert.equal(cleanText('Melville, Herman,'), 'Melville, Herman');
    assert.equal(cleanText('Histoire de Rome ;'), 'Histoire de Rome');
    assert.equal(cleanText('Vers 400 av. J.-C.'), 'Vers 400 av. J.-C.');
    assert.equal(cleanText('Qui a peur ?'), 'Qui a peur ?');
  });
  it('removes non-sorting markers and accepts nothing', () => {
    assert.equal(cleanText('\u0098Les \u009Cmisérables'), 'Les misérables');
    assert.equal(cleanText(undefined), '');
    assert.equal(cleanText(null), '');
  });
});

describe('Dublin Core clean-up', () => {
  it('creators lose their dates and roles, not their qualifiers', () => {
    assert.equal(dublinCoreCreatorName('Hugo, Victor (1802-1885). Auteur du texte'), 'Hugo, Victor');
    assert.equal(dublinCoreCreatorName('Sirocco (groupe vocal). Interprète'), 'Sirocco (groupe vocal)');
    assert.equal(dublinCoreCreatorName('Arnaud, Camille (1961-....)'), 'Arnaud, Camille');
  });
  it('titles lose the statement of responsibility and material designation', () => {
    assert.deepEqual(splitDublinCoreTitle('Les misérables / Victor Hugo'), { title: 'Les misérables' });
    assert.deepEqual(splitDublinCoreTitle('Carmen [Images animées] : opéra / Bizet'), { title: 'Carmen', subtitle: 'opéra' });
    assert.deepEqual(splitDublinCoreTitle('[Sans titre] : esquisses'), { title: '[Sans titre]', subtitle: 'esquisses' });
  });
});

describe('CQL', () => {
  it('quotes values and escapes backslashes and quotes', () => {
    assert.equal(quoteCqlTerm('Victor Hugo'), '"Victor Hugo"');
    assert.equal(quoteCqlTerm('say "hi"'), '"say \\"hi\\""');
    assert.equal(quoteCqlTerm('a\\b'), '"a\\\\b"');
  });
  it('neutralises masking characters and control characters', () => {
    assert.equal(quoteCqlTerm('M*A*S*H'), '"M A S H"');
    assert.equal(quoteCqlTerm('who? ^start'), '"who start"');
    assert.equal(quoteCqlTerm('line\nbreak\ttab'), '"line break tab"');
  });

  /**
   * A hostile value must stay one quoted term: outside the quotes nothing of it remains. The check removes the
   * single quoted string (honouring escapes) and looks at what is left.
   */
  const outsideQuotes = (cql: string) => cql.replace(/"(?:\\.|[^"\\])*"/g, '""');
  const hostile = [
    'x" or bib.author all "y',
    'x\\" or 1=1 or "',
    'rock and roll',
    'war or peace',
    'title = x',
    'a) or (b',
    '*',
    'prox/unit=word',
    '\\',
    '"',
  ];
  for (const value of hostile) {
    it(`keeps ${JSON.stringify(value)} as data`, () => {
      const cql = buildCql({ index: 'title', value });
      assert.equal(outsideQuotes(cql), 'bib.title all ""');
    });
  }

  it('maps our index names and adds a date narrowing', () => {
    assert.equal(buildCql({ index: 'author', value: 'Hugo' }), 'bib.author all "Hugo"');
    assert.equal(buildCql({ index: 'anywhere', value: 'Hugo' }, DUBLIN_CORE_CQL_INDEXES), 'cql.anywhere all "Hugo"');
    assert.equal(buildCql({ index: 'subject', value: 'Révolution', date: '1789' }), 'bib.subject all "Révolution" and bib.publicationdate = "1789"');
    assert.equal(buildCql({ index: 'date', value: '1789/1799' }), 'bib.publicationdate within "1789 1799"');
    assert.equal(buildCql({ index: 'subject', value: 'x', date: 'not a date' }), 'bib.subject all "x"');
  });
});
