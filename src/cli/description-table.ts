/**
 * The terminal view of descriptions for `cocktail-reco describe --format table`: per video its relation type and
 * why, its language and who described it, then one line per entity (facet, label, weight) with the reasons the
 * rules give for it. An entity only the LLM proposed says so.
 */
import type { ExplainedEntity } from '../describer/index.js';
import { FACETS, type VideoDescription } from '../sdk/schemas.js';
import { foldKey } from '../ranking/text-folding.js';
import { FACET_WORDS } from './ranking-table.js';

export interface ExplainedDescription {
  description: VideoDescription;
  /** The rules' entities with their reasons. */
  explained: readonly ExplainedEntity[];
}

const LABEL_WIDTH = 36;
const weight = (n: number): string => n.toFixed(2).replace('.', ',');
const fit = (text: string, width: number): string => (text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width));

function videoTable({ description, explained }: ExplainedDescription): string {
  const { video, relation, meta } = description;
  const lines = [
    `${video.id}  ${video.title}`,
    `  Relation : ${relation.type}${relation.reason ? ` — ${relation.reason}` : ''}`,
    `  Langue : ${video.language ?? 'inconnue'} · décrit par : ${meta?.describer ?? 'inconnu'}`,
  ];
  const reasons = new Map(explained.map((e) => [`${e.facet} ${foldKey(e.label)}`, e.reasons]));
  let count = 0;
  for (const facet of FACETS) {
    for (const entity of description.entities[facet] ?? []) {
      count++;
      const why = reasons.get(`${facet} ${foldKey(entity.label)}`) ?? [`proposé par le modèle (${meta?.describer ?? 'llm'})`];
      const facetWord = (FACET_WORDS[facet] ?? facet).padEnd(12);
      lines.push(`  ${facetWord}  ${fit(entity.label, LABEL_WIDTH)}  ${weight(entity.weight)}  ${why.join(' · ')}`);
    }
  }
  if (count === 0) lines.push('  Aucune entité trouvée.');
  return lines.join('\n');
}

export function formatDescriptionTable(descriptions: readonly ExplainedDescription[]): string {
  return descriptions.map(videoTable).join('\n\n') + '\n';
}
