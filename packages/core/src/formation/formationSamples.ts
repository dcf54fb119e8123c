import { formationRicPositionsM, type FormationDesign } from './design.ts';
import { formationReferenceEci, ricPositionsToEci, type FormationEpoch } from './ephemeris.ts';
import { eciBuffer, ricBuffer, type EciBuffer, type RicBuffer } from './frames.ts';

/** What `sampleFormationEci` hands to its visitor at each time (buffers reused between calls). */
export type FormationSampleVisitor = (
  tSinceEpochS: number,
  referenceEci: EciBuffer,
  positionsRicM: RicBuffer,
  positionsEciM: EciBuffer,
) => void;

/**
 * The one propagation loop of the closed-form formation model: at each time
 * t of `timesS`, the reference state (`formationReferenceEci`: circular, node
 * and argument of latitude at the J2 rates), every satellite's RIC position
 * (`formationRicPositionsM`) and its ECI position r = r_ref + C rho
 * (`ricPositionsToEci`), all in the model ECI frame, m and m/s. The CZML export
 * and the CLI's positions CSV both sample through it. The visitor may change
 * the buffers: the next sample overwrites them.
 * @param timesS sample times since the epoch, s
 */
export function sampleFormationEci(
  design: FormationDesign,
  epoch: FormationEpoch,
  timesS: ArrayLike<number>,
  visit: FormationSampleVisitor,
): void {
  const n = design.satellites;
  const reference = eciBuffer(6);
  const ric = ricBuffer(3 * n);
  const eci = eciBuffer(3 * n);
  for (let s = 0; s < timesS.length; s++) {
    const t = timesS[s]!;
    formationReferenceEci(design, epoch, t, reference);
    formationRicPositionsM(design, t, ric);
    ricPositionsToEci(reference, ric, eci);
    visit(t, reference, ric, eci);
  }
}
