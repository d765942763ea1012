// The readers of YouTube's answers, on answers recorded from the real services (test/fixtures/youtube/README.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readVideoListAnswer } from '../../src/youtube/data-api.js';
import { readOEmbedAnswer } from '../../src/youtube/oembed.js';
import { isYouTubeAnswerError } from '../../src/youtube/errors.js';

const recorded = (name: string): unknown => JSON.parse(readFileSync(new URL(`../fixtures/youtube/${name}`, import.meta.url), 'utf8'));

test('a videos.list answer gives each video, categoryId as a number and the duration in seconds', () => {
  const [video, ...rest] = readVideoListAnswer(recorded('videos-list-cspan.json'));
  assert.equal(rest.length, 0);
  assert.deepEqual(video, {
    id: 'oBM7DIeMsP0',
    title: 'Pope Francis addresses Joint Session of Congress – FULL SPEECH (C-SPAN)',
    description: 'Pope Francis addressed a joint meeting of Congress, the first pontiff in history to address both chambers.  Watch more online here: http://cs.pn/1VaKgcy',
    channelId: 'UCb--64Gl51jIEVE-GLDAVTg',
    channelTitle: 'C-SPAN',
    publishedAt: '2015-09-24T17:06:07.000Z',
    tags: [
      'United States Congress (Governmental Body)',
      'Joint Session Of The United States Congress (Public Speaking Event)',
      'C-SPAN (TV Network)',
      'Pope Francis (Religious Leader)',
      'Speaker Of The United States House Of Representatives (Government Office Or Title)',
      'Vice President Of The United States (Government Office Or Title)',
    ],
    categoryId: 25,
    durationSeconds: 53 * 60 + 53,
    thumbnailUrl: 'https://i.ytimg.com/vi/oBM7DIeMsP0/hqdefault.jpg',
    source: 'data-api',
  });
});

test('a single youtube#video resource is read too, with its audio language and the largest thumbnail', () => {
  const [gims] = readVideoListAnswer(recorded('video-gims-spider.json'));
  assert.equal(gims?.id, 'NLXiGXbxl6Q');
  assert.equal(gims?.title, 'GIMS & DYSTINCT - SPIDER (Clip officiel)');
  assert.equal(gims?.defaultAudioLanguage, 'fr');
  assert.equal(gims?.defaultLanguage, undefined);
  assert.equal(gims?.categoryId, 10);
  assert.equal(gims?.durationSeconds, 226);
  assert.equal(gims?.tags?.length, 7);
  assert.equal(gims?.thumbnailUrl, 'https://i.ytimg.com/vi/NLXiGXbxl6Q/maxresdefault.jpg');
  assert.match(gims?.description ?? '', /^GIMS & DYSTINCT - SPIDER \(Clip officiel\)\nSPIDER disponible/);
  const [sch] = readVideoListAnswer(recorded('video-sch-prequel.json'));
  assert.equal(sch?.tags, undefined, 'a video without tags has no tags field, not an empty list');
  assert.match(sch?.description ?? '', /« JVLIVS Prequel : Giulio »/);
});

test('topicCategories are kept; nulls, empty strings and non-https URLs become absent fields', () => {
  // The shape Google's PHP and Java clients write: every absent field as null. Derived from the recorded answer.
  const list = recorded('videos-list-cspan.json') as { items: Array<Record<string, any>> };
  const item = list.items[0]!;
  item.snippet.defaultLanguage = null;
  item.snippet.description = '';
  item.snippet.tags = null;
  item.snippet.thumbnails = { default: { url: 'http://i.ytimg.com/vi/x/default.jpg' }, maxres: null };
  item.topicDetails = { topicIds: null, topicCategories: ['https://en.wikipedia.org/wiki/Politics', 'javascript:alert(1)'] };
  item.contentDetails = { duration: null };
  const [video] = readVideoListAnswer(list);
  for (const field of ['defaultLanguage', 'description', 'tags', 'thumbnailUrl', 'durationSeconds'] as const) {
    assert.equal(field in video!, false, field);
  }
  assert.deepEqual(video?.topicCategories, ['https://en.wikipedia.org/wiki/Politics']);
});

test('durations: days, hours only, live streams (P0D); a malformed one is left out', () => {
  const withDuration = (duration: string) => readVideoListAnswer({
    items: [{ id: 'abcdefghijk', snippet: { title: 't' }, contentDetails: { duration } }],
  })[0]?.durationSeconds;
  assert.equal(withDuration('P1DT2H3M4S'), 93784);
  assert.equal(withDuration('PT1H'), 3600);
  assert.equal(withDuration('P0D'), 0);
  assert.equal(withDuration('PT'), undefined);
  assert.equal(withDuration('4:13'), undefined);
});

test('an empty list (private, removed or unknown ids) is no video; an entry without id or title is left out', () => {
  assert.deepEqual(readVideoListAnswer({ kind: 'youtube#videoListResponse', items: [], pageInfo: { totalResults: 0 } }), []);
  const videos = readVideoListAnswer({ items: [{ id: 'abcdefghijk' }, { snippet: { title: 'no id' } }, { id: 'ok_________', snippet: { title: ' Kept ' } }] });
  assert.deepEqual(videos.map((v) => [v.id, v.title]), [['ok_________', 'Kept']]);
});

test('an unusable answer throws a YouTubeAnswerError with a sentence', () => {
  for (const body of [undefined, null, 'text', [], { error: { code: 403 } }, { id: 'abcdefghijk', snippet: {} }]) {
    assert.throws(() => readVideoListAnswer(body), (error: unknown) => {
      assert.ok(isYouTubeAnswerError(error));
      assert.match(error.message, /^Not a YouTube Data API video answer: .+\.$/);
      return true;
    });
  }
});

test('an oEmbed answer gives the title, the channel and the thumbnail, for the id asked', () => {
  assert.deepEqual(readOEmbedAnswer(recorded('oembed-costa-rica.json'), 'LXb3EKWsInQ'), {
    id: 'LXb3EKWsInQ',
    title: 'COSTA RICA IN 4K 60fps HDR (ULTRA HD)',
    channelTitle: 'Jacob + Katie Schwarz',
    thumbnailUrl: 'https://i.ytimg.com/vi/LXb3EKWsInQ/hqdefault.jpg',
    source: 'oembed',
  });
  assert.throws(() => readOEmbedAnswer({ author_name: 'x' }, 'LXb3EKWsInQ'), isYouTubeAnswerError);
  assert.throws(() => readOEmbedAnswer('Not Found', 'LXb3EKWsInQ'), isYouTubeAnswerError);
});
