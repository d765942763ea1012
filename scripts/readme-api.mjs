// Writes the element's reference tables into README.md (between the element-api markers) from
// custom-elements.json. `--check` exits 1 when README.md is stale instead of writing it.
import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- element-api:start -->';
const END = '<!-- element-api:end -->';

const cell = (text = '') => String(text).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();
const table = (head, rows) =>
  rows.length ? [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n') : '';

export function elementApiMarkdown(manifest) {
  const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName);
  const fields = new Map((element.members ?? []).map((m) => [m.name, m]));
  const attributes = element.attributes ?? [];
  const attributeFields = new Set(attributes.map((a) => a.fieldName));
  const propertiesOnly = (element.members ?? []).filter((m) => m.kind === 'field' && !attributeFields.has(m.name) && !m.static);
  const code = (s) => (s ? `\`${s}\`` : '');
  return [
    `\`<${element.tagName}>\`: ${element.summary ?? ''}`,
    '',
    '**Attributes** (each mirrored by its camelCase property)',
    '',
    table(['attribute', 'property', 'type', 'description'],
      attributes.map((a) => [code(a.name), code(a.fieldName), code(a.type?.text ?? fields.get(a.fieldName)?.type?.text), a.description])),
    '',
    '**Properties and methods only**',
    '',
    table(['name', 'type', 'description'],
      [...propertiesOnly, ...(element.members ?? []).filter((m) => m.kind === 'method' && !m.static)]
        .map((m) => [code(m.kind === 'method' ? `${m.name}()` : m.name), code(m.type?.text), m.description])),
    '',
    '**Events** (bubbling, composed)',
    '',
    table(['event', 'type', 'description'], (element.events ?? []).map((e) => [code(e.name), code(e.type?.text), e.description])),
    '',
    '**CSS custom properties**',
    '',
    table(['property', 'default', 'description'], (element.cssProperties ?? []).map((p) => [code(p.name), code(p.default), p.description])),
    '',
    '**CSS parts**',
    '',
    table(['part', 'description'], (element.cssParts ?? []).map((p) => [code(p.name), p.description])),
    '',
    '**Slots**',
    '',
    table(['slot', 'description'], (element.slots ?? []).map((s) => [code(s.name), s.description])),
  ].join('\n');
}

export function readmeWithElementApi(readme, manifest) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} block`);
  return `${readme.slice(0, start + START.length)}\n${elementApiMarkdown(manifest)}\n${readme.slice(end)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const readme = readFileSync('README.md', 'utf8');
  const next = readmeWithElementApi(readme, JSON.parse(readFileSync('custom-elements.json', 'utf8')));
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md element reference is stale: run `npm run manifest`.');
      process.exit(1);
    }
  } else writeFileSync('README.md', next);
}
