import { z } from 'zod';
import { formationEnvironmentReferenceValue } from '../../referenceData.ts';
import { quantity } from '../quantity.ts';

/** `control`: the formation's station-keeping controller, sensors and thrusters. */
export const controlSection = z
  .strictObject({
    deadbandM: quantity({
      unit: 'm',
      min: 0.1,
      max: 1_000,
      description: 'Position deadband of the station keeping: half of it is the along-track box, a quarter the ellipse and cross-track error allowed.',
    }).default(formationEnvironmentReferenceValue('control.deadband')),
    navigationSigmaM: quantity({
      unit: 'm',
      min: 0,
      max: 100,
      description: 'Relative navigation position noise per axis, 1 sigma (carrier-phase GPS: about 0.01-0.02 m).',
    }).default(formationEnvironmentReferenceValue('control.navigationSigma')),
    navigationSigmaMPerS: quantity({
      unit: 'm/s',
      min: 0,
      max: 1,
      description: 'Relative navigation velocity noise per axis, 1 sigma.',
    }).default(formationEnvironmentReferenceValue('control.navigationSigmaVelocity')),
    minimumImpulseBitNs: quantity({
      unit: 'N s',
      min: 0,
      max: 100,
      description: 'Smallest impulse of the thrusters; every burn is a whole number of bits (0: continuous).',
    }).default(formationEnvironmentReferenceValue('control.minimumImpulseBit')),
    ispS: quantity({
      unit: 's',
      min: 10,
      max: 10_000,
      description: 'Specific impulse of the station-keeping thrusters (Hall thrusters: about 1,500 s; cold gas: 60-70 s).',
    }).default(formationEnvironmentReferenceValue('control.isp')),
  })
  .prefault({});
