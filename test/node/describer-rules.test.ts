// The rules describer, rule by rule on real-looking French titles (rap, chanson, news debate, sport, travel, cooking,
// tutorials, lectures, popular science, history), then on real recorded YouTube answers and the legacy service's
// `videoInfos`: what a librarian would search for is found, platforms and link fragments never weigh 0.25 or more,
// and the relation type follows the category wherever it tells.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeWithRules, explainWithRules } from '../../src/describer/rules/index.js';
import { cleanText } from '../../src/describer/rules/clean.js';
import { dateCandidates } from '../../src/describer/rules/dates.js';
import { isPlatform } from '../../src/describer/rules/platforms.js';
import { foldKey } from '../../src/ranking/text-folding.js';
import { VideoDescription, type Facet } from '../../src/sdk/schemas.js';
import { readVideoListAnswer } from '../../src/youtube/data-api.js';
import { readOEmbedAnswer } from '../../src/youtube/oembed.js';
import type { VideoMetadata } from '../../src/youtube/video-metadata.js';
import * as z from 'zod/mini';

const fixture = (path: string): unknown => JSON.parse(readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8'));
const video = (fields: Partial<VideoMetadata> & { title: string }): VideoMetadata => ({ id: 'abcdefghijk', source: 'data-api', ...fields });

/** The facet and weight of `label` (accents and case aside), or undefined. */
function find(description: VideoDescription, label: string): { facet: Facet; weight: number } | undefined {
  for (const [facet, list] of Object.entries(description.entities) as [Facet, { label: string; weight: number }[]][]) {
    const entity = list.find((e) => foldKey(e.label) === foldKey(label));
    if (entity) return { facet, weight: entity.weight };
  }
  return undefined;
}

function assertEntity(description: VideoDescription, label: string, facet: Facet) {
  const found = find(description, label);
  assert.ok(found, `${label} is found (${JSON.stringify(description.entities)})`);
  assert.equal(found.facet, facet, `${label} is in ${facet}`);
}

const allEntities = (d: VideoDescription) => Object.values(d.entities).flat();

describe('cleaning', () => {
  test('links, "►", calls to subscribe, sponsors and lists of networks are dropped; chapters and hashtags kept apart', () => {
    const clean = cleanText('Pourquoi Napoléon a perdu à Waterloo ? #Histoire', [
      'La bataille de Waterloo, le 18 juin 1815, racontée par un historien.',
      '► Abonne-toi : https://www.youtube.com/@histoire',
      'Cette vidéo est sponsorisée par NordVPN, code promo HISTOIRE',
      'Instagram | TikTok | Twitter',
      'Subscribe for more!',
      '0:00 Intro',
      '2:35 La Garde impériale',
      '#Napoleon #PremierEmpire',
    ].join('\n'));
    assert.deepEqual(clean.head, ['La bataille de Waterloo, le 18 juin 1815, racontée par un historien.']);
    assert.deepEqual(clean.body, []);
    assert.deepEqual(clean.chapters, [{ title: 'Intro', at: 0 }, { title: 'La Garde impériale', at: 155 }]);
    assert.deepEqual(clean.hashtags, ['Histoire', 'Napoleon', 'PremierEmpire']);
  });

  test('media labels leave the title and become cues; credit lines are read apart', () => {
    const clean = cleanText('Angèle - Balance ton quoi (Clip officiel) [4K]', 'Réalisation : Charlotte Abramow\nAvec : Angèle');
    assert.equal(clean.title, 'Angèle - Balance ton quoi');
    assert.deepEqual(clean.titleLabels, ['clip officiel', '4k']);
    assert.deepEqual(clean.credits, [{ role: 'realisation', names: 'Charlotte Abramow' }, { role: 'avec', names: 'Angèle' }]);
  });
});

describe('candidates and typing, rule by rule', () => {
  test('rap: "Artist - Work (feat. Guest)" gives the artists as people and the work as a work', () => {
    const d = describeWithRules(video({ title: 'Orelsan - La quête (feat. Stromae) [Clip officiel]', categoryId: 10, channelTitle: 'Orelsan' }));
    assertEntity(d, 'Orelsan', 'people');
    assertEntity(d, 'Stromae', 'people');
    assertEntity(d, 'La quête', 'works');
  });

  test('an all-capitals stage name is a person when the video is music, an organisation otherwise', () => {
    const music = describeWithRules(video({ title: 'SCH - Marché noir (Clip officiel)', categoryId: 10 }));
    assertEntity(music, 'SCH', 'people');
    assertEntity(music, 'Marché noir', 'works');
    const news = describeWithRules(video({ title: 'Le CNRS face à la crise du financement de la recherche', categoryId: 25 }));
    assertEntity(news, 'CNRS', 'organizations');
  });

  test('chanson: a music video without "artist - work" is the work, its channel the artist', () => {
    const d = describeWithRules(video({ title: 'La Javanaise', channelTitle: 'Serge Gainsbourg - Topic', categoryId: 10 }));
    assertEntity(d, 'La Javanaise', 'works');
    assertEntity(d, 'Serge Gainsbourg', 'people');
  });

  test('news debate: people after "avec", a list of names heading the title, the channel as an organisation', () => {
    const debate = describeWithRules(video({
      title: 'Débat : faut-il taxer les superprofits ? Avec Thomas Piketty et Agnès Verdier-Molinié',
      channelTitle: 'France Inter',
      categoryId: 25,
      description: 'Le débat de 7h50 sur France Inter, avec l’économiste Thomas Piketty (EHESS).',
    }));
    assertEntity(debate, 'Thomas Piketty', 'people');
    assertEntity(debate, 'Agnès Verdier-Molinié', 'people');
    assertEntity(debate, 'France Inter', 'organizations');
    assertEntity(debate, 'EHESS', 'organizations');
    assert.equal(find(debate, 'Débat'), undefined, 'a format word is no subject');

    const reaction = describeWithRules(video({ title: 'Nekfeu, Orelsan et Angèle réagissent à leurs premiers clips' }));
    for (const name of ['Nekfeu', 'Orelsan', 'Angèle']) assertEntity(reaction, name, 'people');
  });

  test('a capital at the start of a sentence says nothing; in the middle of one it makes a name', () => {
    const d = describeWithRules(video({ title: 'Comment Macron a perdu la bataille des retraites', categoryId: 25 }));
    assert.ok(find(d, 'Macron'));
    assert.equal(find(d, 'Comment'), undefined);
    const history = describeWithRules(video({ title: 'La prise de la Bastille, vraiment ?' }));
    assertEntity(history, 'Bastille', 'subjects');
  });

  test('history: events and periods, centuries, ranges, days and places of the gazetteers', () => {
    const d = describeWithRules(video({
      title: 'La Révolution française expliquée | Robespierre, la Terreur et 1789',
      categoryId: 27,
      description: 'De 1789 à 1794, de Paris à Versailles : Maximilien de Robespierre et la Convention.\nLe 14 juillet 1789, la Bastille tombe.',
      tags: ['révolution française', 'histoire de france'],
    }));
    assertEntity(d, 'Révolution française', 'subjects');
    assertEntity(d, 'Maximilien de Robespierre', 'people');
    assertEntity(d, 'Paris', 'places');
    assertEntity(d, 'Versailles', 'places');
    assertEntity(d, '1789/1794', 'dates');
    assertEntity(d, '1789-07-14', 'dates');
    assert.ok(find(d, 'Révolution française')!.weight > find(d, 'histoire de france')!.weight, 'the title and a tag agreeing weigh more than a tag');
  });

  test('dates: centuries, decades, ranges and days in French and English; a number with a unit is no year', () => {
    const labels = (text: string) => dateCandidates(text, 'title').map((c) => c.label);
    assert.deepEqual(labels('Paris au XIXe siècle'), ['1801/1900']);
    assert.deepEqual(labels('La Grande Guerre (1914-1918)'), ['1914/1918']);
    assert.deepEqual(labels('Le rap des années 90'), ['1990/1999']);
    assert.deepEqual(labels('The 19th century in 10 minutes'), ['1801/1900']);
    assert.deepEqual(labels('July 4, 1776'), ['1776-07-04']);
    assert.deepEqual(labels('Un voyage à 2000 € pour 1500 km'), []);
  });

  test('sport: clubs by their acronyms and names, the season as a range, players by their first names', () => {
    const d = describeWithRules(video({
      title: 'PSG - OM (3-0) | Résumé | Ligue 1 2023-2024',
      categoryId: 17,
      description: 'Revivez la victoire du Paris Saint-Germain face à l’Olympique de Marseille. Kylian Mbappé a inscrit un doublé.',
    }));
    assertEntity(d, 'PSG', 'organizations');
    assertEntity(d, 'OM', 'organizations');
    assertEntity(d, 'Olympique de Marseille', 'organizations');
    assertEntity(d, 'Kylian Mbappé', 'people');
    assertEntity(d, '2023/2024', 'dates');
  });

  test('travel: countries, communes, and in a travel video the other names of places', () => {
    const d = describeWithRules(video({ title: 'Road trip au Japon : Tokyo, Kyoto et Osaka en 15 jours', categoryId: 19 }));
    assertEntity(d, 'Japon', 'places');
    for (const city of ['Tokyo', 'Kyoto', 'Osaka']) assertEntity(d, city, 'places');
    const brittany = describeWithRules(video({ title: 'Week-end en Bretagne : Rennes, Brest et Saint-Malo', categoryId: 19 }));
    for (const place of ['Bretagne', 'Rennes', 'Brest', 'Saint-Malo']) assertEntity(brittany, place, 'places');
  });

  test('a commune named like a common word is a place only when written as a name away from a sentence start', () => {
    const place = describeWithRules(video({ title: 'Visite du château de Chenonceau près de Tours' }));
    assertEntity(place, 'Tours', 'places');
    const word = describeWithRules(video({ title: 'Les tours les plus hautes du monde' }));
    assert.equal(find(word, 'tours')?.facet === 'places', false);
  });

  test('cooking: a dish from the title and the tags, the chef by his first name, a former région', () => {
    const d = describeWithRules(video({
      title: 'Recette du bœuf bourguignon facile | Cyril Lignac',
      categoryId: 26,
      description: 'La recette traditionnelle du bœuf bourguignon de Bourgogne.',
      tags: ['recette', 'boeuf bourguignon', 'cuisine française'],
    }));
    assertEntity(d, 'Cyril Lignac', 'people');
    assertEntity(d, 'boeuf bourguignon', 'subjects');
    assertEntity(d, 'Bourgogne', 'places');
  });

  test('tutorial and popular science: quoted works, hashtags split on their capitals, lecturers', () => {
    const tutorial = describeWithRules(video({
      title: 'Tuto Excel : les tableaux croisés dynamiques pour débutants',
      categoryId: 27,
      description: 'Dans ce tutoriel, on apprend à résumer des données avec « Power Query ». #MicrosoftExcel #TableauCroiséDynamique',
    }));
    assertEntity(tutorial, 'Power Query', 'works');
    assert.ok(find(tutorial, 'Tableau Croisé Dynamique'), 'the hashtag is split into words');
    const lecture = describeWithRules(video({
      title: 'Le trou noir expliqué simplement - Étienne Klein',
      categoryId: 28,
      description: 'Conférence d’Étienne Klein au CNRS sur la relativité générale d’Albert Einstein.',
    }));
    assertEntity(lecture, 'Étienne Klein', 'people');
    assertEntity(lecture, 'Albert Einstein', 'people');
    assertEntity(lecture, 'CNRS', 'organizations');
  });

  test('uploader tags: the channel name prefixed to every tag and Freebase types in parentheses', () => {
    const d = describeWithRules(video({
      title: 'Pope Francis addresses Congress', channelTitle: 'C-SPAN', categoryId: 25, defaultAudioLanguage: 'en',
      tags: ['Pope Francis (Religious Leader)', 'United States Congress (Governmental Body)', 'c-span archives'],
    }));
    assertEntity(d, 'Pope Francis', 'people');
    assertEntity(d, 'United States Congress', 'organizations');
  });

  test('platforms are noise, unless the title speaks of them', () => {
    const noise = describeWithRules(video({ title: 'Ma routine du matin', description: 'Retrouvez-moi sur Instagram et TikTok !\nMon Patreon : merci' }));
    for (const platform of ['Instagram', 'TikTok', 'Patreon']) assert.equal(find(noise, platform), undefined, platform);
    const about = describeWithRules(video({ title: 'Comment TikTok a changé l’industrie musicale', categoryId: 25 }));
    assertEntity(about, 'TikTok', 'organizations');
  });

  test('weights: keywords stay under a ceiling, each facet keeps its strongest few', () => {
    const d = describeWithRules(video({ title: 'Vlog', tags: Array.from({ length: 30 }, (_, i) => `Zorglub${String.fromCharCode(97 + i % 26)}${i}`) }));
    const keywords = d.entities.keywords ?? [];
    assert.ok(keywords.length <= 8 && keywords.length > 0);
    assert.ok(keywords.every((k) => k.weight <= 0.6));
  });

  test('each kept entity says why; each dropped candidate too', () => {
    const { entities, dropped } = explainWithRules(video({ title: 'Orelsan - La quête (Clip officiel)', categoryId: 10, description: 'Abonne-toi : https://youtube.com/@orelsan' }));
    assert.ok(entities.every((e) => e.reasons.length > 0 && e.reasons.every((r) => r.length > 0)));
    assert.ok(entities.find((e) => e.label === 'Orelsan')!.reasons[0]!.includes('artiste'));
    assert.ok(dropped.every((d) => d.reason.length > 0));
  });
});

describe('curation', () => {
  test('the library’s stop words drop the entities holding them, accents and case aside', () => {
    const metadata = video({ title: 'Emmanuel Macron et Marine Le Pen : le débat', categoryId: 25 });
    assert.ok(find(describeWithRules(metadata), 'Emmanuel Macron'));
    const curated = describeWithRules(metadata, { stopWords: ['MACRON'] });
    assert.equal(find(curated, 'Emmanuel Macron'), undefined);
    assert.ok(find(curated, 'Marine Le Pen'));
  });
});

describe('relation type and language', () => {
  const relation = (fields: Partial<VideoMetadata>) => describeWithRules(video({ title: 'Une vidéo', ...fields })).relation;

  test('the category decides where it tells, with a reason in French', () => {
    const expected: [number, string][] = [[10, 'inclusion'], [17, 'inclusion'], [19, 'inclusion'], [25, 'emi'], [29, 'emi'], [26, 'pedagogy'], [27, 'pedagogy'], [28, 'pedagogy']];
    for (const [categoryId, type] of expected) {
      const r = relation({ categoryId, title: 'Tutoriel : un débat en concert' });
      assert.equal(r.type, type, `category ${categoryId}`);
      assert.match(r.reason!, /^Catégorie YouTube « .+ » : /);
    }
  });

  test('else the topics, else cue words (French and English), else a loose category, else neutral', () => {
    assert.equal(relation({ topicCategories: ['https://en.wikipedia.org/wiki/Hip_hop_music'] }).type, 'inclusion');
    assert.equal(relation({ topicCategories: ['https://en.wikipedia.org/wiki/Politics', 'https://en.wikipedia.org/wiki/Society'] }).type, 'emi');
    assert.equal(relation({ categoryId: 24, title: 'Tutoriel : réparer un vélo' }).type, 'pedagogy');
    assert.equal(relation({ categoryId: 22, title: 'How to fix a bike: a tutorial' }).type, 'pedagogy');
    assert.equal(relation({ categoryId: 24, title: 'Le meilleur de la semaine' }).type, 'inclusion');
    assert.equal(relation({ title: 'Une journée ordinaire' }).type, 'general');
  });

  test('the declared language first, as a primary subtag; else French or English from the words', () => {
    const language = (fields: Partial<VideoMetadata> & { title: string }) => describeWithRules(video(fields)).video.language;
    assert.equal(language({ title: 'Hello', defaultAudioLanguage: 'fr-FR' }), 'fr');
    assert.equal(language({ title: 'Bonjour', defaultLanguage: 'en-US' }), 'en');
    assert.equal(language({ title: 'Comment la France a gagné la Coupe du monde' }), 'fr');
    assert.equal(language({ title: 'How the Roman Empire fell', defaultAudioLanguage: 'zxx' }), 'en');
    assert.equal(language({ title: 'Vlog' }), undefined);
  });
});

/** What a librarian would search the catalogue for, per recorded video. */
const LIBRARIAN: Record<string, string[]> = {
  NLXiGXbxl6Q: ['GIMS', 'DYSTINCT', 'SPIDER'],
  '22tVWwmTie8': ['Eminem', 'Houdini', 'Slim Shady'],
  _cGUhp5S3X0: ['SCH', 'Prequel', 'JVLIVS Prequel : Giulio'],
  sLuTFv6LSNM: ['Leto', 'Tout gâché'],
  Jg2Yux00JLY: ['SCH', 'Les hommes aux yeux noirs'],
  oBM7DIeMsP0: ['Pope Francis', 'United States Congress', 'C-SPAN'],
};

describe('real recorded answers', () => {
  const dataApi = [
    ...readVideoListAnswer(fixture('describer/recorded-music-videos.json')),
    ...readVideoListAnswer(fixture('youtube/videos-list-cspan.json')),
  ];
  const oembed = readOEmbedAnswer(fixture('youtube/oembed-costa-rica.json'), 'abcdefghijk');
  const legacy = fixture('legacy-sample.json') as { data: { videoInfos: { id: string; title: string; description: string; channelTitle: string } } };
  const { id, title, description, channelTitle } = legacy.data.videoInfos;
  const legacyVideo: VideoMetadata = { id, title, description, channelTitle, source: 'legacy' };
  const all = [...dataApi, oembed, legacyVideo];

  test('each description is a valid v1 VideoDescription made by the rules, the same on every run', () => {
    for (const metadata of all) {
      const description = describeWithRules(metadata);
      assert.equal(z.safeParse(VideoDescription, description).success, true);
      assert.deepEqual(description.meta, { describer: 'rules' });
      assert.deepEqual(describeWithRules(metadata), description);
    }
  });

  test('no platform name nor link fragment weighs 0.25 or more', () => {
    for (const metadata of all) {
      for (const entity of allEntities(describeWithRules(metadata))) {
        if (entity.weight < 0.25) continue;
        assert.equal(isPlatform(foldKey(entity.label)), false, `${entity.label} in ${metadata.id}`);
        assert.doesNotMatch(entity.label, /https?:|www\.|\.com\b|\.ly\b|@/, `${entity.label} in ${metadata.id}`);
      }
    }
  });

  test('the relation follows the category: music → inclusion, news → emi', () => {
    for (const metadata of dataApi) {
      const expected = metadata.categoryId === 10 ? 'inclusion' : metadata.categoryId === 25 ? 'emi' : undefined;
      if (expected) assert.equal(describeWithRules(metadata).relation.type, expected, metadata.title);
    }
  });

  test('at least 80 % of what a librarian would search for is found', (t) => {
    let expected = 0;
    let found = 0;
    const missing: string[] = [];
    for (const metadata of dataApi) {
      const description = describeWithRules(metadata);
      for (const label of LIBRARIAN[metadata.id] ?? []) {
        expected++;
        if (find(description, label)) found++;
        else missing.push(`${label} (${metadata.id})`);
      }
    }
    const legacyDescription = describeWithRules(legacyVideo);
    for (const label of ['Bastille', 'Robespierre', 'Camille Desmoulins', '1789-07-14']) {
      expected++;
      if (find(legacyDescription, label)) found++;
      else missing.push(`${label} (legacy)`);
    }
    assert.ok(expected >= 15);
    t.diagnostic(`found ${found}/${expected} (${Math.round((100 * found) / expected)} %)${missing.length ? `; missing: ${missing.join(', ')}` : ''}`);
    assert.ok(found / expected >= 0.8, `${found}/${expected} found; missing: ${missing.join(', ')}`);
  });

  test('the oEmbed title alone still gives the place it names', () => {
    assertEntity(describeWithRules(oembed), 'Costa Rica', 'places');
  });
});

test('the committed gazetteers are what the data packages give (npm run gazetteers)', () => {
  const script = fileURLToPath(new URL('../../scripts/gazetteers.mjs', import.meta.url));
  const result = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
});
