import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const EXTENSIONS = ['.ts', '.tsx', '.js', '.mjs'];

/** The module a relative import names, or null for a package (a package cannot import us). */
function resolveImport(importer, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(importer), specifier.split('?')[0]);
  const candidates = [
    base,
    ...EXTENSIONS.map((extension) => base + extension),
    ...EXTENSIONS.map((extension) => path.join(base, `index${extension}`)),
  ];
  return (
    candidates.find(
      (candidate) => EXTENSIONS.includes(path.extname(candidate)) && isFile(candidate),
    ) ?? null
  );
}

function isFile(candidate) {
  try {
    return statSync(candidate).isFile();
  } catch {
    return false;
  }
}

/** Each file's imports as read from disk, kept while the file is unchanged. */
const importsOnDisk = new Map();

function importsOf(file) {
  const modified = statSync(file).mtimeMs;
  const known = importsOnDisk.get(file);
  if (known?.modified === modified) return known.imports;
  // Every kind of import: `import type`, `export … from` and `import()` alike.
  const imports = ts
    .preProcessFile(readFileSync(file, 'utf8'), true, true)
    .importedFiles.map((imported) => resolveImport(file, imported.fileName))
    .filter((imported) => imported !== null);
  importsOnDisk.set(file, { modified, imports });
  return imports;
}

/** The shortest chain of imports from `start` back to `file`, or null. */
function pathBack(start, file) {
  const cameFrom = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const current = queue.shift();
    for (const next of importsOf(current)) {
      if (next === file) {
        const chain = [next];
        for (let step = current; step !== null; step = cameFrom.get(step)) chain.unshift(step);
        return chain;
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, current);
        queue.push(next);
      }
    }
  }
  return null;
}

/**
 * No import cycles, counting type-only and dynamic imports too (import-x/no-cycle skips type
 * imports): a circle through a type still ties two modules' designs together, and a module of
 * its own for what both need always breaks it.
 */
export const noImportCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import cycles, type-only and dynamic imports included.' },
    schema: [],
    messages: {
      cycle:
        'Import cycle: {{chain}}. Move what both sides need into a module of its own (type-only and dynamic imports count too).',
    },
  },
  create(context) {
    const file = context.physicalFilename;
    function check(node) {
      const specifier = node.source?.value;
      if (typeof specifier !== 'string') return;
      const imported = resolveImport(file, specifier);
      if (!imported || imported === file) return;
      const chain = pathBack(imported, file);
      if (!chain) return;
      const names = [file, ...chain].map((step) => path.relative(context.cwd, step));
      context.report({ node: node.source, messageId: 'cycle', data: { chain: names.join(' → ') } });
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
