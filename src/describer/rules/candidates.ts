/** Every candidate of a video, from each part of its cleaned text, each with its provenance. */
import { foldKey } from '../../ranking/text-folding.js';
import type { Facet } from '../../sdk/schemas.js';
import type { Candidate, Zone } from './candidate.js';
import type { CleanText } from './clean.js';
import { capitalisedCandidates } from './capitalised.js';
import { channelOwner } from './channel.js';
import { contentWordCandidates } from './content-words.js';
import { creditCandidates, creditLineCandidates } from './credits.js';
import { dateCandidates } from './dates.js';
import { hashtagCandidates } from './hashtags.js';
import { nameListCandidates } from './name-list.js';
import { quoteCandidates } from './quotes.js';
import { artistTitleCandidates, titlePartCandidates, titleParts } from './title-parts.js';
import { workCueCandidates } from './work-cues.js';

function textCandidates(text: string, zone: Zone): Candidate[] {
  return [
    ...creditCandidates(text, zone),
    ...quoteCandidates(text, zone),
    ...workCueCandidates(text, zone),
    ...capitalisedCandidates(text, zone),
    ...dateCandidates(text, zone),
  ];
}

/**
 * Uploaders prefix their tags with their own name ("gims spider", "gims albanie"): such a tag is the channel's
 * name and the rest, each a candidate of its own.
 */
function splitChannelTag(tag: string, channel: string): string[] {
  const key = foldKey(tag);
  if (!channel || key === channel) return [tag];
  if (key.startsWith(`${channel} `)) return [tag.slice(0, tag.length - key.length + channel.length), tag.slice(channel.length).trim()];
  if (key.endsWith(` ${channel}`)) return [tag.slice(0, tag.length - channel.length).trim(), tag.slice(tag.length - channel.length)];
  return [tag];
}

/**
 * Tags that carry their type in parentheses, as YouTube once suggested them from Freebase ("Pope Francis
 * (Religious Leader)", "C-SPAN (TV Network)"): the name, hinted with the facet its type tells.
 */
const TYPED_TAG = /^(.+?)\s*\(([^()]+)\)$/u;
const TAG_TYPES: ReadonlyArray<readonly [RegExp, Facet]> = [
  [/\b(?:person|leader|politician|artist|musician|singer|actor|actress|author|writer|athlete|player|rapper|band)\b/i, 'people'],
  [/\b(?:city|country|location|place|region|state|town)\b/i, 'places'],
  [/\b(?:body|organization|organisation|network|company|team|party|agency|institution|club)\b/i, 'organizations'],
  [/\b(?:film|movie|book|album|song|tv program|tv series|video game|work)\b/i, 'works'],
];

function tagCandidates(tag: string, channel: string): Candidate[] {
  const typed = TYPED_TAG.exec(tag);
  if (typed) {
    const hint = TAG_TYPES.find(([pattern]) => pattern.test(typed[2]!))?.[1];
    const candidate: Candidate = { text: typed[1]!, origin: 'tag', zone: 'tags' };
    return [hint ? { ...candidate, hint, cue: typed[2]! } : candidate];
  }
  return splitChannelTag(tag, channel).map((text): Candidate => ({ text, origin: 'tag', zone: 'tags' }));
}

/** A music video's artists and work: from "Artist - Work", else the title is the work and the channel the artist. */
function musicCandidates(title: string, channelTitle: string): Candidate[] {
  const found = artistTitleCandidates(title);
  if (found.length > 0) return found;
  const artist = channelOwner(channelTitle);
  const text = titleParts(title)[0] ?? title;
  const work: Candidate = { text, origin: 'artist-title', zone: 'title', hint: 'works', cue: 'titre d’une vidéo musicale' };
  return artist ? [work, { text: artist, origin: 'artist-title', zone: 'head', hint: 'people', cue: 'chaîne de l’artiste' }] : [work];
}

/** The text's common words are read with the French dictionary: an English video gives none. */
function topicalWords(clean: CleanText, english: boolean): Candidate[] {
  if (english) return [];
  return [...contentWordCandidates(clean.title, 'title'), ...contentWordCandidates(clean.head[0] ?? '', 'head')];
}

export function gatherCandidates(clean: CleanText, tags: readonly string[], music: boolean, channelTitle = '', english = false): Candidate[] {
  const channel = foldKey(channelTitle);
  return [
    ...(music ? musicCandidates(clean.title, channelTitle) : []),
    ...titlePartCandidates(clean.title),
    ...nameListCandidates(clean.title),
    ...textCandidates(clean.title, 'title'),
    ...clean.head.flatMap((line) => textCandidates(line, 'head')),
    ...topicalWords(clean, english),
    ...clean.body.flatMap((line) => textCandidates(line, 'body')),
    ...creditLineCandidates(clean.credits),
    ...clean.chapters.flatMap(({ title }): Candidate[] => [
      { text: title, origin: 'chapter', zone: 'body', sentenceStart: true },
      ...capitalisedCandidates(title, 'body'),
      ...dateCandidates(title, 'body'),
    ]),
    ...tags.flatMap((tag): Candidate[] => [
      ...tagCandidates(tag.trim(), channel),
      ...dateCandidates(tag, 'tags'),
    ]),
    ...hashtagCandidates(clean.hashtags),
  ].filter((candidate) => candidate.text.length > 0);
}
