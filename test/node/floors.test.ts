// The floors of the house (DESIGN §2): each folder of src/ imports only the folders below it. A file that reaches
// up a floor would drag the server into a browser bundle, or the DOM into Node.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

/** Each floor and the floors it may import; a floor may always import its own files. */
const MAY_IMPORT: Record<string, string[]> = {
  youtube: [],
  sdk: ['youtube'],
  catalogue: ['sdk', 'youtube'],
  ranking: ['catalogue', 'sdk', 'youtube'],
  describer: ['ranking', 'catalogue', 'sdk', 'youtube'],
  recommenders: ['describer', 'ranking', 'catalogue', 'sdk', 'youtube'],
  element: ['recommenders', 'sdk', 'youtube'],
  server: ['recommenders', 'describer', 'ranking', 'catalogue', 'sdk', 'youtube'],
  cli: ['server', 'element', 'recommenders', 'describer', 'ranking', 'catalogue', 'sdk', 'youtube'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

test('every folder of src/ imports only the floors below it', () => {
  const floors = readdirSync('src', { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  const problems: string[] = [];
  for (const floor of floors) {
    const allowed = MAY_IMPORT[floor];
    if (!allowed) {
      problems.push(`src/${floor}/ is not a known floor: add it to MAY_IMPORT`);
      continue;
    }
    for (const file of sourceFiles(join('src', floor))) {
      const depth = file.split('/').length - 3; // src/<floor>/a/b.ts → 1 folder below the floor
      const up = '../'.repeat(depth + 1);
      for (const [, target] of readFileSync(file, 'utf8').matchAll(/(?:from|import\(?)\s*'([^']+)'/g)) {
        if (!target!.startsWith(up)) continue;
        const reached = target!.slice(up.length).split('/')[0]!;
        if (reached !== floor && !allowed.includes(reached)) problems.push(`${file} imports ${target}`);
      }
    }
  }
  assert.deepEqual(problems, []);
});
