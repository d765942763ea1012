/**
 * The union of the rules' entities and the LLM's. The rules' typing wins: an LLM label the rules put in another
 * facet is not added twice. A label both found keeps the higher weight; each facet is sorted by weight (ties keep
 * the rules' order) and capped, so an LLM answering many labels cannot push the rules' best ones out of sight.
 */
import { FACETS, type Entities, type Entity } from '../sdk/schemas.js';
import { foldKey } from '../ranking/text-folding.js';

/** Per facet, after merging. */
export const MAX_MERGED_PER_FACET = 10;

export function mergeEntities(rules: Entities, llm: Entities): Entities {
  const rulesFacetOf = new Map<string, string>();
  for (const facet of FACETS) for (const { label } of rules[facet] ?? []) rulesFacetOf.set(foldKey(label), facet);
  const merged: Entities = {};
  for (const facet of FACETS) {
    const byKey = new Map<string, Entity>();
    for (const entity of rules[facet] ?? []) byKey.set(foldKey(entity.label), { ...entity });
    for (const entity of llm[facet] ?? []) {
      const key = foldKey(entity.label);
      const inRules = rulesFacetOf.get(key);
      if (inRules && inRules !== facet) continue;
      const known = byKey.get(key);
      if (known) known.weight = Math.max(known.weight, entity.weight);
      else byKey.set(key, { ...entity });
    }
    const list = [...byKey.values()].sort((a, b) => b.weight - a.weight).slice(0, MAX_MERGED_PER_FACET);
    if (list.length) merged[facet] = list;
  }
  return merged;
}
