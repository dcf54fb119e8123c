import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORE_SRC, coreImportGraph, cyclesOf, folderEdges } from '../../scripts/importGraph.ts';
import coreTiers from '../../scripts/coreTiers.json';

/** Kernel folders (plain SI numbers in, no scenario, resolve or evaluation) and the tiers above them, lowest first: the lint's list. */
const { kernels: KERNELS, tiers: TIER_OF } = coreTiers as { kernels: string[]; tiers: Record<string, number> };

describe("core's import graph", () => {
  const graph = coreImportGraph();

  it('has no cycle between modules and none between folders', () => {
    expect(cyclesOf(graph.modules)).toEqual([]);
    expect(cyclesOf(folderEdges(graph))).toEqual([]);
  });

  it('gives every folder of core a tier (an unlisted folder would escape both this test and the lint)', () => {
    const folders = readdirSync(CORE_SRC, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(folders.filter((folder) => !KERNELS.includes(folder) && TIER_OF[folder] === undefined)).toEqual([]);
  });

  it('never imports upward: kernels import no tier, resolve no evaluator, evaluate no entry point', () => {
    const tier = (folder: string) => (KERNELS.includes(folder) ? 0 : TIER_OF[folder]);
    const upward: string[] = [];
    for (const [from, targets] of graph.folders) {
      for (const [to, imports] of targets) {
        const [a, b] = [tier(from), tier(to)];
        if (a !== undefined && b !== undefined && b > a) upward.push(...imports);
      }
    }
    expect(upward).toEqual([]);
  });

  it('sees the edges it checks (a test that cannot fail is a defect): evaluate imports resolve, resolve imports formation', () => {
    expect(graph.folders.get('evaluate')?.has('resolve')).toBe(true);
    expect(graph.folders.get('resolve')?.has('formation')).toBe(true);
    expect(cyclesOf(new Map([['a', ['b']], ['b', ['a']]]))).toEqual([['a', 'b']]);
  });
});
