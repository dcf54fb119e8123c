import { z } from 'zod';
import { formationEnvironmentReferenceValue } from '../../referenceData.ts';
import { quantity } from '../quantity.ts';

/** Largest catalogue number of the five-digit TLE format. */
const LARGEST_TLE_CATALOG_NUMBER = 99_999;

/** `cluster`: the formation of satellites flying together. */
export const clusterSection = z
  .strictObject({
    satellites: quantity({
      unit: '1',
      min: 1,
      max: 10_000,
      integer: true,
      description: 'Satellites in one cluster (the paper: 81).',
    }).default(81),
    radiusM: quantity({
      unit: 'm',
      min: 10,
      max: 100_000,
      description: 'Cluster radius R: along-track half-extent of the formation (the paper: 1 km).',
    }).default(1_000),
    crossTrackAmplitudeM: quantity({
      unit: 'm',
      min: 0,
      max: 100_000,
      description: 'Largest cross-track excursion of the outermost satellites, once per orbit (0: planar, the paper\'s design).',
    }).default(0),
    keepOutDistanceM: quantity({
      unit: 'm',
      min: 0.1,
      max: 10_000,
      description: 'Pair distance below which two satellites count as colliding (two half-extents plus margin).',
    }).default(20),
    ballisticCoefficientM2PerKg: quantity({
      unit: 'm^2/kg',
      min: 0,
      max: 1,
      description: 'Ballistic coefficient Cd A / m of the cluster centre, which the design is drawn about (drag).',
    }).default(formationEnvironmentReferenceValue('drag.ballisticCoefficient')),
    ballisticCoefficientSpreadM2PerKg: quantity({
      unit: 'm^2/kg',
      min: 0,
      max: 1,
      description: 'Half-range s of the satellites\' ballistic coefficients: they span B - s to B + s evenly by index, so the worst differs from the centre by s.',
    }).default(formationEnvironmentReferenceValue('drag.ballisticCoefficientSpread')),
    srpAreaToMassM2PerKg: quantity({
      unit: 'm^2/kg',
      min: 0,
      max: 10,
      description:
        'Sunlit area over mass A / m of the cluster centre for solar radiation pressure (cannonball); the satellites\' A / m spread in proportion to their ballistic coefficients (0: no SRP).',
    }).default(formationEnvironmentReferenceValue('srp.areaToMass')),
    srpReflectivityCoefficient: quantity({
      unit: '1',
      min: 1,
      max: 2,
      description: 'Radiation pressure coefficient Cr of the satellites (1 absorbing, 2 mirror).',
    }).default(formationEnvironmentReferenceValue('srp.reflectivityCoefficient')),
    tleCatalogNumberBase: quantity({
      unit: '1',
      min: 1,
      max: LARGEST_TLE_CATALOG_NUMBER,
      integer: true,
      description:
        'TLE catalogue number of the reference orbit; satellite k gets base + 1 + k (default in the 8xxxx analyst range).',
    }).default(80_000),
  })
  .check((ctx) => {
    const last = ctx.value.tleCatalogNumberBase + ctx.value.satellites;
    if (last > LARGEST_TLE_CATALOG_NUMBER) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value.tleCatalogNumberBase,
        path: ['tleCatalogNumberBase'],
        message: `${ctx.value.tleCatalogNumberBase} + ${ctx.value.satellites} satellites exceeds the TLE catalogue range (1 to ${LARGEST_TLE_CATALOG_NUMBER})`,
      });
    }
  })
  .prefault({});
