/**
 * The terminal view of a ranking for `cocktail-reco rank --format table`: aligned columns (rank, score, type,
 * title, authors), then each item's evidence in plain French words, so a librarian can audit why it is there; with
 * `--explain`, every factor of its score as well.
 */
import type { ScoreFactors } from '../ranking/index.js';
import type { Evidence, RecommendationItem } from '../sdk/schemas.js';

const TYPE_WORDS: Readonly<Record<string, string>> = {
  book: 'livre', ebook: 'livre numérique', audio: 'enregistrement sonore', video: 'vidéo', score: 'partition',
  periodical: 'périodique', map: 'carte', image: 'image', game: 'jeu', resource: 'ressource', event: 'événement',
  training: 'formation', other: 'autre',
};

export const FACET_WORDS: Readonly<Record<string, string>> = {
  people: 'personne', works: 'œuvre', subjects: 'sujet', places: 'lieu', dates: 'date',
  organizations: 'organisation', keywords: 'mot-clé',
};

/** The field with its preposition: French contracts « à le » into « au ». */
const FIELD_WORDS: Readonly<Record<string, string>> = {
  author: "à l'auteur", title: 'au titre', subtitle: 'au sous-titre', subject: 'à un sujet',
  description: 'à la description', year: "à l'année",
};

const TITLE_WIDTH = 48;
const AUTHORS_WIDTH = 28;

const score = (n: number): string => n.toFixed(2).replace('.', ',');
const fit = (text: string, width: number): string => (text.length > width ? `${text.slice(0, width - 1)}…` : text);

/** How an entity met a field, in words. */
const KIND_WORDS: Readonly<Record<string, string>> = {
  whole: 'le nom ou l’en-tête entier', 'name-part': 'une partie d’un nom plus long', forename: 'un prénom seulement',
  heading: 'un mot d’un en-tête', phrase: 'une expression du texte', year: 'une année',
};

/** One evidence line: `« Robespierre » (personne) correspond à l'auteur, poids 0,85`. */
export function describeEvidence(evidence: Evidence): string {
  // The coherence with the profile is already a sentence ("Même univers que « … »").
  if (evidence.facet === 'profile') return `${evidence.value}, poids ${score(evidence.weight)}`;
  const facet = FACET_WORDS[evidence.facet] ?? evidence.facet;
  const field = FIELD_WORDS[evidence.field] ?? `au champ ${evidence.field}`;
  return `« ${evidence.value} » (${facet}) correspond ${field}, poids ${score(evidence.weight)}`;
}

/** The factors of one score, in French: the product that gives it, then each entity's part. */
export function describeFactors(factors: ScoreFactors): string[] {
  const typeFrom = factors.typeFrom === 'profile' ? 'd’après le profil' : 'd’après le type de relation';
  const lines = [
    `facteurs : preuves ${score(factors.evidenceTotal)} × type ${score(factors.typeFactor)} (${typeFrom}) × cohérence ${score(factors.coherence)} ` +
      `(ressemblance au profil ${score(factors.likeness)}) × pénalité ${score(factors.penalty)} → score ${score(factors.score)}`,
  ];
  for (const e of factors.evidence) {
    const facet = FACET_WORDS[e.facet] ?? e.facet;
    const loose = e.loose ? ', mot isolé (affaibli)' : '';
    lines.push(`« ${e.entity} » (${facet}) : ${KIND_WORDS[e.kind] ?? e.kind}, ${e.senses} sens dans la réponse (spécificité ${score(e.specificity)})${loose}, force ${score(e.strength)}`);
  }
  return lines;
}

export function formatRankingTable(items: readonly RecommendationItem[], factors?: readonly ScoreFactors[]): string {
  if (items.length === 0) return 'Aucun document retenu.\n';
  const rows = items.map((item, index) => ({
    rank: String(index + 1),
    score: score(item.score),
    type: TYPE_WORDS[item.type] ?? item.type,
    title: fit(item.subtitle ? `${item.title} : ${item.subtitle}` : item.title, TITLE_WIDTH),
    authors: fit(item.authors.join(', ') || '—', AUTHORS_WIDTH),
    why: item.why,
    factors: factors?.[index],
  }));
  const header = { rank: '#', score: 'score', type: 'type', title: 'titre', authors: 'auteurs' };
  const width = (key: keyof typeof header) => Math.max(header[key].length, ...rows.map((r) => r[key].length));
  const widths = { rank: width('rank'), score: width('score'), type: width('type'), title: width('title') };
  const line = (r: typeof header) =>
    [r.rank.padStart(widths.rank), r.score.padStart(widths.score), r.type.padEnd(widths.type), r.title.padEnd(widths.title), r.authors]
      .join('  ')
      .trimEnd();
  const indent = ' '.repeat(widths.rank + 2);
  const out = [line(header)];
  for (const row of rows) {
    out.push(line(row));
    if (row.why.length === 0) out.push(`${indent}(aucune preuve)`);
    for (const evidence of row.why) out.push(`${indent}- ${describeEvidence(evidence)}`);
    if (row.factors) for (const line of describeFactors(row.factors)) out.push(`${indent}  ${line}`);
  }
  return out.join('\n') + '\n';
}
