// Entry of a sweep worker thread. Piscina loads this file in a fresh thread,
// which has no TypeScript loader of its own: register tsx first (as
// bin/solstice.mjs does for the main thread), then load the TypeScript task.
import { register } from 'tsx/esm/api';

register();
const { runSweepTask } = await import('./task.ts');
export default runSweepTask;
