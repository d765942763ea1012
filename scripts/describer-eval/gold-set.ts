/**
 * The describer's gold set (`eval/describer/`): videos as YouTube answers, each with a librarian's annotation.
 * An annotation names, per facet, the entities a librarian would search the catalogue for (`must-find` or
 * `nice-to-find`, with the variants a search would accept), the labels that must not weigh 0.25 or more
 * (platforms, link fragments, sponsors, channel boilerplate) and the relation type the video calls for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as z from 'zod/mini';
import { FACETS, RELATION_TYPES } from '../../src/sdk/schemas.js';
import { readDescribeInput } from '../../src/cli/describe-input.js';
import type { VideoMetadata } from '../../src/youtube/video-metadata.js';

const GoldEntity = z.strictObject({
  label: z.string().check(z.minLength(1)),
  /** Other forms a catalogue search would accept ("Borne" for "Élisabeth Borne", "Iceland" for "Islande"). */
  variants: z.optional(z.array(z.string().check(z.minLength(1)))),
  grade: z.enum(['must-find', 'nice-to-find']),
  /** Other facets where the entity is as right (a band is a person or an organisation). */
  alsoIn: z.optional(z.array(z.enum(FACETS))),
});
export type GoldEntity = z.infer<typeof GoldEntity>;

export const Annotation = z.strictObject({
  /** The annotated video's id, as the answer gives it. */
  video: z.string(),
  /** The answer's path, relative to the gold set's folder. */
  file: z.string(),
  relation: z.strictObject({
    type: z.enum(RELATION_TYPES),
    /** Whether YouTube's category alone tells the relation (10, 17, 19 → inclusion; 25 → emi; 26, 27, 28 → pedagogy). */
    categoryTells: z.boolean(),
  }),
  facets: z.partialRecord(z.enum(FACETS), z.array(GoldEntity)),
  noise: z.array(z.string()),
});
export type Annotation = z.infer<typeof Annotation>;

export interface GoldCase {
  /** The annotation's file name without `.json` ("05-rap-pnl-au-dd"). */
  name: string;
  annotation: Annotation;
  /** Which kind of answer the video was read from. */
  input: 'data-api' | 'legacy';
  video: VideoMetadata;
}

/**
 * Reads one answer of the gold set as `cocktail-reco describe FILE` reads it: a Data API `videos.list` answer, or
 * a legacy answer (under `legacy/`) of which only `videoInfos` counts.
 */
export function readGoldVideo(dir: string, file: string): { input: GoldCase['input']; videos: VideoMetadata[] } {
  const { kind, videos } = readDescribeInput(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  if (kind === 'oembed') throw new Error(`${file}: the gold set holds Data API and legacy answers, not oEmbed`);
  return { input: kind, videos };
}

/** Every annotated case of the gold set in `dir`, in file-name order; throws on an annotation that does not read. */
export function loadGoldSet(dir: string): GoldCase[] {
  const files = readdirSync(join(dir, 'annotations')).filter((name) => name.endsWith('.json')).sort();
  return files.map((file) => {
    const raw: unknown = JSON.parse(readFileSync(join(dir, 'annotations', file), 'utf8'));
    const parsed = Annotation.safeParse(raw);
    if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
    const annotation = parsed.data;
    const { input, videos } = readGoldVideo(dir, annotation.file);
    const video = videos.find((v) => v.id === annotation.video);
    if (!video) throw new Error(`${file}: ${annotation.file} holds no video ${annotation.video}`);
    return { name: basename(file, '.json'), annotation, input, video };
  });
}
