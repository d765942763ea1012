/**
 * Checks a real server against the v1 contract, for `cocktail-reco check-api`: it fetches both endpoints and an
 * invalid request, reads each answer as the widget would, and lists what the server sends that the widget has to
 * forgive (dropped items, unknown vocabularies, unsafe links) or cannot use at all. No DOM, no Node API: the caller
 * passes `fetch`.
 */
import { API_KEY_HEADER } from '../sdk/client.js';
import { safeUrl } from '../element/safe-url.js';
import { problemCode } from '../sdk/errors.js';
import { httpGet } from '../sdk/http-get.js';
import { readRecommendationList, readVideoDescription } from '../sdk/read.js';
import { DOCUMENT_TYPES, RecommendationItem, RELATION_TYPES, type Problem } from '../sdk/schemas.js';
import { parseYouTubeUrl } from '../youtube/parse-url.js';

export interface ContractCheckOptions {
  apiBase: string;
  library: string;
  /** Any YouTube link form or an id of a video the server has analysed. */
  video: string;
  key?: string;
  fetch?: typeof fetch;
  /** Time allowed to each request, in ms. Default 15000 (the widget's client gives up on an attempt after 8000). */
  timeoutMs?: number;
}

/** `fail`: the widget cannot use the answer; `warn`: it copes, but the server should be fixed; `ok`: as agreed. */
export interface Finding {
  level: 'ok' | 'warn' | 'fail';
  endpoint: string;
  message: string;
}

/** The widget's own rule (`safeUrl`), so the verdict is exactly what the element will show. */
const isHttpUrl = (value: unknown): boolean => typeof value === 'string' && safeUrl(value) !== undefined;
const describeError = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export async function checkContract(options: ContractCheckOptions): Promise<Finding[]> {
  const timeoutMs = options.timeoutMs ?? 15000;
  const id = parseYouTubeUrl(options.video)?.id;
  if (!id) return [{ level: 'fail', endpoint: '-', message: `Not a YouTube video link or id: ${options.video}` }];
  const base = `${options.apiBase.replace(/\/+$/, '')}/v1`;
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (options.key) headers[API_KEY_HEADER] = options.key;
  const findings: Finding[] = [];
  const note = (level: Finding['level'], endpoint: string, message: string) => findings.push({ level, endpoint, message });

  async function get(path: string): Promise<{ status: number; type: string; body: unknown } | undefined> {
    try {
      const response = await httpGet(`${base}${path}`, { timeoutMs, headers, fetch: options.fetch });
      const text = await response.text();
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = undefined;
      }
      return { status: response.status, type: response.headers.get('content-type') ?? '', body };
    } catch (error) {
      note('fail', path, `No answer: ${describeError(error)}`);
      return undefined;
    }
  }

  /** The value `read` makes of the answer at `path`, or undefined once noted why the widget cannot use it. */
  async function readAnswer<T>(path: string, expected: string, read: (body: unknown) => T): Promise<{ value: T; body: unknown } | undefined> {
    const answer = await get(path);
    if (!answer) return undefined;
    if (isExclusion(answer)) {
      // A conforming answer, but no list to check: the check needs a video the library's curation allows.
      note('warn', path, "403 video_excluded: the library's curation denies this video or its channel (the widget says so plainly); give a video it allows to check the list");
      return undefined;
    }
    if (answer.status !== 200) {
      note('fail', path, `HTTP ${answer.status} (${expected})`);
      return undefined;
    }
    try {
      return { value: read(answer.body), body: answer.body };
    } catch (error) {
      note('fail', path, describeError(error));
      return undefined;
    }
  }

  const videoPath = `/videos/${encodeURIComponent(id)}`;
  const video = await readAnswer(videoPath, 'expected 200 for an analysed video', readVideoDescription);
  if (video) {
    const { entities, relation, video: { title } } = video.value;
    const count = Object.values(entities).reduce((n, list) => n + (list?.length ?? 0), 0);
    note('ok', videoPath, `"${title}", relation ${relation.type}, ${count} entities`);
  }

  const recommendationsPath = (limit: number) =>
    `/libraries/${encodeURIComponent(options.library)}/recommendations?video=${encodeURIComponent(id)}&limit=${limit}`;
  const listPath = recommendationsPath(10);
  const list = await readAnswer(listPath, 'expected 200', readRecommendationList);
  if (list) {
    const { items, meta, relation } = list.value;
    note('ok', listPath, `${items.length} items, ${meta.searches} searches`);
    // Each item as sent (the reader has dropped the invalid ones): what the widget forgives is worth a warning.
    (list.body as { items: unknown[] }).items.forEach((raw, index) => checkItem(raw, index, listPath, note));
    if (!(RELATION_TYPES as readonly string[]).includes(relation.type)) {
      note('warn', listPath, `relation type "${relation.type}" is not one of ${RELATION_TYPES.join(', ')}: shown with a neutral badge`);
    }
  }

  // An invalid request must be refused with RFC 9457 problem details.
  const badPath = recommendationsPath(0);
  const bad = await get(badPath);
  if (bad) {
    const problem = bad.body as { code?: unknown; status?: unknown } | undefined;
    if (bad.status !== 400) note('warn', badPath, `HTTP ${bad.status} for limit=0 (expected 400 invalid_request)`);
    else if (!bad.type.includes('application/problem+json')) note('warn', badPath, `content type "${bad.type}" (expected application/problem+json)`);
    else if (problem?.code !== 'invalid_request') note('warn', badPath, `problem code ${String(problem?.code)} (expected invalid_request)`);
    else note('ok', badPath, '400 invalid_request as problem details');
  }
  return findings;
}

/** The contract's 403 for a video the library's curation denies: problem details with the code `video_excluded`. */
function isExclusion({ status, type, body }: { status: number; type: string; body: unknown }): boolean {
  return status === 403 && type.includes('application/problem+json') && problemCode(body as Problem | undefined) === 'video_excluded';
}

function checkItem(raw: unknown, index: number, endpoint: string, note: (level: Finding['level'], endpoint: string, message: string) => void): void {
  const where = `item ${index + 1}`;
  const parsed = RecommendationItem.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    note('warn', endpoint, `${where} is invalid and dropped by the widget (${issue?.path.join('.') || 'item'}: ${issue?.message ?? 'invalid'})`);
    return;
  }
  const item = raw as Record<string, unknown>;
  if (!(DOCUMENT_TYPES as readonly string[]).includes(String(item['type']))) {
    note('warn', endpoint, `${where}: document type "${String(item['type'])}" is unknown, shown as "other"`);
  }
  if (item['url'] === undefined) note('warn', endpoint, `${where}: no url, so the title is not a link`);
  else if (!isHttpUrl(item['url'])) note('warn', endpoint, `${where}: url is not http(s) and is not shown as a link`);
  if (item['coverUrl'] !== undefined && !isHttpUrl(item['coverUrl'])) note('warn', endpoint, `${where}: coverUrl is not http(s) and is not shown`);
  if (!Array.isArray(item['why']) || item['why'].length === 0) note('warn', endpoint, `${where}: no "why" evidence to explain it`);
}
