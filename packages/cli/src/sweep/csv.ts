// The sweep's CSV writer lives in core, so that scripts write the same bytes
// as `solstice sweep`; re-exported here for the CLI's existing imports.
export { csvCell, csvLine } from '@solstice/core';
