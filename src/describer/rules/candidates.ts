/** Every candidate of a video, from each part of its cleaned text, each with its provenance. */
import { foldKey } from '../../ranking/text-folding.js';
import type { Candidate, Zone } from './candidate.js';
import type { CleanText } from './clean.js';
import { capitalisedCandidates } from './capitalised.js';
import { creditCandidates, creditLineCandidates } from './credits.js';
import { dateCandidates } from './dates.js';
import { hashtagCandidates } from './hashtags.js';
import { nameListCandidates } from './name-list.js';
import { quoteCandidates } from './quotes.js';
import { artistTitleCandidates, titlePartCandidates } from './title-parts.js';

function textCandidates(text: string, zone: Zone): Candidate[] {
  return [
    ...creditCandidates(text, zone),
    ...quoteCandidates(text, zone),
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

export function gatherCandidates(clean: CleanText, tags: readonly string[], music: boolean, channelTitle = ''): Candidate[] {
  const channel = foldKey(channelTitle);
  return [
    ...(music ? artistTitleCandidates(clean.title) : []),
    ...titlePartCandidates(clean.title),
    ...nameListCandidates(clean.title),
    ...textCandidates(clean.title, 'title'),
    ...clean.head.flatMap((line) => textCandidates(line, 'head')),
    ...clean.body.flatMap((line) => textCandidates(line, 'body')),
    ...creditLineCandidates(clean.credits),
    ...clean.chapters.flatMap(({ title }): Candidate[] => [
      { text: title, origin: 'chapter', zone: 'body', sentenceStart: true },
      ...capitalisedCandidates(title, 'body'),
      ...dateCandidates(title, 'body'),
    ]),
    ...tags.flatMap((tag): Candidate[] => [
      ...splitChannelTag(tag.trim(), channel).map((text): Candidate => ({ text, origin: 'tag', zone: 'tags' })),
      ...dateCandidates(tag, 'tags'),
    ]),
    ...hashtagCandidates(clean.hashtags),
  ].filter((candidate) => candidate.text.length > 0);
}
