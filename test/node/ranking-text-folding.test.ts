/** Folding and tokens: the table fast path gives what NFD gives, on every script. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { caseTokens, foldAccents, foldedTokens } from '../../src/ranking/text-folding.js';

test('folding: Latin accents, ligatures and decomposed marks, case kept', () => {
  assert.equal(foldAccents('Œuvres complètes de Molière'), 'OEuvres completes de Moliere');
  assert.equal(foldAccents('Ærø, straße, Łódź, Čapek'), 'AEro, strasse, Lodz, Capek');
  assert.equal(foldAccents('Cafe\u0301 cre\u0300me'), 'Cafe creme');
  assert.equal(foldAccents('Việt Nam'), 'Viet Nam', 'precomposed letters beyond Latin take the general path');
});

test('tokens: word boundaries on any punctuation, other scripts kept', () => {
  assert.deepEqual(foldedTokens("  L'Été   à Paris-Plage (1789-1799) « bis »  "), ['l', 'ete', 'a', 'paris', 'plage', '1789', '1799', 'bis']);
  assert.deepEqual(foldedTokens('Достоевский — «Идиот»'), ['достоевскии', 'идиот']);
  assert.deepEqual(foldedTokens('東京 2020'), ['東京', '2020']);
  assert.deepEqual(caseTokens('SCH (1993-....) feat. Jul'), ['SCH', '1993', 'feat', 'Jul']);
  assert.deepEqual(foldedTokens('½ × ²'), ['½', '²']);
  assert.deepEqual(foldedTokens(''), []);
});
