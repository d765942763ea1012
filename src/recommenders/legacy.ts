/**
 * Reader for the existing Cocktail Culturel API format (`GET {base}/videos/{id}/geo`): turns its answer into our
 * model, a `VideoDescription` and catalogue records, so that our own ranking engine can rank them.
 *
 * Choices where the format is silent:
 * - The answer may be wrapped in `{ data: … }`; `searchRecordItems` may be a flat array or split by source
 *   (`SearchRecordItemBNF`, `SearchRecordItemDT`); a flat array is sorted by shape (a BnF record has an
 *   `identifier`, `notice` or `schema`; an event has a `date`, `distance` or `tarif`).
 * - `edenEntities`: `PERSON` → people; `KEYWORD` and `OTHER` → keywords, and a year inside a keyword ("1789",
 *   "14 juillet 1789") also gives a `dates` entity; `QUANTITY` is dropped. The first `TITLE` is the video's own
 *   title and is skipped; the other `TITLE`s become `works` at half their importance, because the analyser also
 *   labels as titles brands and names of social networks seen in the description. `importance` → weight, clamped
 *   to 0..1 (missing: 0.5).
 * - BnF titles and subjects pad their parts with runs of three or more spaces: in a title, the first part is the
 *   title and the others, joined with " : ", the subtitle; a subject string gives one subject per part.
 *   `http://catalogue.bnf.fr` links are upgraded to https; any link that is not http(s) is dropped.
 * - DATAtourisme events: `tarif` is kept as the organiser gives it (`"0"` means free, as in our contract); the id
 *   is `dt-` and a hash of the link (of the title and date when there is no link), so it is stable across calls.
 * - `errorMessage` is always sent, with its three texts, even when the video was analysed. A block is signalled
 *   when the answer carries no search record and no entity: then `videoBlackListError` (if it is a non-empty
 *   text or `true`) means the video is blocked, otherwise a channel error means the channel is. A flag set to
 *   `true` is a block even when records are present.
 * - Tolerant: a record that cannot be read is skipped and counted in `skipped`; only a body with no video (and no
 *   block) is a `ValidationError`.
 */
import type { CatalogueRecord } from '../catalogue/adapter.js';
import { cleanIsbn } from '../catalogue/isbn.js';
import { cleanText } from '../catalogue/clean-text.js';
import { documentTypeFromSupport } from '../catalogue/document-type.js';
import { classifyRelation } from '../ranking/index.js';
import { ValidationError } from '../sdk/errors.js';
import type { Entities, Entity, EventInfo, Video, VideoDescription } from '../sdk/schemas.js';

export interface LegacyReading {
  description: VideoDescription;
  candidates: CatalogueRecord[];
  /** Set when the legacy service refused to analyse the channel or the video. */
  blocked?: 'channel' | 'video';
  /** Records that could not be read and were skipped. */
  skipped: number;
}

export interface ReadLegacyOptions {
  /** The id asked for: used when a blocked answer carries no `videoInfos`. */
  videoId?: string;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? cleanText(v) : typeof v === 'number' ? String(v) : '');
/** Parts separated by runs of three or more spaces, cleaned, empty ones dropped. */
const parts = (v: unknown): string[] =>
  typeof v === 'string' ? v.split(/\s{3,}/).map(cleanText).filter((p) => p.length > 0) : [];

const BNF_SOURCE = { kind: 'national', name: 'BnF' } as const;
const EVENT_SOURCE = { kind: 'event', name: 'DATAtourisme' } as const;

/** Reads a Cocktail Culturel answer; throws `ValidationError` when it has no usable shape. */
export function readLegacyResponse(body: unknown, options: ReadLegacyOptions = {}): LegacyReading {
  const root = unwrap(body);
  if (!root) throw new ValidationError([{ path: [], message: 'expected an object' }], 'Cocktail Culturel answer');

  const { bnf, events, skipped: unsorted } = splitItems(root['searchRecordItems']);
  const entities = readEntities(root['edenEntities']);
  const hasContent = bnf.length + events.length > 0 || Object.keys(entities).length > 0;
  const blocked = readBlock(root['errorMessage'], hasContent);

  const video = readVideo(root['videoInfos'], blocked ? options.videoId : undefined);
  if (!video) {
    throw new ValidationError([{ path: ['videoInfos', 'id'], message: 'expected the video id' }], 'Cocktail Culturel answer');
  }

  let skipped = unsorted;
  const candidates: CatalogueRecord[] = [];
  for (const item of bnf) {
    const record = readBnfItem(item);
    if (record) candidates.push(record);
    else skipped++;
  }
  for (const item of events) {
    const record = readEventItem(item);
    if (record) candidates.push(record);
    else skipped++;
  }

  const description: VideoDescription = { video, relation: classifyRelation(video), entities };
  return blocked ? { description, candidates, blocked, skipped } : { description, candidates, skipped };
}

const LEGACY_KEYS = ['videoInfos', 'edenEntities', 'searchRecordItems', 'errorMessage'];

function unwrap(body: unknown): Json | undefined {
  if (!isObject(body)) return undefined;
  const data = body['data'];
  if (isObject(data) && LEGACY_KEYS.some((k) => k in data)) return data;
  return body;
}

function readVideo(infos: unknown, fallbackId: string | undefined): Video | undefined {
  if (!isObject(infos)) return fallbackId ? { id: fallbackId, title: '' } : undefined;
  const id = text(infos['id']) || fallbackId;
  if (!id) return undefined;
  const video: Video = { id, title: text(infos['title']) };
  const channel = text(infos['channelTitle']);
  if (channel) video.channel = channel;
  // The description keeps its line breaks: only its ends are trimmed.
  if (typeof infos['description'] === 'string' && infos['description'].trim()) video.description = infos['description'].trim();
  const thumbnails = infos['thumbnails'];
  const thumbnail = isObject(thumbnails) ? text(thumbnails['url']) : '';
  if (thumbnail.startsWith('https://')) video.thumbnailUrl = thumbnail;
  return video;
}

const YEAR = /(?<!\d)(1\d{3}|20\d{2})(?!\d)/;

function readEntities(eden: unknown): Entities {
  const entities: Entities = {};
  if (!isObject(eden)) return entities;
  const add = (facet: keyof Entities, entity: Entity) => {
    (entities[facet] ??= []).push(entity);
  };
  const each = (key: string, visit: (entity: Entity, index: number) => void) => {
    const list = eden[key];
    if (!Array.isArray(list)) return;
    list.forEach((raw, index) => {
      if (!isObject(raw)) return;
      const label = text(raw['entity']);
      if (!label) return;
      visit({ label, weight: importance(raw['importance']) }, index);
    });
  };
  each('PERSON', (e) => add('people', e));
  each('TITLE', (e, index) => {
    if (index > 0) add('works', { label: e.label, weight: e.weight / 2 });
  });
  for (const key of ['KEYWORD', 'OTHER']) {
    each(key, (e) => {
      add('keywords', e);
      const year = YEAR.exec(e.label)?.[1];
      if (year && !entities.dates?.some((d) => d.label === year)) add('dates', { label: year, weight: e.weight });
    });
  }
  return entities;
}

function importance(raw: unknown): number {
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw) : NaN;
  if (!Number.isFinite(n)) return 0.5;
  return Math.min(1, Math.max(0, n));
}

function readBlock(errorMessage: unknown, hasContent: boolean): 'channel' | 'video' | undefined {
  if (!isObject(errorMessage)) return undefined;
  const video = errorMessage['videoBlackListError'];
  const channel = [errorMessage['channelBlackListError'], errorMessage['channelWhiteListError']];
  if (video === true) return 'video';
  if (channel.includes(true)) return 'channel';
  if (hasContent) return undefined;
  const raised = (v: unknown) => v === true || (typeof v === 'string' && v.trim() !== '');
  if (raised(video)) return 'video';
  if (channel.some(raised)) return 'channel';
  return undefined;
}

/** Sorts the items by source, whichever of the two shapes `searchRecordItems` has. */
function splitItems(items: unknown): { bnf: unknown[]; events: unknown[]; skipped: number } {
  if (isObject(items)) {
    const list = (v: unknown) => (Array.isArray(v) ? v : []);
    return { bnf: list(items['SearchRecordItemBNF']), events: list(items['SearchRecordItemDT']), skipped: 0 };
  }
  const bnf: unknown[] = [];
  const events: unknown[] = [];
  let skipped = 0;
  for (const item of Array.isArray(items) ? items : []) {
    const record = isObject(item) ? (isObject(item['record']) ? item['record'] : item) : undefined;
    if (record && ('identifier' in record || 'notice' in record || 'schema' in record)) bnf.push(item);
    else if (record && ('date' in record || 'distance' in record || 'tarif' in record)) events.push(item);
    else skipped++;
  }
  return { bnf, events, skipped };
}

function readBnfItem(item: unknown): CatalogueRecord | undefined {
  if (!isObject(item) || !isObject(item['record'])) return undefined;
  const r = item['record'];
  const id = text(r['identifier']) || text(r['notice']);
  const [title, ...rest] = parts(r['title']);
  if (!id || !title) return undefined;
  const record: CatalogueRecord = {
    id,
    title,
    authors: parts(r['author']).flatMap((a) => a.split(/\s*;\s*/)).filter(Boolean),
    type: documentTypeFromSupport(text(r['support'])),
    subjects: parts(r['subject']),
    source: BNF_SOURCE,
  };
  if (rest.length > 0) record.subtitle = rest.join(' : ');
  const isbn = cleanIsbn(text(r['isbn']) || undefined) ?? cleanIsbn(text(r['ean']) || undefined);
  if (isbn) record.isbn = isbn;
  const url = httpUrl(text(r['link']));
  if (url) record.url = url;
  const year = Number(YEAR.exec(text(r['date']))?.[1]);
  if (year) record.year = year;
  const entity = text(item['matchingEntity']);
  const position = Number(text(r['position']));
  if (entity) record.foundBy = { query: undefined, entity, position: Number.isInteger(position) && position > 0 ? position : 1 };
  return record;
}

function readEventItem(item: unknown): CatalogueRecord | undefined {
  if (!isObject(item)) return undefined;
  const r = isObject(item['record']) ? item['record'] : item;
  const title = text(r['title']);
  const startsAt = text(r['date']);
  if (!title || !startsAt) return undefined;
  const link = text(r['link']);
  const event: EventInfo = { startsAt };
  const distance = typeof r['distance'] === 'number' ? r['distance'] : Number.parseFloat(text(r['distance']));
  if (Number.isFinite(distance)) event.distanceKm = distance;
  const price = text(r['tarif']);
  if (price) event.price = price;
  const record: CatalogueRecord = {
    id: `dt-${hash(link || `${title}|${startsAt}`)}`,
    title,
    authors: [],
    type: 'event',
    subjects: [],
    source: EVENT_SOURCE,
    event,
  };
  const description = text(r['description']);
  if (description) record.description = description;
  const url = httpUrl(link);
  if (url) record.url = url;
  const year = Number(YEAR.exec(startsAt)?.[1]);
  if (year) record.year = year;
  return record;
}

/** Only http(s) links are kept; the BnF catalogue is served over https. */
function httpUrl(link: string): string | undefined {
  if (!/^https?:\/\//i.test(link)) return undefined;
  return link.replace(/^http:\/\/catalogue\.bnf\.fr\//i, 'https://catalogue.bnf.fr/');
}

/** FNV-1a, 32 bits, in base 36: a short id that stays the same for the same link. */
function hash(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
