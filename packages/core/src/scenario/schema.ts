import { z } from 'zod';
import { quantity } from './quantity.ts';
import { clusterSection } from './sections/cluster.ts';
import { economicsSection } from './sections/economics.ts';
import { computeSection } from './sections/compute.ts';
import { controlSection } from './sections/control.ts';
import { environmentSection } from './sections/environment.ts';
import { downlinkSection } from './sections/downlink.ts';
import { groundSection } from './sections/ground.ts';
import { launchSection } from './sections/launch.ts';
import { linksSection } from './sections/links.ts';
import { orbitSection } from './sections/orbit.ts';
import { satelliteSection } from './sections/satellite.ts';
import { uncertaintyProblems, uncertaintySection } from './sections/uncertainty.ts';
import { workloadSection } from './sections/workload.ts';

/**
 * The scenario schema: the only way into the models. Each section lives in
 * `sections/`; every field has a default, so `{}` is the paper's baseline and a
 * file states only what differs. Keys carry their unit (`altitudeKm`); a
 * quantity string in a compatible unit is converted (`"0.65 Mm"`).
 */
const scenarioObject = z.strictObject({
  $schema: z.string().optional().describe('Path or URL of scenarios/schema.json, for editors.'),
  name: z.string().max(200).optional().describe('Short name shown in reports.'),
  description: z.string().max(5_000).optional().describe('What the scenario represents and why.'),
  year: quantity({
    unit: '1',
    min: 2020,
    max: 2100,
    integer: true,
    description: 'Calendar year evaluated: it sets the launch price on the learning curve and the Sun geometry.',
  }).default(2035),
  orbit: orbitSection,
  cluster: clusterSection,
  environment: environmentSection,
  control: controlSection,
  satellite: satelliteSection,
  compute: computeSection,
  launch: launchSection,
  ground: groundSection,
  economics: economicsSection,
  links: linksSection,
  workload: workloadSection,
  downlink: downlinkSection,
  uncertainty: uncertaintySection,
});

/**
 * The scenario schema, with the checks that span sections: every `uncertainty`
 * path must name a numeric field of this schema.
 */
export const scenarioSchema = scenarioObject.superRefine((scenario, ctx) => {
  for (const problem of uncertaintyProblems(scenarioObject, scenario.uncertainty)) {
    ctx.addIssue({ code: 'custom', path: [...problem.path], message: problem.message });
  }
});

/** A scenario as written in a file: numbers or quantity strings, defaults not yet applied. */
export type ScenarioInput = z.input<typeof scenarioSchema>;

/** A validated scenario: every field present, in the unit its key names. */
export type Scenario = z.output<typeof scenarioSchema>;
