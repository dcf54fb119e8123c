import { z } from 'zod';
import { satelliteReferenceValue, referenceValue } from '../../referenceData.ts';
import { SATELLITE_SIZING_POLICIES } from '../../compute/itDelivery.ts';
import { quantity } from '../quantity.ts';

/**
 * `satellite`: one satellite of the cluster. Without `solarArrayM2`, `massKg`
 * and `powerKw` it is the paper's Starlink-v2-mini-like satellite (575 kg,
 * 28 kW, Table 1). Precedence: an explicit `powerKw` is the electrical power;
 * otherwise a given `solarArrayM2` sets it (array power at beginning of life in
 * full sun). An explicit `massKg` is the launch mass; otherwise a given
 * `solarArrayM2` sizes the satellite from its subsystems (array, battery,
 * radiator, accelerators, shielding, bus).
 */
export const satelliteSection = z
  .strictObject({
    massKg: quantity({
      unit: 'kg',
      min: 1,
      max: 100_000,
      description:
        'Launch mass of one satellite; overrides the subsystem estimate. Absent: the subsystem estimate when solarArrayM2 is given, else 575 kg (Starlink v2 mini, the paper\'s Table 1).',
    }).optional(),
    powerKw: quantity({
      unit: 'kW',
      min: 0.01,
      max: 10_000,
      description:
        'Electrical power of one satellite; overrides the array. Absent: the array power at beginning of life in full sun when solarArrayM2 is given, else 28 kW (Starlink v2 mini).',
    }).optional(),
    lifetimeYears: quantity({
      unit: 'year',
      min: 0.5,
      max: 30,
      description: 'Operating life over which launch and hardware are amortised.',
    }).default(5),
    solarArrayM2: quantity({
      unit: 'm^2',
      min: 0.1,
      max: 1_000_000,
      description:
        'Sun-tracking solar array area; when given it sets the power (unless powerKw) and the mass is derived (unless massKg). Absent: the array is sized to the power (Starlink v2 mini: about 105 m^2).',
    }).optional(),
    cellEfficiency: quantity({
      unit: '1',
      min: 0.01,
      max: 0.7,
      description: 'Solar cell efficiency at beginning of life (the paper: 22 %).',
    }).default(referenceValue('power.cellEfficiency')),
    packingFactor: quantity({
      unit: '1',
      min: 0.1,
      max: 1,
      description: 'Cell area over array area (the paper: 90 %).',
    }).default(referenceValue('power.packingFactor')),
    degradationPerYear: quantity({
      unit: '1',
      min: 0,
      max: 0.2,
      description: 'Fractional array power lost per year, compounded (SMAD: GaAs 2.75 %/y, Si 3.75 %/y).',
    }).default(satelliteReferenceValue('power.degradationPerYear')),
    sizing: z
      .enum(SATELLITE_SIZING_POLICIES)
      .default('derate-compute')
      .describe(
        'How the design meets array degradation: derate-compute (the array as given, the IT load the chips can use follows its orbit-average output down) or size-for-end-of-life (the array, its mass and cost grow so the rated load holds through the worst orbit at end of life).',
      ),
    batteryDepthOfDischarge: quantity({
      unit: '1',
      min: 0.05,
      max: 1,
      description: 'Usable fraction of the battery through the longest eclipse.',
    }).default(satelliteReferenceValue('power.batteryDepthOfDischarge')),
    eclipseLoadFraction: quantity({
      unit: '1',
      min: 0,
      max: 1,
      description: 'Share of the satellite power carried through eclipses (1: full load; less if compute is shed in eclipse).',
    }).default(1),
    batteryWhPerKg: quantity({
      unit: 'Wh/kg',
      min: 10,
      max: 1_000,
      description: 'Battery pack specific energy.',
    }).default(satelliteReferenceValue('power.batterySpecificEnergy')),
    arrayKgPerM2: quantity({
      unit: 'kg/m^2',
      min: 0.05,
      max: 50,
      description: 'Solar array mass per m^2 (cells, substrate, deployment).',
    }).default(satelliteReferenceValue('power.arrayArealDensity')),
    radiatorTemperatureK: quantity({
      unit: 'K',
      min: 270,
      max: 500,
      description: 'Radiator surface temperature; hotter radiators are smaller.',
    }).default(satelliteReferenceValue('thermal.radiatorTemperature')),
    radiatorEmissivity: quantity({
      unit: '1',
      min: 0.5,
      max: 1,
      description: 'Radiator infrared emissivity.',
    }).default(satelliteReferenceValue('thermal.radiatorEmissivity')),
    radiatorSolarAbsorptivity: quantity({
      unit: '1',
      min: 0,
      max: 0.5,
      description: 'Radiator solar absorptivity (for Earth albedo).',
    }).default(satelliteReferenceValue('thermal.radiatorSolarAbsorptivity')),
    radiatorSides: quantity({
      unit: '1',
      min: 1,
      max: 2,
      integer: true,
      description: 'Radiating faces per radiator panel: 1 (back insulated) or 2; panels stand edge-on to Earth and Sun.',
    }).default(2),
    radiatorKgPerM2: quantity({
      unit: 'kg/m^2',
      min: 0.1,
      max: 50,
      description: 'Radiator mass per m^2 of panel.',
    }).default(satelliteReferenceValue('thermal.radiatorArealDensity')),
    shieldingMmAl: quantity({
      unit: 'mm',
      min: 1,
      max: 100,
      description:
        'Aluminium-equivalent shielding around the accelerators (the paper: 10 mm for 150 rad(Si)/year at 650 km). Below about 3 mm the dose law understates the dose.',
    }).default(10),
    doseDepthExponent: quantity({
      unit: '1',
      min: 0.1,
      max: 3,
      description: 'Exponent n of the dose-depth law D = 150 rad/y x (t / 10 mm)^-n; fit it to a SPENVIS/SHIELDOSE-2 run for other orbits.',
    }).default(satelliteReferenceValue('radiation.doseDepthExponent')),
    groundSolarCapacityFactor: quantity({
      unit: '1',
      min: 0.01,
      max: 0.5,
      description:
        'Capacity factor of the ground solar site the array is compared against in power.orbitToGroundYieldRatio (IRENA 2021 global utility PV: 17.2 %; US utility PV: about 24 %).',
    }).default(satelliteReferenceValue('power.groundCapacityFactor')),
    busMassFraction: quantity({
      unit: '1',
      min: 0,
      max: 0.8,
      description: 'Bus (structure, propulsion, attitude control, avionics, harness) share of the derived satellite mass.',
    }).default(satelliteReferenceValue('mass.busMassFraction')),
  })
  .prefault({});
