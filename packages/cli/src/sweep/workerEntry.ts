// Entry of a sweep worker thread in the built CLI (dist/worker.mjs, bundled
// by scripts/build.mjs): the task function as the default export piscina calls.
// From source, worker.mjs registers tsx and loads task.ts instead.
export { runSweepTask as default } from './task.ts';
