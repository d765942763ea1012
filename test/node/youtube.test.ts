import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isYouTubeId, parseYouTubeUrl, youtubeThumbnailUrl } from '../../src/youtube/index.js';
import type { YouTubeLink } from '../../src/youtube/index.js';

const ID = 'dQw4w9WgXcQ';
const ID2 = 'a_B-c1D2e3F';
const LIST = 'PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG';

/** Input pasted → the link expected. */
const ACCEPTED: Array<[string, YouTubeLink]> = [
  // watch pages, any parameter order, leftovers from a CMS
  [`https://www.youtube.com/watch?v=${ID}`, { id: ID }],
  [`http://www.youtube.com/watch?v=${ID}`, { id: ID }],
  [`https://youtube.com/watch?v=${ID}`, { id: ID }],
  [`https://www.youtube.com/watch?feature=share&v=${ID}`, { id: ID }],
  [`https://www.youtube.com/watch?app=desktop&feature=youtu.be&v=${ID}&ab_channel=Rick`, { id: ID }],
  [`https://www.youtube.com/watch?v=${ID}&amp;feature=youtu.be`, { id: ID }],
  [`https://www.youtube.com/watch?feature=player_embedded&amp;v=${ID}`, { id: ID }],
  [`https://www.youtube.com/watch?feature=related&#38;v=${ID}`, { id: ID }],
  [`https://www.youtube.com/watch?v=${ID}&si=AbCdEfGhIjKlMnOp`, { id: ID }],
  [`https://www.youtube.com/watch/?v=${ID}`, { id: ID }],
  [`https://www.youtube.com/?v=${ID}`, { id: ID }],
  [`https://www.youtube.com/watch?v=${ID2}`, { id: ID2 }],
  // short links
  [`https://youtu.be/${ID}`, { id: ID }],
  [`http://youtu.be/${ID}`, { id: ID }],
  [`https://youtu.be/${ID}?si=Xy12_ab`, { id: ID }],
  [`https://youtu.be/${ID}/`, { id: ID }],
  [`youtu.be/${ID}`, { id: ID }],
  // path forms
  [`https://www.youtube.com/embed/${ID}`, { id: ID }],
  [`https://www.youtube.com/embed/${ID}?rel=0&modestbranding=1`, { id: ID }],
  [`https://www.youtube.com/v/${ID}`, { id: ID }],
  [`https://www.youtube.com/v/${ID}?version=3&hl=fr_FR`, { id: ID }],
  [`https://www.youtube.com/v/${ID}&hl=fr_FR&fs=1`, { id: ID }],
  [`https://www.youtube.com/e/${ID}`, { id: ID }],
  [`https://www.youtube.com/shorts/${ID}`, { id: ID }],
  [`https://youtube.com/shorts/${ID}?feature=share`, { id: ID }],
  [`https://www.youtube.com/live/${ID}`, { id: ID }],
  [`https://www.youtube.com/live/${ID}?si=abc&t=120`, { id: ID, start: 120 }],
  [`https://www.youtube.com/watch/${ID}`, { id: ID }],
  [`https://www.youtube.com/embed/${ID}/`, { id: ID }],
  // other hosts of the same site
  [`https://m.youtube.com/watch?v=${ID}`, { id: ID }],
  [`https://m.youtube.com/#/watch?v=${ID}`, { id: ID }],
  [`https://music.youtube.com/watch?v=${ID}&feature=share`, { id: ID }],
  [`https://www.youtube-nocookie.com/embed/${ID}`, { id: ID }],
  [`https://youtube-nocookie.com/embed/${ID}?start=30`, { id: ID, start: 30 }],
  [`https://www.youtubekids.com/watch?v=${ID}`, { id: ID }],
  [`https://youtubekids.com/watch?v=${ID}`, { id: ID }],
  [`https://www.youtube.com./watch?v=${ID}`, { id: ID }],
  // redirects
  [`https://www.youtube.com/attribution_link?a=Ab12Cd&u=/watch%3Fv%3D${ID}%26feature%3Dshare`, { id: ID }],
  [`https://www.youtube.com/attribution_link?u=%2Fwatch%3Fv%3D${ID}%26t%3D42&a=x`, { id: ID, start: 42 }],
  [`https://consent.youtube.com/m?continue=https%3A%2F%2Fwww.youtube.com%2Fwatch%3Fv%3D${ID}%26cbrd%3D1&gl=FR&hl=fr`, { id: ID }],
  [`https://consent.youtube.com/ml?continue=https://www.youtube.com/watch?v=${ID}&gl=FR`, { id: ID }],
  [`https://consent.youtube.com/m?continue=https%3A%2F%2Fyoutu.be%2F${ID}%3Ft%3D15`, { id: ID, start: 15 }],
  // bare ids
  [ID, { id: ID }],
  [ID2, { id: ID2 }],
  [`  ${ID}\n`, { id: ID }],
  // embed codes
  [`<iframe width="560" height="315" src="https://www.youtube.com/embed/${ID}?si=Qw" title="YouTube video player" frameborder="0" allowfullscreen></iframe>`, { id: ID }],
  [`<iframe src='https://www.youtube-nocookie.com/embed/${ID}?start=75&amp;list=${LIST}'></iframe>`, { id: ID, start: 75, list: LIST }],
  [`<IFRAME SRC=//www.youtube.com/embed/${ID} width=640></IFRAME>`, { id: ID }],
  [`<iframe src="about:blank" data-src="https://www.youtube.com/embed/${ID}"></iframe>`, { id: ID }],
  [`<figure class="wp-block-embed"><div><iframe title="x" src="https://www.youtube.com/embed/${ID}?feature=oembed"></iframe></div></figure>`, { id: ID }],
  [`"<iframe src="https://youtu.be/${ID}"></iframe>"`, { id: ID }],
  // no scheme, protocol-relative, mixed case, wrappers
  [`www.youtube.com/watch?v=${ID}`, { id: ID }],
  [`youtube.com/watch?v=${ID}`, { id: ID }],
  [`m.youtube.com/watch?v=${ID}`, { id: ID }],
  [`//www.youtube.com/embed/${ID}`, { id: ID }],
  [`youtube.com:443/watch?v=${ID}`, { id: ID }],
  [`HTTPS://WWW.YouTube.COM/watch?v=${ID}`, { id: ID }],
  [`https://YOUTU.BE/${ID}`, { id: ID }],
  [`https://www.youtube.com/Embed/${ID}`, { id: ID }],
  [`  https://youtu.be/${ID}  `, { id: ID }],
  [`"https://youtu.be/${ID}"`, { id: ID }],
  [`'https://youtu.be/${ID}'`, { id: ID }],
  [`<https://youtu.be/${ID}>`, { id: ID }],
  [`« https://youtu.be/${ID} »`, { id: ID }],
  [`“https://www.youtube.com/watch?v=${ID}”`, { id: ID }],
  [`\u200bhttps://youtu.be/${ID}\u200b`, { id: ID }],
  [`\t\r\nhttps://youtu.be/${ID}\r\n`, { id: ID }],
  // start times
  [`https://youtu.be/${ID}?t=90`, { id: ID, start: 90 }],
  [`https://youtu.be/${ID}?t=90s`, { id: ID, start: 90 }],
  [`https://youtu.be/${ID}?t=1m30s`, { id: ID, start: 90 }],
  [`https://youtu.be/${ID}?t=1h2m3s`, { id: ID, start: 3723 }],
  [`https://youtu.be/${ID}?t=2m`, { id: ID, start: 120 }],
  [`https://youtu.be/${ID}?t=1h`, { id: ID, start: 3600 }],
  [`https://youtu.be/${ID}?t=1H2M3S`, { id: ID, start: 3723 }],
  [`https://youtu.be/${ID}?t=90.7`, { id: ID, start: 90 }],
  [`https://www.youtube.com/watch?v=${ID}#t=1m30s`, { id: ID, start: 90 }],
  [`https://www.youtube.com/watch?v=${ID}#t=45`, { id: ID, start: 45 }],
  [`https://www.youtube.com/watch?t=10&v=${ID}`, { id: ID, start: 10 }],
  [`https://www.youtube.com/watch?v=${ID}&amp;t=33s`, { id: ID, start: 33 }],
  [`https://www.youtube.com/embed/${ID}?start=300&end=360`, { id: ID, start: 300 }],
  [`https://youtu.be/${ID}?t=0`, { id: ID }],
  [`https://youtu.be/${ID}?t=soon`, { id: ID }],
  [`https://youtu.be/${ID}?t=-5`, { id: ID }],
  [`https://youtu.be/${ID}?t=`, { id: ID }],
  // playlists kept when a video is named
  [`https://www.youtube.com/watch?v=${ID}&list=${LIST}`, { id: ID, list: LIST }],
  [`https://www.youtube.com/watch?list=${LIST}&index=3&v=${ID}&t=5`, { id: ID, start: 5, list: LIST }],
  [`https://youtu.be/${ID}?list=${LIST}`, { id: ID, list: LIST }],
  [`https://www.youtube.com/embed/${ID}?list=${LIST}`, { id: ID, list: LIST }],
  [`https://music.youtube.com/watch?v=${ID}&list=RDAMVM${ID}`, { id: ID, list: `RDAMVM${ID}` }],
  [`https://www.youtube.com/watch?v=${ID}&list=<script>`, { id: ID }],
  // pop-up player, old mobile page, Flash-era hosts and paths
  [`https://www.youtube.com/watch_popup?v=${ID}&t=12`, { id: ID, start: 12 }],
  [`https://m.youtube.com/details?v=${ID}`, { id: ID }],
  [`https://youtube.googleapis.com/v/${ID}?version=3`, { id: ID }],
  [`https://www.youtube.com/vi/${ID}&feature=share`, { id: ID }],
  // escaped twice or more by a CMS
  [`https://www.youtube.com/watch?feature=share&amp;amp;v=${ID}&amp;amp;t=1m5s`, { id: ID, start: 65 }],
  [`https://www.youtube.com/watch?v=${ID}&#38;amp;t=7`, { id: ID, start: 7 }],
  // the punctuation of the sentence a link was pasted from
  [`https://youtu.be/${ID}.`, { id: ID }],
  [`https://youtu.be/${ID},`, { id: ID }],
  [`https://youtu.be/${ID}?t=42).`, { id: ID, start: 42 }],
  [`(https://www.youtube.com/watch?v=${ID})`, { id: ID }],
  [`[https://www.youtube.com/watch?v=${ID}]`, { id: ID }],
  [`https://www.youtube.com/watch?v=${ID}]`, { id: ID }],
  [`https://www.youtube.com/watch?v=${ID}&t=1m40s.`, { id: ID, start: 100 }],
  [`«https://youtu.be/${ID}»`, { id: ID }],
  [`https://youtu.be/${ID}»,`, { id: ID }],
  [`https://youtu.be/${ID})suite`, { id: ID }],
  [`https://www.youtube.com/shorts/${ID}!`, { id: ID }],
  // seconds without their unit after minutes, in the query or the fragment, whatever comes before
  [`https://youtu.be/${ID}?t=1m40`, { id: ID, start: 100 }],
  [`https://www.youtube.com/watch?v=${ID}#t=2m5`, { id: ID, start: 125 }],
  [`https://www.youtube.com/watch?v=${ID}&list=${LIST}&index=4&t=1m40`, { id: ID, start: 100, list: LIST }],
  [`https://www.youtube.com/watch?v=${ID}&index=4&list=${LIST}#t=1h1m1`, { id: ID, start: 3661, list: LIST }],
  [`https://youtu.be/${ID}?t=1h30`, { id: ID }],
];

/** Input pasted → why it names no video. */
const REJECTED: Array<[string, string]> = [
  // other hosts, look-alikes
  [`https://youtube.com.evil.example/watch?v=${ID}`, 'look-alike suffix'],
  [`https://youtube.com@evil.test/watch?v=${ID}`, 'credentials trick'],
  [`https://user:pass@www.youtube.com/watch?v=${ID}`, 'credentials on the real host'],
  [`https://evilyoutube.com/watch?v=${ID}`, 'look-alike prefix'],
  [`https://www.evil-youtube.com/watch?v=${ID}`, 'look-alike hyphen'],
  [`https://youtu.be.evil.example/${ID}`, 'look-alike short host'],
  [`https://www.yоutube.com/watch?v=${ID}`, 'Cyrillic o'],
  [`https://www.youtube.co/watch?v=${ID}`, 'other top-level domain'],
  [`https://vimeo.com/${ID}`, 'other video site'],
  [`https://www.google.com/url?q=https://www.youtube.com/watch?v=${ID}`, 'search engine redirect'],
  [`https://www.youtube.com:8443/watch?v=${ID}`, 'unusual port'],
  [`https://gaming.youtube.com.evil.test/watch?v=${ID}`, 'subdomain look-alike'],
  [`https://consent.youtube.com/m?continue=https%3A%2F%2Fevil.example%2Fwatch%3Fv%3D${ID}`, 'consent wrapping another host'],
  [`https://www.youtube.com/attribution_link?u=//evil.example/watch%3Fv%3D${ID}`, 'attribution to another host'],
  [`https://www.youtube.com/attribution_link?u=https://evil.example/watch%3Fv%3D${ID}`, 'attribution with absolute URL'],
  [`https://evil.example/attribution_link?u=/watch%3Fv%3D${ID}`, 'attribution path on another host'],
  // other schemes
  [`javascript:alert(1)//${ID}`, 'javascript scheme'],
  [`javascript://www.youtube.com/watch?v=${ID}%0Aalert(1)`, 'javascript scheme with a host'],
  [`JaVaScRiPt:alert('${ID}')`, 'mixed-case javascript scheme'],
  [`data:text/html,<a href="https://youtu.be/${ID}">x</a>`, 'data scheme'],
  [`ftp://www.youtube.com/watch?v=${ID}`, 'ftp scheme'],
  [`file:///home/user/watch?v=${ID}`, 'file scheme'],
  [`mailto:someone@youtube.com?subject=${ID}`, 'mailto scheme'],
  [`vbscript:msgbox("${ID}")`, 'vbscript scheme'],
  // pages that are not one video
  [`https://www.youtube.com/channel/UCuAXFkgsw1L7xaCfnd5JJOw`, 'channel'],
  [`https://www.youtube.com/c/${ID}`, 'custom channel url'],
  [`https://www.youtube.com/user/${ID}`, 'legacy user page'],
  [`https://www.youtube.com/@${ID}`, 'handle'],
  [`https://www.youtube.com/@franceculture/videos`, 'handle videos tab'],
  [`https://www.youtube.com/playlist?list=${LIST}`, 'playlist only'],
  [`https://www.youtube.com/results?search_query=${ID}`, 'search'],
  [`https://www.youtube.com/feed/subscriptions`, 'feed'],
  [`https://www.youtube.com/feed/trending?v=${ID}`, 'feed with a v parameter'],
  [`https://www.youtube.com/clip/UgkxU2HSeGL_NvmDJ-nQJrlLwllwMDBdGZFs`, 'clip'],
  [`https://www.youtube.com/clip/${ID}`, 'clip with an id-shaped token'],
  [`https://www.youtube.com/user/franceculture#p/u/3/${ID}`, 'channel page with the former channel player fragment'],
  [`https://i.ytimg.com/vi/${ID}/hqdefault.jpg`, 'thumbnail image'],
  [`https://evil.test/vi/${ID}/hqdefault.jpg`, 'vi path on another host'],
  [`https://youtube.googleapis.com.evil.test/v/${ID}`, 'Flash host look-alike'],
  [`https://www.youtube.com/details/${ID}`, 'details is a query page, not an id route'],
  [`https://www.youtube.com/watch_popup/${ID}/x`, 'pop-up player with extra path'],
  [`https://hooktube.com/watch?v=${ID}`, 'third-party front end'],
  [`https://invidious.fdn.fr/watch?v=${ID}`, 'Invidious instance'],
  [`vnd.youtube:${ID}`, 'app scheme'],
  [`https://www.youtube.com/embed/videoseries?list=${LIST}`, 'playlist player'],
  [`https://www.youtube.com/embed/live_stream?channel=UCuAXFkgsw1L7xaCfnd5JJOw`, 'live-stream player'],
  [`https://www.youtube.com/embed?listType=playlist&list=${LIST}`, 'embed without an id'],
  [`https://www.youtube.com/`, 'home page'],
  [`https://www.youtube.com/watch`, 'watch without v'],
  [`https://www.youtube.com/watch?v=`, 'empty v'],
  [`https://youtu.be/`, 'short host without id'],
  [`https://youtu.be/${ID}/extra`, 'short link with extra path'],
  [`https://www.youtube.com/embed/${ID}/extra`, 'embed with extra path'],
  [`https://consent.youtube.com/m?gl=FR`, 'consent without continue'],
  [`https://www.youtube.com/redirect?q=https://example.org/`, 'outbound redirect'],
  // ids of the wrong shape
  [`https://www.youtube.com/watch?v=dQw4w9WgXc`, 'ten characters'],
  [`https://www.youtube.com/watch?v=dQw4w9WgXcQQ`, 'twelve characters'],
  [`https://www.youtube.com/watch?v=dQw4w9WgX.Q`, 'dot in the id'],
  [`https://www.youtube.com/watch?v=dQw4w9%20gXcQ`, 'encoded space in the id'],
  [`https://youtu.be/dQw4w9WgXcQQ.`, 'twelve characters before a trailing dot'],
  [`https://www.youtube.com/watch?v=${ID}x)`, 'twelve id characters before punctuation'],
  [`https://www.youtube.com/watch?v=${ID}-`, 'a twelfth id character'],
  [`https://youtu.be/dQw4w9WgXcé`, 'accented character'],
  ['dQw4w9WgXc', 'bare ten characters'],
  ['dQw4w9WgXcQQ', 'bare twelve characters'],
  ['dQw4w9WgX!Q', 'bare id with punctuation'],
  ['dQw4w 9WgXcQ', 'bare id with a space'],
  // junk
  ['', 'empty'],
  ['   \n\t ', 'whitespace'],
  ['""', 'empty quotes'],
  ['<>', 'empty angle brackets'],
  ['youtube', 'a word'],
  ['https://', 'scheme only'],
  ['http://[::1', 'broken IPv6 host'],
  ['https://www.youtube.com/watch?v=%E0%A4%A', 'broken percent-encoding'],
  ['<iframe></iframe>', 'iframe without src'],
  ['<iframe src="https://player.vimeo.com/video/76979871"></iframe>', 'iframe of another site'],
  [`<script>location='https://youtu.be/${ID}'</script>`, 'script tag'],
  ['🎵🎶 musique 🎵🎶', 'emoji'],
  ['ＤＱｗ４ｗ９ＷｇＸｃＱ', 'full-width bare id'],
  [`https://youtu.be/${'a'.repeat(5000)}`, 'very long'],
  [`${'https://youtu.be/'.repeat(400)}${ID}`, 'repeated prefix'],
  [`https://www.youtube.com/watch?v=${ID}&x=${'y'.repeat(5000)}`, 'valid start, over-long tail'],
  ['https://consent.youtube.com/m?continue=' + encodeURIComponent('https://consent.youtube.com/m?continue=' + encodeURIComponent('https://consent.youtube.com/m?continue=' + encodeURIComponent('https://consent.youtube.com/m?continue=' + encodeURIComponent(`https://youtu.be/${ID}`)))), 'redirects nested too deep'],
];

/** Values a caller in plain JavaScript may pass despite the types. */
const NOT_STRINGS: unknown[] = [
  undefined, null, 0, 42, Number.NaN, Infinity, true, {}, [], [ID], { id: ID },
  { toString: () => `https://youtu.be/${ID}` }, Symbol('x'), 10n, () => ID, new URL(`https://youtu.be/${ID}`),
];

describe('parseYouTubeUrl', () => {
  test(`has at least 80 link cases of its own`, () => {
    assert.ok(ACCEPTED.length + REJECTED.length >= 80, `${ACCEPTED.length + REJECTED.length} cases`);
  });

  for (const [input, expected] of ACCEPTED) {
    test(`reads ${JSON.stringify(input.slice(0, 140))}`, () => {
      assert.deepEqual(parseYouTubeUrl(input), expected);
    });
  }

  for (const [input, reason] of REJECTED) {
    test(`rejects ${reason}: ${JSON.stringify(input.slice(0, 100))}`, () => {
      assert.equal(parseYouTubeUrl(input), null);
    });
  }

  test('returns null, without throwing, for values that are not strings', () => {
    for (const value of NOT_STRINGS) {
      assert.equal(parseYouTubeUrl(value as string), null, String(typeof value));
    }
  });

  test('the result carries no key for an absent start or list', () => {
    const link = parseYouTubeUrl(`https://youtu.be/${ID}`);
    assert.deepEqual(Object.keys(link ?? {}), ['id']);
  });

  test('never throws on random printable and control characters, and stays fast', () => {
    // A fixed linear congruential generator: the same "random" inputs on every run.
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const alphabet = `:/?#&=%@.<>"' \t\n\u0000\u202ehttps youtube.com youtu.be watch v embed ${ID}é🎵`;
    const started = performance.now();
    for (let i = 0; i < 3000; i += 1) {
      const length = next() % 120;
      let text = '';
      for (let j = 0; j < length; j += 1) text += alphabet[next() % alphabet.length];
      const link = parseYouTubeUrl(text);
      if (link !== null) assert.ok(isYouTubeId(link.id), `accepted ${JSON.stringify(text)}`);
    }
    assert.ok(performance.now() - started < 2000, 'parsing 3000 inputs took over 2 s');
  });

  test('an over-long input is refused quickly', () => {
    const started = performance.now();
    assert.equal(parseYouTubeUrl(`https://www.youtube.com/watch?v=${ID}${'&a=b'.repeat(250_000)}`), null);
    assert.ok(performance.now() - started < 100);
  });
});

/** Links as other parsers' test suites read them (sources in the fixture file). */
interface LinkVectorSet {
  source: string;
  url: string;
  vectors: Array<[string, YouTubeLink | null, string?]>;
}
const linkVectors: { sets: LinkVectorSet[] } = JSON.parse(
  readFileSync(new URL('../fixtures/youtube/link-vectors.json', import.meta.url), 'utf8'),
);

describe('parseYouTubeUrl on vectors from other parsers', () => {
  for (const set of linkVectors.sets) {
    describe(set.source, () => {
      for (const [input, expected, refused] of set.vectors) {
        test(`${expected ? 'reads' : `refuses (${refused})`} ${JSON.stringify(input.slice(0, 120))}`, () => {
          const link = parseYouTubeUrl(input);
          if (expected === null) return assert.equal(link, null);
          assert.equal(link?.id, expected.id, 'id');
          assert.equal(link?.start, expected.start, 'start time');
          if (expected.list !== undefined) assert.equal(link?.list, expected.list, 'playlist');
        });
      }
    });
  }

  test('every refusal says why', () => {
    for (const set of linkVectors.sets) {
      for (const [input, expected, refused] of set.vectors) {
        if (expected === null) assert.ok(refused, `${input} is refused without a reason`);
      }
    }
  });
});

describe('isYouTubeId', () => {
  test('accepts exactly eleven characters of the URL-safe base64 alphabet', () => {
    for (const id of [ID, ID2, '___________', '-----------', '0123456789a']) assert.equal(isYouTubeId(id), true, id);
  });
  test('rejects everything else, including non-strings', () => {
    for (const value of ['', 'dQw4w9WgXc', 'dQw4w9WgXcQ ', ' dQw4w9WgXcQ', 'dQw4w9WgXc=', 'dQw4w9WgXc\n', null, 12345678901, [ID]]) {
      assert.equal(isYouTubeId(value), false, JSON.stringify(value));
    }
  });
});

describe('youtubeThumbnailUrl', () => {
  test('defaults to the high-quality image', () => {
    assert.equal(youtubeThumbnailUrl(ID), `https://i.ytimg.com/vi/${ID}/hqdefault.jpg`);
  });
  test('names each size', () => {
    assert.equal(youtubeThumbnailUrl(ID, 'default'), `https://i.ytimg.com/vi/${ID}/default.jpg`);
    assert.equal(youtubeThumbnailUrl(ID, 'mq'), `https://i.ytimg.com/vi/${ID}/mqdefault.jpg`);
    assert.equal(youtubeThumbnailUrl(ID, 'hq'), `https://i.ytimg.com/vi/${ID}/hqdefault.jpg`);
    assert.equal(youtubeThumbnailUrl(ID, 'sd'), `https://i.ytimg.com/vi/${ID}/sddefault.jpg`);
    assert.equal(youtubeThumbnailUrl(ID, 'maxres'), `https://i.ytimg.com/vi/${ID}/maxresdefault.jpg`);
  });
  test('returns null for an invalid id or size, so nothing else can enter the URL', () => {
    for (const id of ['', '../../etc/x', 'dQw4w9WgXc', `${ID}/../x`, `https://youtu.be/${ID}`]) {
      assert.equal(youtubeThumbnailUrl(id), null, id);
    }
    assert.equal(youtubeThumbnailUrl(ID, 'toString' as 'hq'), null);
    assert.equal(youtubeThumbnailUrl(ID, 'huge' as 'hq'), null);
  });
  test('builds a URL that reads back as https on YouTube’s image host', () => {
    const url = new URL(youtubeThumbnailUrl(ID2, 'mq') ?? '');
    assert.equal(url.protocol, 'https:');
    assert.equal(url.hostname, 'i.ytimg.com');
    assert.equal(url.pathname, `/vi/${ID2}/mqdefault.jpg`);
  });
});
