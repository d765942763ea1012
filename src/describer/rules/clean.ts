/**
 * The cleaning stage: what of a video's title and description can speak of its subject. Links, calls to subscribe,
 * sponsor lines, lists of social networks and other boilerplate are dropped; timestamp lines are kept apart as
 * chapters; hashtags are kept apart; the head of the description (its first lines, where uploaders say what the
 * video is) is kept apart from the rest, because it weighs more.
 */
import { foldKey } from '../../ranking/text-folding.js';
import { isPlatform } from './platforms.js';

export interface Chapter {
  title: string;
  /** Seconds from the start. */
  at: number;
}

export interface CleanText {
  /** The title without media labels ("(Clip officiel)", "[4K]") nor emojis. */
  title: string;
  /** Media labels taken out of the title, folded ("clip officiel"): cues for the relation type. */
  titleLabels: string[];
  /** The first lines of the description that say something. */
  head: string[];
  /** The other lines that say something. */
  body: string[];
  chapters: Chapter[];
  /** Hashtags of the title and description, without "#". */
  hashtags: string[];
  /** Lines of credits ("Réalisation : …", "Avec : …"): `role` folded, `names` as written. */
  credits: { role: string; names: string }[];
}

const HEAD_LINES = 3;

const URL_PATTERN = /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+\.(?:com|fr|be|ch|org|net|io|ly|gl|link|me|tv|to)(?:\/\S*)?/gi;
const HANDLE = /(?<![\w.])@[\w.]+/g;
const HASHTAG = /(?<![\w&])#([\p{L}\p{N}_]+)/gu;
/** Pictographs, arrows and bullets uploaders put in front of lines ("►", "👉", "⬇️"). */
const DECORATION = /[\p{Extended_Pictographic}\u2190-\u21ff\u2500-\u25ff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d]/gu;

/** Calls to action and legal or commercial boilerplate, written folded; a line holding one is dropped. */
const BOILERPLATE = [
  /\babonne(?:z|s|r)?(?:-?(?:toi|vous))?\b/, /\bs ?abonner\b/, /\bsubscribe\b/, /\bnotifications?\b/, /\bcloche\b/,
  /\blike\b/, /\blikez\b/, /\bpartage(?:z)?\b.*\b(?:video|chaine)\b/, /\bshare\b/, /\bcommente(?:z)?\b/,
  /\bsponsori(?:se|sed|ser|sation)\b/, /\bsponsor\b/, /\bpartenariat\b/, /\ben partenariat\b/, /\bcode promo\b/,
  /\bpromo code\b/, /\baffili/, /\bsoutenir\b/, /\bsoutiens?\b/, /\bsupport (?:us|me|the channel)\b/, /\bmerch\b/,
  /\bboutique\b/, /\bshop\b/, /\breseaux sociaux\b/, /\bsocial media\b/, /\bretrouve(?:z)?(?:-nous| nous| moi)\b/,
  /\bsuivez(?:-nous| nous| moi)\b/, /\bsuis(?:-moi| moi)\b/, /\bfollow (?:us|me)\b/, /\bbusiness\b/,
  /\bcontact pro\b/, /\bbooking\b/, /\bmanagement\b/, /\ball rights reserved\b/, /\btous droits reserves\b/,
  /\bdisponible (?:en streaming|sur toutes les plateformes|partout)\b/, /\bstreaming\b/, /\bdownload\b/,
  /\btelecharge/, /\blien(?:s)? (?:en|dans la) description\b/, /\blinks? (?:in|below)\b/, /\bmerci (?:a|aux) .*\b(?:soutien|tipeurs|patreons?)\b/,
  /\bpatreon\b/, /\btipeee\b/, /\butip\b/, /\bmusique (?:de fin|d intro)\b/, /\bmusic by epidemic\b/,
  /\bepidemic sound\b/, /\bcredits? musique\b/,
];
const LEGAL_SIGNS = /[©℗®]/;

/** "(Clip officiel)", "[Official Video]", "| 4K": labels about the medium, not the subject. */
const MEDIA_LABEL = /[([](?:[^()[\]]*\b(?:clip|officiel|official|video|vid[ée]o|audio|lyrics?|paroles|visuali[sz]er|live|hd|4k|remastered|remaster|version|teaser|trailer|bande[- ]annonce|extrait|replay|vostfr|vf)\b[^()[\]]*)[)\]]/giu;

/** "0:00 Intro", "12:34 - La suite", "(1:02:03) Fin": a chapter line. */
const CHAPTER_LINE = /^\s*[([]?((?:\d{1,2}:)?\d{1,2}:\d{2})[)\]]?\s*[-–—:|.]?\s*(.{2,}?)\s*$/u;

/** "Réalisation : X", "Avec : A, B", "Directed by X". */
const CREDIT_LINE = /^\s*([\p{L} ’'.]{3,40}?)\s*(?::|-|–|par|by)\s+(.+)$/u;
const CREDIT_ROLES = new Set([
  'avec', 'invite', 'invites', 'invitee', 'invitees', 'intervenant', 'intervenants', 'intervenante', 'presente',
  'presente par', 'presentation', 'animation', 'anime', 'guest', 'guests', 'with', 'featuring', 'host', 'hosted',
  'realisation', 'realise', 'realisateur', 'realisatrice', 'montage', 'monte', 'compo', 'composition', 'compositeur',
  'auteur', 'auteurs', 'paroles', 'texte', 'textes', 'prod', 'production', 'produit', 'mix', 'mixage', 'mastering',
  'image', 'images', 'camera', 'musique', 'directed', 'written', 'produced', 'music', 'edited', 'ecrit', 'ecriture',
  'journaliste', 'journalistes', 'redaction', 'redacteur', 'voix', 'narration', 'conferencier', 'conferenciere',
]);

function timestampSeconds(stamp: string): number {
  return stamp.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

/** A line with its links, handles and decorations taken out; what remains is text. */
function stripLine(line: string): string {
  return line.replace(URL_PATTERN, ' ').replace(HANDLE, ' ').replace(DECORATION, ' ').replace(/\s+/g, ' ').trim();
}

/** A line that is only platform names, labels and punctuation ("Instagram : | TikTok :") once links are out. */
function isNetworkList(line: string): boolean {
  const parts = line.split(/[|/,:;•·\-–—]+/).map((part) => foldKey(part)).filter(Boolean);
  return parts.length > 0 && parts.every((part) => isPlatform(part) || part.split(' ').every(isPlatform));
}

function isBoilerplate(stripped: string): boolean {
  if (LEGAL_SIGNS.test(stripped)) return true;
  const folded = foldKey(stripped);
  return BOILERPLATE.some((pattern) => pattern.test(folded));
}

function takeHashtags(text: string, into: string[]): string {
  return text.replace(HASHTAG, (_, tag: string) => {
    into.push(tag);
    return ' ';
  });
}

export function cleanText(title: string, description = ''): CleanText {
  const hashtags: string[] = [];
  const titleLabels: string[] = [];
  const cleanTitle = stripLine(
    takeHashtags(title, hashtags).replace(MEDIA_LABEL, (label) => {
      titleLabels.push(foldKey(label));
      return ' ';
    }),
  );

  const chapters: Chapter[] = [];
  const credits: CleanText['credits'] = [];
  const kept: string[] = [];
  for (const raw of description.split(/\r?\n/)) {
    const chapter = CHAPTER_LINE.exec(stripLine(raw));
    if (chapter) {
      const chapterTitle = stripLine(chapter[2]!);
      if (chapterTitle) chapters.push({ title: chapterTitle, at: timestampSeconds(chapter[1]!) });
      continue;
    }
    const hadLink = URL_PATTERN.test(raw);
    URL_PATTERN.lastIndex = 0;
    const line = stripLine(takeHashtags(raw, hashtags).replace(MEDIA_LABEL, ' '));
    if (!line || isNetworkList(line) || isBoilerplate(line)) continue;
    // What is left of a line that held a link is its label ("Mon podcast :"): rarely the subject.
    if (hadLink && line.split(' ').length <= 4) continue;
    const credit = CREDIT_LINE.exec(line);
    if (credit && CREDIT_ROLES.has(foldKey(credit[1]!))) {
      credits.push({ role: foldKey(credit[1]!), names: credit[2]! });
      continue;
    }
    kept.push(line);
  }
  return {
    title: cleanTitle,
    titleLabels,
    head: kept.slice(0, HEAD_LINES),
    body: kept.slice(HEAD_LINES),
    chapters,
    hashtags,
    credits,
  };
}
