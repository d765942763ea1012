// Classes of error of the rules describer on answers that carry no category nor tags (the legacy service's
// `videoInfos`): the channel's name heading the title, topical common words, the structure of names (sites "X de
// <place>", surnames that speak, world cities, works named with their kind). Each on several real-looking titles.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { describeWithRules } from '../../src/describer/rules/index.js';
import { foldKey } from '../../src/ranking/text-folding.js';
import type { Facet, VideoDescription } from '../../src/sdk/schemas.js';
import type { VideoMetadata } from '../../src/youtube/video-metadata.js';

const describe_ = (title: string, channelTitle: string, description = '') =>
  describeWithRules({ id: 'abcdefghijk', source: 'legacy', title, channelTitle, description } as VideoMetadata);

function facetOf(d: VideoDescription, label: string): Facet | undefined {
  for (const [facet, list] of Object.entries(d.entities) as [Facet, { label: string }[]][]) {
    if (list.some((e) => foldKey(e.label) === foldKey(label))) return facet;
  }
  return undefined;
}

function assertFacet(d: VideoDescription, label: string, facet: Facet) {
  assert.equal(facetOf(d, label), facet, `${label} in ${facet}: ${JSON.stringify(d.entities)}`);
}

describe('the channel’s name heading a title "X - Y" is the video’s person, whatever the category', () => {
  test('singers, a rapper and a lecturer on their own channels', () => {
    assertFacet(describe_('Stromae - Santé (Live From The Tonight Show)', 'Stromae'), 'Stromae', 'people');
    assertFacet(describe_('Angèle - Bruxelles je t’aime', 'Angèle'), 'Angèle', 'people');
    assertFacet(describe_('Orelsan - La pluie', 'Orelsan'), 'Orelsan', 'people');
    assertFacet(describe_('Boutchou - Le jour où tout a changé', 'Boutchou TV'), 'Boutchou', 'people');
  });

  test('a channel that heads no title and says nothing stays the publisher', () => {
    assert.equal(facetOf(describe_('La réforme des retraites expliquée', 'Le Débat'), 'Le Débat'), undefined);
  });
});

describe('topical common words of the title and the head of the description are subjects', () => {
  test('derived nouns said once, nouns with their adjective, and the title’s nouns', () => {
    const bronner = describe_('Fake news : pourquoi on y croit ?', 'Le Débat', 'Désinformation, complotisme et réseaux : le sociologue répond.');
    assertFacet(bronner, 'désinformation', 'subjects');
    assertFacet(bronner, 'complotisme', 'subjects');
    assertFacet(describe_('Faut-il relancer ?', 'Débats', 'Un débat sur l’énergie nucléaire et le climat.'), 'énergie nucléaire', 'subjects');
    assertFacet(describe_('La laïcité à l’école, cent ans après', 'Public Sénat'), 'laïcité', 'subjects');
    assertFacet(describe_('Vivre avec le diabète : trois témoignages', 'Santé Mag'), 'diabète', 'subjects');
  });

  test('verbs, adverbs, participles, lone adjectives and media words are not', () => {
    const d = describe_('Les trous noirs expliqués simplement', 'Sciences', 'Disponible en replay. Un album photo.');
    for (const word of ['expliqués', 'simplement', 'disponible', 'album']) assert.equal(facetOf(d, word), undefined, word);
    // "Napoléon écrase l'armée": the word after a name is its verb.
    assert.equal(facetOf(describe_('Austerlitz 1805', 'Histoire', 'Napoléon écrase les armées alliées.'), 'écrase'), undefined);
  });

  test('a plain noun said once in the description only is not kept', () => {
    assert.equal(facetOf(describe_('Visite de Lyon', 'Voyages', 'Un séjour de trois jours.'), 'séjour'), undefined);
  });

  test('an English video’s words are not read with the French dictionary', () => {
    const d = describeWithRules({ id: 'abcdefghijk', source: 'legacy', title: 'How capital works', description: 'The capital of France.', defaultAudioLanguage: 'en' } as VideoMetadata);
    assert.equal(facetOf(d, 'capital'), undefined);
  });
});

describe('the structure of names', () => {
  test('"X de <place>" headed by an acronym, an organisation’s word or a common word is never a person', () => {
    const d = describe_('Le chantier', 'Énergie', 'Retour sur l’EPR de Flamanville et le CHU de Rennes.');
    assertFacet(d, 'EPR de Flamanville', 'organizations');
    assertFacet(d, 'CHU de Rennes', 'organizations');
    assertFacet(describe_('Une journée', 'Visites', 'Nous visitons le Château de Versailles en hiver.'), 'Château de Versailles', 'places');
    assertFacet(describe_('Portrait', 'Histoire', 'Un hommage à Charles de Gaulle, 1970.'), 'Charles de Gaulle', 'people');
  });

  test('a lone surname that speaks or debates is a person', () => {
    assertFacet(describe_('Nucléaire : faut-il relancer ? Jancovici face aux écologistes', 'Débats'), 'Jancovici', 'people');
    assertFacet(describe_('Les écrans et nos enfants', 'France Culture', 'Le débat continue. Desmurget répond aux critiques.'), 'Desmurget', 'people');
    assertFacet(describe_('Inflation : ce qui nous attend, selon Piketty', 'Éco'), 'Piketty', 'people');
  });

  test('foreign capitals and major world cities are places, in French and in English', () => {
    assertFacet(describe_('Un week-end', 'Voyages', 'Bruxelles, dix ans après.'), 'Bruxelles', 'places');
    assertFacet(describe_('Le Brexit vu de Londres', 'Europe'), 'Londres', 'places');
    assertFacet(describe_('Trois jours', 'Voyages', 'Nous arrivons. Moscou sous la neige.'), 'Moscou', 'places');
    assertFacet(describe_('Street food', 'Voyages', 'Bangkok by night.'), 'Bangkok', 'places');
  });

  test('a work named with its kind is kept whole, after the kind or before it', () => {
    const d = describe_('Santé', 'Stromae', 'Stromae interprète Santé, extrait de l’album Multitude, à la télévision.');
    assertFacet(d, 'Multitude', 'works');
    assertFacet(describe_('Le climat', 'Débats', 'Il en parle. Le monde sans fin, la BD.'), 'Le monde sans fin', 'works');
    assertFacet(describe_('Rencontre', 'Librairie', 'Elle présente le livre La Vie devant soi, paru en 1975.'), 'La Vie devant soi', 'works');
    assertFacet(describe_('Critique', 'Cinéma', 'Nous avons vu le film Les Misérables de Ladj Ly.'), 'Les Misérables', 'works');
    assertFacet(describe_('Lecture', 'Classiques', 'Tout sur le roman Le Comte de Monte-Cristo, chapitre par chapitre.'), 'Le Comte de Monte-Cristo', 'works');
  });

  test('a common word with its participle is one name ("Racine carrée")', () => {
    assertFacet(describe_('Dix ans', 'Musique', 'Bruxelles, Racine carrée, dix ans après.'), 'Racine carrée', 'subjects');
  });
});
