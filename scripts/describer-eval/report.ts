/**
 * The evaluation's tables, in Markdown so they can be pasted into BENCHMARKS.md as printed: precision and recall
 * per facet and overall, must-find recall, noise and unsupported labels, who described, and each column's relation
 * confusion matrix; then what each column missed or let through, case by case.
 */
import { FACETS, RELATION_TYPES } from '../../src/sdk/schemas.js';
import { NOISE_WEIGHT, OTHER_RELATION, sumCounts, type CaseScore, type RelationColumn } from './scoring.js';

export interface Column {
  name: string;
  scores: CaseScore[];
  /** The case names, in the order of `scores`. */
  cases: string[];
}

const percent = (part: number, whole: number): string =>
  whole === 0 ? '–' : `${Math.round((100 * part) / whole)} % (${part}/${whole})`;
const row = (cells: readonly (string | number)[]): string => `| ${cells.join(' | ')} |`;
const header = (cells: readonly string[]): string[] => [row(cells), row(cells.map(() => '---'))];

function tally<T>(values: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

function summary(columns: readonly Column[]): string[] {
  const lines = header(['', ...columns.flatMap((c) => [`${c.name} precision`, `${c.name} recall`])]);
  const sums = columns.map((c) => sumCounts(c.scores));
  for (const facet of [...FACETS, 'overall'] as const) {
    lines.push(row([facet, ...sums.flatMap((s) => [percent(s[facet].correct, s[facet].found), percent(s[facet].recalled, s[facet].gold)])]));
  }
  lines.push('');
  lines.push(...header(['', ...columns.map((c) => c.name)]));
  const total = (c: Column, pick: (s: CaseScore) => number) => c.scores.reduce((sum, s) => sum + pick(s), 0);
  lines.push(row(['must-find recall, right facet', ...columns.map((c) => percent(total(c, (s) => s.mustFind.recalled), total(c, (s) => s.mustFind.gold)))]));
  lines.push(row(['must-find recall, any facet', ...columns.map((c) => percent(total(c, (s) => s.mustFind.anyFacet), total(c, (s) => s.mustFind.gold)))]));
  lines.push(row([`noise labels weighted ≥ ${NOISE_WEIGHT}`, ...columns.map((c) => total(c, (s) => s.noise.length))]));
  lines.push(row(['labels absent from the video\'s text', ...columns.map((c) => total(c, (s) => s.unsupported.length))]));
  const relationRight = (c: Column, only: (s: CaseScore) => boolean) => {
    const judged = c.scores.filter(only);
    return percent(judged.filter((s) => s.relation.got === s.relation.expected).length, judged.length);
  };
  lines.push(row(['relation right', ...columns.map((c) => relationRight(c, () => true))]));
  lines.push(row(['relation right where the category tells it', ...columns.map((c) => relationRight(c, (s) => s.relation.categoryTells))]));
  lines.push(row(['described by', ...columns.map((c) => [...tally(c.scores.map((s) => s.describer))].map(([who, n]) => `${who} × ${n}`).join(', '))]));
  return lines;
}

function confusion(column: Column): string[] {
  const predicted: RelationColumn[] = [...RELATION_TYPES, OTHER_RELATION];
  const lines = [`Relation, ${column.name} (rows: the librarian, columns: the describer)`, ''];
  lines.push(...header(['librarian \\ describer', ...predicted]));
  for (const expected of RELATION_TYPES) {
    const mine = column.scores.filter((s) => s.relation.expected === expected);
    lines.push(row([expected, ...predicted.map((got) => mine.filter((s) => s.relation.got === got).length)]));
  }
  return lines;
}

function details(column: Column): string[] {
  const lines = [`What ${column.name} missed or let through`, ''];
  column.scores.forEach((score, i) => {
    const parts: string[] = [];
    if (score.missed.length > 0) parts.push(`missed ${score.missed.join(', ')}`);
    if (score.noise.length > 0) parts.push(`noise ${score.noise.map((n) => `${n.label} ${n.weight.toFixed(2)}`).join(', ')}`);
    if (score.unsupported.length > 0) parts.push(`not in the text ${score.unsupported.join(', ')}`);
    if (score.relation.got !== score.relation.expected) parts.push(`relation ${score.relation.got} for ${score.relation.expected}`);
    if (parts.length > 0) lines.push(`- ${column.cases[i]}: ${parts.join('; ')}`);
  });
  if (lines.length === 2) lines.push('- nothing');
  return lines;
}

export function formatReport(title: string, columns: readonly Column[]): string {
  const sections = [[title], summary(columns), ...columns.map(confusion), ...columns.map(details)];
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
