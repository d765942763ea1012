/**
 * A candidate entity: a piece of the video's text that may name something a librarian would search for, with
 * where it was found (its provenance). Typing decides its facet; weighing counts how many places agree on it.
 */
import type { Facet } from '../../sdk/schemas.js';

/** How a candidate was found. */
export type Origin =
  | 'title-part' | 'tag' | 'hashtag' | 'chapter' | 'quote' | 'credit' | 'name-list' | 'capitalised' | 'acronym'
  | 'date' | 'artist-title' | 'crew' | 'work-cue' | 'content-word';

/** Where in the metadata: the title, the head of the description, its body, the uploader's tags, the channel. */
export type Zone = 'title' | 'head' | 'body' | 'tags';

export interface Candidate {
  text: string;
  origin: Origin;
  zone: Zone;
  /** The facet the way it was found implies (a "feat." credit names a person), for typing to confirm. */
  hint?: Facet;
  /** The word that gave the hint ("feat.", "avec", "réalisation"), for the reason. */
  cue?: string;
  /** The first word of a sentence, a line or a title part: its capital says nothing. */
  sentenceStart?: boolean;
  /** The word just before, folded ("à" before "Kyoto"). */
  before?: string;
  /** The word just after, folded ("répond" after "Bronner"). */
  after?: string;
  /** A normalised label the candidate stands for (dates: "1914/1918"). */
  label?: string;
}

/** The provenance in French, for the reasons shown in the CLI table. */
export const ORIGIN_NAMES: Record<Origin, string> = {
  'title-part': 'partie du titre',
  tag: 'mot-clé de la vidéo',
  hashtag: 'hashtag',
  chapter: 'chapitre',
  quote: 'entre guillemets',
  credit: 'crédit',
  'name-list': 'liste de noms en tête du titre',
  capitalised: 'nom propre (majuscules)',
  acronym: 'sigle',
  date: 'date',
  'artist-title': 'titre « artiste - œuvre »',
  crew: 'générique (équipe)',
  'work-cue': 'œuvre nommée avec son genre (l’album, le livre…)',
  'content-word': 'mot courant du texte',
};

export const ZONE_NAMES: Record<Zone, string> = {
  title: 'le titre',
  head: 'le début de la description',
  body: 'la description',
  tags: 'les mots-clés',
};
