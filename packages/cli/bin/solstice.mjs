#!/usr/bin/env node
// The `solstice` command: runs the built CLI (dist/solstice.mjs, plain
// JavaScript that `npm install` builds through the root `prepare` script, and
// that the published package ships) in this one Node process: no TypeScript
// loader, no second process.
//
// Contributors may run the TypeScript source instead by starting Node with the
// monorepo's export condition on its command line (tsx, a root devDependency,
// then loads it):
//   node --conditions=solstice-source packages/cli/bin/solstice.mjs <command>
// The condition in NODE_OPTIONS (the repository's .npmrc sets it for every npm
// and npx command) does not count: `npx solstice` runs the built CLI.
const fromSource = process.execArgv.some((option) => option.includes('solstice-source'));

if (fromSource) {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/bin.ts');
} else {
  try {
    await import('../dist/solstice.mjs');
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/solstice.mjs')) throw error;
    process.stderr.write("solstice: the CLI is not built (dist/solstice.mjs is missing): run 'npm install' or 'npm run build' in the repository\n");
    process.exitCode = 1;
  }
}
