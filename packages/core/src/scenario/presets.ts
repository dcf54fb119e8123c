import conservative2030 from '../../../../scenarios/conservative-2030.json' with { type: 'json' };
import optimistic2040 from '../../../../scenarios/optimistic-2040.json' with { type: 'json' };
import suncatcherUncertain from '../../../../scenarios/suncatcher-uncertain.json' with { type: 'json' };
import suncatcher from '../../../../scenarios/suncatcher.json' with { type: 'json' };

/** Names of the scenario files shipped in `scenarios/`, without `.json`. */
export const SCENARIO_PRESET_NAMES = ['suncatcher', 'suncatcher-uncertain', 'conservative-2030', 'optimistic-2040'] as const;

/**
 * A scenario shipped in `scenarios/`: `suncatcher` is the paper's baseline,
 * `suncatcher-uncertain` the same with the paper's ranges as distributions.
 */
export type ScenarioPresetName = (typeof SCENARIO_PRESET_NAMES)[number];

/**
 * The raw (unvalidated) JSON of each shipped scenario file, bundled into the
 * package so that scripts and browsers need no file access. Validate one with
 * `loadScenario({ preset })`.
 */
export const SCENARIO_PRESETS: Readonly<Record<ScenarioPresetName, unknown>> = {
  suncatcher,
  'suncatcher-uncertain': suncatcherUncertain,
  'conservative-2030': conservative2030,
  'optimistic-2040': optimistic2040,
};
