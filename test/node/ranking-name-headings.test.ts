/** Name headings read into parts, as the BnF and the legacy service write them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { oneBearer, readNameHeading } from '../../src/ranking/name-headings.js';

const words = (heading: string) => readNameHeading(heading).words;

test('the name without its dates, qualifier and role, whichever way they are written', () => {
  assert.deepEqual(words('Hawking, Stephen (1942-2018)'), ['hawking', 'stephen']);
  assert.deepEqual(words('Stromae (1985-....). Compositeur'), ['stromae']);
  assert.deepEqual(words('Faye, Gaël (1982-....). Auteur du texte / Autrice du texte'), ['faye', 'gael']);
  assert.deepEqual(words('Dupont, Pierre. Auteur du texte'), ['dupont', 'pierre']);
  assert.deepEqual(words('Jancovici Jean-Marc 1962-....'), ['jancovici', 'jean', 'marc']);
  assert.deepEqual(words('Niska 1994-.... Interprète'), ['niska']);
  assert.deepEqual(words('Hobson, M. P.'), ['hobson', 'm', 'p'], 'initials are part of the name');
  assert.deepEqual(words('Mr Tan (1981-....). Auteur du texte'), ['mr', 'tan'], 'a pseudonym is one name');
  assert.deepEqual(readNameHeading('N.O.S 1989-....').caseWords, ['N', 'O', 'S']);
});

test('an inverted heading gives its surname; the identity keeps a qualifier that is not a date', () => {
  assert.deepEqual(readNameHeading('Dupont de Nemours, Pierre-Samuel (1739-1817)').surname, ['dupont', 'de', 'nemours']);
  assert.equal(readNameHeading('Michelet Jules').surname, undefined, 'no comma: the order is unknown');
  assert.equal(readNameHeading('Desmoulins, Camille').identity, readNameHeading('DESMOULINS, Camille (1760-1794)').identity);
  assert.notEqual(readNameHeading('Niska (Indiens)').identity, readNameHeading('Niska (1994-....)').identity);
  assert.equal(readNameHeading('Martin, Paul').key, readNameHeading('Paul Martin').key);
});

test('life dates tell namesakes of one name apart; a heading without dates fits either', () => {
  const person = (heading: string) => readNameHeading(heading).person;
  assert.equal(oneBearer([person('Gazo (1994-....)'), person('Gazo 1994-....')]), true);
  assert.equal(oneBearer([person('Gazo (1994-....)'), person('Gazo (18..-18..)')]), false);
  assert.equal(oneBearer([person('Desmoulins, Camille'), person('DESMOULINS, Camille (1760-1794)')]), true);
  assert.equal(oneBearer([person('Niska (Indiens)'), person('Niska (1994-....)')]), false);
  assert.deepEqual(readNameHeading('Gazo 18..-18..').words, ['gazo'], 'uncertain dates are dates, not words');
});
