/**
 * The headless entries (SDK, YouTube parsing, ranking, catalogue) must run without a DOM and without Lit: an ILS
 * vendor calls them from Node, and the element is their consumer, never the other way round.
 *
 * Two proofs: each entry is imported in Node (no `document`, `window` or `customElements`, and any read of those
 * globals while our modules load is recorded), and its static import graph is walked from the source text, so a
 * Lit import is caught even where it would not crash in Node (type-only imports, code behind a `typeof` check).
 * The walk follows whatever the folders hold today, so it keeps working as they grow.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const HEADLESS_ENTRIES = ['src/sdk.ts', 'src/sdk/index.ts', 'src/recommenders/index.ts', 'src/youtube/index.ts', 'src/ranking/index.ts', 'src/catalogue/index.ts', 'src/describer/index.ts'];
const DOM_GLOBALS = new Set(['document', 'window', 'customElements']);
/** Names through which a global can be read as a property: `globalThis.document`, `self.window`. */
const GLOBAL_OBJECTS = new Set(['globalThis', 'self', 'window']);
const LIT_PACKAGE = /^(?:lit|lit-html|lit-element)(?:\/|$)|^@lit(?:-labs)?\//;

interface GraphReport {
  files: string[];
  problems: string[];
}

/** Walks the static import graph from `entries`, reporting Lit imports, unresolved imports and top-level DOM use. */
function inspectImportGraph(entries: string[]): GraphReport {
  const seen = new Set<string>();
  const problems: string[] = [];
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const name = relative(ROOT, file);

    for (const specifier of moduleSpecifiers(source)) {
      if (LIT_PACKAGE.test(specifier)) problems.push(`${name} imports ${specifier}`);
      if (!specifier.startsWith('.')) continue;
      const target = resolveRelativeImport(file, specifier);
      if (!target) problems.push(`${name} imports ${specifier}, which resolves to no file`);
      else if (/\.[cm]?[jt]sx?$/.test(target)) queue.push(target);
    }
    for (const use of topLevelDomUses(source)) problems.push(`${name}:${use}`);
  }
  return { files: [...seen], problems };
}

/** Every module a file names: static imports and re-exports (type-only included), `import()`, `import('x').T`. */
function moduleSpecifiers(source: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteralLike(argument)) found.push(argument.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const literal = node.argument.literal;
      if (ts.isStringLiteral(literal)) found.push(literal.text);
    } else if (ts.isExternalModuleReference(node) && ts.isStringLiteral(node.expression)) {
      found.push(node.expression.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** NodeNext imports name the emitted `.js`; the source beside it is `.ts`. */
function resolveRelativeImport(fromFile: string, specifier: string): string | null {
  const target = resolve(dirname(fromFile), specifier);
  const candidates = [target.replace(/\.js$/, '.ts'), target.replace(/\.js$/, '.tsx'), target.replace(/\.mjs$/, '.mts'), target];
  return candidates.find((candidate) => existsSync(candidate) && !candidate.endsWith('/')) ?? null;
}

/**
 * Reads of `document`, `window` or `customElements` that run when the module loads: outside any function body
 * and outside instance field initialisers. Type positions are ignored (they are erased).
 */
function topLevelDomUses(source: ts.SourceFile): string[] {
  const uses: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    uses.push(`${line + 1} uses ${text} at load time`);
  };
  const visit = (node: ts.Node, deferred: boolean) => {
    if (ts.isTypeNode(node) && !ts.isExpressionWithTypeArguments(node)) return;
    if (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) return;
    const runsLater =
      deferred ||
      ts.isFunctionLike(node) ||
      (ts.isPropertyDeclaration(node) && !node.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword));

    if (!runsLater) {
      if (ts.isIdentifier(node) && DOM_GLOBALS.has(node.text) && readsGlobal(node)) report(node, node.text);
      if (
        ts.isPropertyAccessExpression(node) &&
        ts.isIdentifier(node.expression) &&
        GLOBAL_OBJECTS.has(node.expression.text) &&
        DOM_GLOBALS.has(node.name.text)
      ) {
        report(node, node.getText(source));
      }
    }
    ts.forEachChild(node, (child) => visit(child, runsLater));
  };
  visit(source, false);
  return uses;
}

/** False where the identifier is a name, not a read: `x.document`, `{ window: 1 }`, a declaration, an import. */
function readsGlobal(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if (ts.isQualifiedName(parent) && parent.right === node) return false;
  if (
    (ts.isPropertyAssignment(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isPropertySignature(parent) ||
      ts.isVariableDeclaration(parent) ||
      ts.isBindingElement(parent) ||
      ts.isParameter(parent) ||
      ts.isGetAccessor(parent) ||
      ts.isSetAccessor(parent) ||
      ts.isEnumMember(parent)) &&
    parent.name === node
  ) {
    return false;
  }
  return !(ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent) || ts.isImportClause(parent) || ts.isLabeledStatement(parent));
}

test('Node has no DOM here, so importing is a real proof', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.window, 'undefined');
  assert.equal(typeof globalThis.customElements, 'undefined');
});

test('the headless entries import and load in Node without reading DOM globals', async () => {
  // Each DOM global becomes a getter that records which of our source files read it while modules load.
  const reads: string[] = [];
  for (const name of DOM_GLOBALS) {
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get() {
        const ours = (new Error().stack ?? '').split('\n').find((frame) => frame.includes(`${ROOT}/src/`));
        if (ours) reads.push(`${name} read by ${ours.trim()}`);
        return undefined;
      },
    });
  }
  try {
    for (const entry of HEADLESS_ENTRIES) {
      const module = (await import(pathToFileURL(join(ROOT, entry)).href)) as Record<string, unknown>;
      assert.equal(typeof module, 'object', entry);
    }
  } finally {
    for (const name of DOM_GLOBALS) delete (globalThis as Record<string, unknown>)[name];
  }
  assert.deepEqual(reads, []);
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.customElements, 'undefined');
});

test('the static import graph of the headless entries holds no Lit and no DOM use at load time', () => {
  const { files, problems } = inspectImportGraph(HEADLESS_ENTRIES.map((entry) => join(ROOT, entry)));
  assert.ok(files.length >= HEADLESS_ENTRIES.length + 3, `walked only ${files.length} files`);
  assert.ok(files.includes(join(ROOT, 'src/sdk/schemas.ts')), 'the walk follows re-exports');
  assert.deepEqual(problems, []);
});

test('the graph walk catches what it is meant to catch', () => {
  const folder = mkdtempSync(join(tmpdir(), 'no-dom-'));
  try {
    const write = (name: string, text: string) => writeFileSync(join(folder, name), text);
    write('entry.ts', `export * from './view.js';\nexport type { Part } from './types.js';\nimport './missing.js';\n`);
    write(
      'view.ts',
      [
        `import { html } from 'lit';`,
        `import { ref } from 'lit/directives/ref.js';`,
        `export const title = document.title;`,
        `export const hasWindow = typeof window !== 'undefined';`,
        `globalThis.customElements?.define('x-y', class {});`,
        `export function later() { return window.location.href + document.title; }`,
        `export const arrow = () => customElements.get('x-y');`,
        `export class Holder { node = document.body; static shared = window; }`,
        `const config = { document: 1, window: 2 };`,
        `export const name = config.document;`,
        `export type Doc = typeof document;`,
        `void html; void ref;`,
      ].join('\n'),
    );
    write('types.ts', `import type { TemplateResult } from 'lit-html';\nexport type Part = import('@lit/reactive-element').ReactiveController | TemplateResult;\n`);

    const { files, problems } = inspectImportGraph([join(folder, 'entry.ts')]);
    const found = problems.map((problem) => problem.replace(`${relative(ROOT, folder)}/`, ''));
    assert.equal(files.length, 3);
    assert.deepEqual(found.sort(), [
      'entry.ts imports ./missing.js, which resolves to no file',
      'types.ts imports @lit/reactive-element',
      'types.ts imports lit-html',
      'view.ts imports lit',
      'view.ts imports lit/directives/ref.js',
      'view.ts:3 uses document at load time',
      'view.ts:4 uses window at load time',
      'view.ts:5 uses globalThis.customElements at load time',
      'view.ts:8 uses window at load time',
    ]);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
