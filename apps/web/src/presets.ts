import conservative from '../../../scenarios/conservative-2030.json' with { type: 'json' };
import optimistic from '../../../scenarios/optimistic-2040.json' with { type: 'json' };
import uncertain from '../../../scenarios/suncatcher-uncertain.json' with { type: 'json' };
import baseline from '../../../scenarios/suncatcher.json' with { type: 'json' };

/** The scenario files shipped in `scenarios/`, bundled so nothing is fetched. */
export const PRESETS: readonly { readonly file: string; readonly raw: Record<string, unknown> }[] = [
  { file: 'suncatcher.json', raw: baseline },
  { file: 'suncatcher-uncertain.json', raw: uncertain },
  { file: 'conservative-2030.json', raw: conservative },
  { file: 'optimistic-2040.json', raw: optimistic },
];

/** The scenario the app opens with: the paper's baseline. */
export const BASELINE = baseline as Record<string, unknown>;
