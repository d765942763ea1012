// The server's plain modules, alone: the quota's month window and RateLimit headers, strong ETags and
// If-None-Match, the admin bearer token, the curation applied to a description, and the analysis's attempt bound.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isBearerToken } from '../../src/server/bearer-token.js';
import { exclusionOf, withoutStopWords } from '../../src/server/curation.js';
import { matchesIfNoneMatch, strongEtag } from '../../src/server/etag.js';
import { monthWindow, quotaState, rateLimitHeaders } from '../../src/server/monthly-quota.js';
import { ServerMetrics } from '../../src/server/metrics.js';
import { openStore } from '../../src/server/storage/open-store.js';
import { VideoAnalysis } from '../../src/server/video-analysis.js';
import type { VideoDescription } from '../../src/sdk/schemas.js';

const noCuration = { deniedChannels: [], deniedVideos: [], stopWords: [], allowedChannels: [] };
const description: VideoDescription = {
  video: { id: 'Ed1tHpF60nR', title: 'Édith Piaf - Non, je ne regrette rien', channel: 'Mémoire de la chanson' },
  relation: { type: 'inclusion' },
  entities: { people: [{ label: 'Édith Piaf', weight: 1 }], keywords: [{ label: 'Archive', weight: 0.4 }, { label: 'regret', weight: 0.3 }] },
};

describe('monthly quota', () => {
  it('counts in calendar months, UTC, whatever their length', () => {
    const february = monthWindow(Date.UTC(2028, 1, 29, 23, 59, 0));
    assert.equal(february.month, '2028-02');
    assert.equal(february.windowSeconds, 29 * 86_400);
    assert.equal(february.resetSeconds, 60);
    assert.equal(february.resetsAt, '2028-03-01T00:00:00.000Z');
    const december = monthWindow(Date.UTC(2026, 11, 15));
    assert.equal(december.resetsAt, '2027-01-01T00:00:00.000Z');
    assert.equal(december.windowSeconds, 31 * 86_400);
  });

  it('writes the IETF RateLimit headers, never a negative remainder', () => {
    const window = monthWindow(Date.UTC(2026, 11, 31, 0, 0, 0));
    assert.deepEqual(rateLimitHeaders(quotaState(1000, 3, window), window), {
      'ratelimit-policy': '"monthly";q=1000;w=2678400',
      ratelimit: '"monthly";r=997;t=86400',
    });
    assert.equal(quotaState(10, 12, window).remaining, 0);
  });
});

describe('ETag', () => {
  it('is strong, and the same only for the same bytes', () => {
    assert.match(strongEtag('{"a":1}'), /^"[A-Za-z0-9_-]{32}"$/);
    assert.equal(strongEtag('{"a":1}'), strongEtag('{"a":1}'));
    assert.notEqual(strongEtag('{"a":1}'), strongEtag('{"a":2}'));
  });

  it('If-None-Match matches a listed tag, a weak form of it, or *', () => {
    const tag = strongEtag('x');
    assert.ok(matchesIfNoneMatch(tag, tag));
    assert.ok(matchesIfNoneMatch(`"other", ${tag}`, tag));
    assert.ok(matchesIfNoneMatch(`W/${tag}`, tag));
    assert.ok(matchesIfNoneMatch('*', tag));
    assert.ok(!matchesIfNoneMatch('"other"', tag));
    assert.ok(!matchesIfNoneMatch(undefined, tag));
  });
});

describe('admin bearer token', () => {
  it('accepts only "Bearer <token>"', () => {
    const token = 'a-long-enough-admin-token';
    assert.ok(isBearerToken(`Bearer ${token}`, token));
    assert.ok(isBearerToken(`bearer  ${token}`, token));
    assert.ok(!isBearerToken(token, token));
    assert.ok(!isBearerToken(`Bearer ${token}x`, token));
    assert.ok(!isBearerToken(`Bearer ${token.slice(1)}`, token));
    assert.ok(!isBearerToken(undefined, token));
    assert.ok(!isBearerToken('Bearer ', token));
  });
});

describe('curation', () => {
  it('excludes a denied video, a denied channel (case and accents aside), or a channel outside the allowed list', () => {
    assert.equal(exclusionOf(noCuration, description), undefined);
    assert.match(exclusionOf({ ...noCuration, deniedVideos: ['Ed1tHpF60nR'] }, description)!, /video Ed1tHpF60nR/);
    assert.match(exclusionOf({ ...noCuration, deniedChannels: ['MEMOIRE DE LA CHANSON'] }, description)!, /channel Mémoire de la chanson/);
    assert.match(exclusionOf({ ...noCuration, allowedChannels: ['Une autre chaîne'] }, description)!, /only for videos of the channels it chose/);
    assert.equal(exclusionOf({ ...noCuration, allowedChannels: ['mémoire de la chanson'] }, description), undefined);
    const noChannel = { ...description, video: { id: 'Ed1tHpF60nR', title: 't' } };
    assert.ok(exclusionOf({ ...noCuration, allowedChannels: ['x'] }, noChannel), 'an unknown channel is not an allowed one');
  });

  it('removes the stop words from every facet, case and accents aside', () => {
    const kept = withoutStopWords(description, ['archive', 'EDITH PIAF']);
    assert.deepEqual(kept.entities, { people: [], keywords: [{ label: 'regret', weight: 0.3 }] });
    assert.equal(withoutStopWords(description, []), description);
  });
});

describe('video analysis', () => {
  it('ends a job whose attempts all died with the process instead of taking it again for ever', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cocktail-analysis-'));
    const store = await openStore(`sqlite:${join(folder, 'store.db')}`);
    let youtubeCalls = 0;
    const analysis = new VideoAnalysis({
      store,
      metrics: new ServerMetrics(),
      maxAttempts: 3,
      fetchMetadata: async () => {
        youtubeCalls += 1;
        return new Map();
      },
      describe: async () => description,
    });
    try {
      const job = { videoId: 'Ed1tHpF60nR', state: 'running' as const, notBefore: 0, updatedAt: 0 };
      const outcome = await analysis.analyse({ ...job, attempts: 4 });
      assert.equal(outcome.kind, 'failed');
      assert.match(outcome.kind === 'failed' ? outcome.reason : '', /interrupted 3 times/);
      assert.equal(youtubeCalls, 0, 'YouTube is not asked again');
      assert.equal((await analysis.analyse({ ...job, attempts: 3 })).kind, 'unknown-video', 'the last allowed attempt still runs');
      assert.equal(youtubeCalls, 1);
    } finally {
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
