import { describe, expect, it } from 'vitest';
import { apertureGain, beamDivergenceRad, confocalLengthM } from './aperture.ts';
import { dbmToW, dbToRatio, ratioToDb, wToDbm } from './decibels.ts';
import { beamCouplingFraction, friisUnityDistanceM, opticalLinkBudget, pointingLossFraction, receivedPowerW } from './linkBudget.ts';

const link = { apertureDiameterM: 0.1, apertureEfficiency: 0.8, wavelengthM: 1.55e-6, txPowerW: 5, pointingErrorRad: 0, otherLossDb: 3 };

describe('decibels', () => {
  it('converts -20 dBm to 10 uW and back', () => {
    expect(dbmToW(-20)).toBeCloseTo(1e-5, 15);
    expect(wToDbm(1e-5)).toBeCloseTo(-20, 12);
  });

  it('round-trips ratios through dB (3 dB is a factor 1.995)', () => {
    expect(dbToRatio(3)).toBeCloseTo(1.9953, 4);
    expect(ratioToDb(dbToRatio(-7.5))).toBeCloseTo(-7.5, 12);
  });
});

describe('apertures', () => {
  it('quadruples the gain in linear terms when the diameter doubles (+6.02 dB)', () => {
    expect(ratioToDb(apertureGain(0.2, 1.55e-6, 0.8) / apertureGain(0.1, 1.55e-6, 0.8))).toBeCloseTo(6.0206, 4);
  });

  it('halves the divergence in rad and quadruples the confocal length in m when the diameter doubles', () => {
    expect(beamDivergenceRad(0.2, 1.55e-6) / beamDivergenceRad(0.1, 1.55e-6)).toBeCloseTo(0.5, 12);
    expect(confocalLengthM(0.2, 1.55e-6) / confocalLengthM(0.1, 1.55e-6)).toBeCloseTo(4, 12);
  });
});

describe('link budget regimes', () => {
  const z = friisUnityDistanceM(0.1, 1.55e-6, 0.8);

  it('puts the Friis unity distance at eta times the confocal length, 4,054 m for 10 cm', () => {
    expect(z).toBeCloseTo(0.8 * confocalLengthM(0.1, 1.55e-6), 9);
    expect(z).toBeCloseTo(4_053.7, 1);
  });

  it('collects half the beam at the unity distance and nearly all of it at 1 m', () => {
    expect(beamCouplingFraction(z, z)).toBeCloseTo(0.5, 15);
    expect(beamCouplingFraction(1, z)).toBeGreaterThan(0.999_999);
  });

  it('receives P_T x L_other (2.506 W from 5 W and 3 dB) in the deep near field', () => {
    expect(receivedPowerW(link, 0.01)).toBeCloseTo(5 * dbToRatio(-3), 6);
  });

  it('applies the far-field pointing loss exp(-G theta^2) far away and none in the near field', () => {
    const g = apertureGain(0.1, 1.55e-6, 0.8);
    expect(pointingLossFraction(g, 1e-6, 1e9, z)).toBeCloseTo(Math.exp(-g * 1e-12), 9);
    expect(pointingLossFraction(g, 1e-6, 1, z)).toBeGreaterThan(0.999_999);
  });

  it('labels 5 km near field and 5.1 km far field for a 10 cm aperture (confocal 5,067 m)', () => {
    expect(opticalLinkBudget(link, 5_000).regime).toBe('near-field');
    expect(opticalLinkBudget(link, 5_100).regime).toBe('far-field');
  });

  it('reports a Friis ratio above 1 inside the near field while the received power stays below P_T', () => {
    const budget = opticalLinkBudget(link, 100);
    expect(budget.friisRatio).toBeGreaterThan(1_000);
    expect(budget.receivedPowerW).toBeLessThan(link.txPowerW);
  });
});
