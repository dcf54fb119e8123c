/**
 * The import graph of `@solstice/core` (non-test sources), read with the
 * TypeScript parser: which folder imports which, and the cycles between
 * folders (strongly connected components, Tarjan 1972). Run
 * `npm run -s graph` to print it; test/architecture/importGraph.test.ts keeps
 * it free of cycles, so the tiers kernels -> resolve -> evaluate -> entry
 * points hold beyond what the lint's import patterns name.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** Core's source folder. */
export const CORE_SRC = resolve(import.meta.dirname, '../packages/core/src');

export interface ImportGraph {
  /** Module path (relative to core's src) -> the modules it imports. */
  readonly modules: ReadonlyMap<string, readonly string[]>;
  /** Folder -> folder -> the module imports behind that folder edge ("a.ts -> b.ts"). */
  readonly folders: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

/** A module's folder under core's src; a root module (constants.ts) is its own folder. */
export function folderOf(modulePath: string): string {
  return modulePath.includes('/') ? modulePath.split('/')[0]! : modulePath.replace(/\.ts$/, '');
}

/** Reads every relative `import`/`export ... from` of core's sources, type-only ones included (they are layering too). */
export function coreImportGraph(root = CORE_SRC): ImportGraph {
  const modules = new Map<string, string[]>();
  const folders = new Map<string, Map<string, string[]>>();
  for (const file of sourceFiles(root)) {
    const from = relative(root, file);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    const targets: string[] = [];
    source.forEachChild((node) => {
      if (!(ts.isImportDeclaration(node) || ts.isExportDeclaration(node))) return;
      const specifier = node.moduleSpecifier;
      if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) return;
      const target = resolve(dirname(file), specifier.text);
      const to = relative(root, target);
      // Reference data outside src (seeds/*.json) is data, not a layer.
      if (!existsSync(target) || to.startsWith('..')) return;
      targets.push(to);
      const [a, b] = [folderOf(from), folderOf(to)];
      if (a === b) return;
      const edges = folders.get(a) ?? new Map<string, string[]>();
      folders.set(a, edges);
      edges.set(b, [...(edges.get(b) ?? []), `${from} -> ${to}`]);
    });
    modules.set(from, targets);
  }
  return { modules, folders };
}

/** Strongly connected components of more than one node: each is a cycle. */
export function cyclesOf(edges: ReadonlyMap<string, Iterable<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) cycles.push(component.sort());
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

/** The folder graph's edges as plain sets, for `cyclesOf`. */
export function folderEdges(graph: ImportGraph): Map<string, Set<string>> {
  return new Map([...graph.folders].map(([folder, targets]) => [folder, new Set(targets.keys())]));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const graph = coreImportGraph();
  const edgeCount = [...graph.modules.values()].reduce((sum, targets) => sum + targets.length, 0);
  console.log(`core: ${graph.modules.size} modules, ${edgeCount} imports`);
  for (const [folder, targets] of [...graph.folders].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`${folder} -> ${[...targets.keys()].sort().join(', ')}`);
  }
  console.log(`module cycles: ${cyclesOf(graph.modules).length}; folder cycles: ${cyclesOf(folderEdges(graph)).map((c) => c.join(' <-> ')).join('; ') || 'none'}`);
}
