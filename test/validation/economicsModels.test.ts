import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  breakEvenYear,
  CHIPS,
  evaluateScenario,
  GRID_REGIONS,
  projectEconomics,
  scenarioEconomics,
  referenceValue,
  validateScenario,
  type ScenarioInput,
} from '@solstice/core';

/** A scenario whose only orbital cost is launch: the paper's Table 1 basis (no hardware, failures, operations). */
const launchOnly: ScenarioInput = {
  // No chips either: Table 1 prices launched power only.
  economics: { satelliteHardwareUsdPerKg: 0, operationsFractionPerYear: 0, satelliteFailuresPerYear: 0, chipUsdPerW: 0 },
  compute: { failureRatePerYear: 0 },
  ground: { facilityCapexUsdPerKw: 0 },
};

describe('energy per FLOP (closed forms)', () => {
  // Hosts (compute.hostOverheadFraction, 25 %) draw power on the ground as in orbit (issue 11).
  it('ground operational energy per FLOP is chip power x (1 + host) x PUE / (peak x utilisation): 700 W x 1.25 x 1.2 / (9.89e14 x 0.4) = 2.654e-12 J', () => {
    const { economics } = evaluateScenario(
      validateScenario({ compute: { chip: 'h100', utilization: 0.4 }, ground: { pue: 1.2 } }),
    );
    const expected = (CHIPS.h100.powerW.value * 1.25 * 1.2) / (CHIPS.h100.peakFlops.value * 0.4);
    expect(expected).toBeCloseTo(2.6543e-12, 15);
    expect(economics.groundOperationalEnergyPerFlopJ / expected - 1).toBeCloseTo(0, 12);
  });

  it('orbital operational energy per FLOP is chip energy x satellite power / delivered IT power', () => {
    const scenario = validateScenario({});
    const { economics } = evaluateScenario(scenario);
    const { model } = scenarioEconomics(scenario);
    const chipEnergy = model.chip.chipPowerW / (model.chip.chipPeakFlops * model.chip.utilization);
    const expected = (chipEnergy * model.satellite.powerW) / (model.satellite.computePowerW * model.deliveredItFraction);
    expect(economics.orbitalEnergyPerFlopJ / expected - 1).toBeCloseTo(0, 12);
    // Bus overheads and failed chips make orbital operation cost more energy per FLOP than the bare chip.
    expect(economics.orbitalEnergyPerFlopJ).toBeGreaterThan(chipEnergy);
  });

  it('lifecycle energy and carbon exceed the operational figures on both sides', () => {
    const { economics } = evaluateScenario(validateScenario({}));
    expect(economics.groundLifecycleEnergyPerFlopJ).toBeGreaterThan(economics.groundOperationalEnergyPerFlopJ);
    expect(economics.orbitalLifecycleEnergyPerFlopJ).toBeGreaterThan(economics.orbitalEnergyPerFlopJ);
    expect(economics.groundCarbonPerFlopKgCo2e).toBeGreaterThan(economics.groundOperationalCarbonPerFlopKgCo2e);
  });
});

describe('carbon per FLOP', () => {
  // Source: seeds/grid.json (Ember 2023): France 56, US 369 gCO2e/kWh.
  it('ground operational carbon scales with the grid region: France / US = 56 / 369', () => {
    const us = evaluateScenario(validateScenario({ ground: { gridRegion: 'us' } })).economics;
    const france = evaluateScenario(validateScenario({ ground: { gridRegion: 'france' } })).economics;
    expect(france.groundOperationalCarbonPerFlopKgCo2e / us.groundOperationalCarbonPerFlopKgCo2e).toBeCloseTo(
      GRID_REGIONS.france!.carbonKgPerKwh / GRID_REGIONS.us!.carbonKgPerKwh,
      12,
    );
  });

  it("the ASCEND launcher (10x lower launch emissions) cuts launch carbon per kg tenfold and orbital carbon per FLOP", () => {
    const current = evaluateScenario(validateScenario({})).economics;
    const ascend = evaluateScenario(validateScenario({ economics: { launcherEmissions: 'ascend-10x-lower' } })).economics;
    expect(ascend.launchCarbonKgCo2ePerKg / current.launchCarbonKgCo2ePerKg).toBeCloseTo(0.1, 12);
    expect(ascend.orbitalCarbonPerFlopKgCo2e).toBeLessThan(current.orbitalCarbonPerFlopKgCo2e);
    expect(current.orbitalCarbonPerFlopAscendLauncherKgCo2e).toBeCloseTo(ascend.orbitalCarbonPerFlopKgCo2e, 30);
  });

  it('orbital carbon per FLOP is linear in the launch emissions per kg: the launch share doubles from 20 to 40 kgCO2e/kg', () => {
    const at = (launchCarbonKgPerKg: number) =>
      evaluateScenario(validateScenario({ economics: { launchCarbonKgPerKg } })).economics.orbitalCarbonPerFlopKgCo2e;
    expect(at(40) - at(20)).toBeCloseTo(at(20) - at(0), 30);
    expect(at(20)).toBeGreaterThan(at(0));
  });

  it('a carbon price adds price x lifecycle emissions to the ground cost: 100 USD/t on 1 kW-year of US grid at PUE 1.1', () => {
    const base = evaluateScenario(validateScenario({})).economics;
    const priced = evaluateScenario(validateScenario({ economics: { carbonPriceUsdPerTonne: 100 } })).economics;
    const operationalKg = 8_760 * 1.1 * GRID_REGIONS.us!.carbonKgPerKwh;
    expect(priced.groundCost.carbonUsdPerKwYear).toBeGreaterThan((100 * operationalKg) / 1_000);
    expect(priced.groundUsdPerKwYear - base.groundUsdPerKwYear).toBeCloseTo(priced.groundCost.carbonUsdPerKwYear, 9);
  });
});

describe('launch price by year', () => {
  it('never falls below the Starship cost floor (fuel, 8 USD/kg; paper section 2.4)', () => {
    const { economics } = evaluateScenario(validateScenario({ year: 2100, launch: { learningRate: 0.5 } }));
    expect(economics.launchPriceUsdPerKg).toBe(referenceValue('launch.fuelFloor'));
    expect(economics.launchPriceSource).toBe('floor');
  });

  it('follows a cumulative-mass table: the price at the table point is Wright\'s price at that mass', () => {
    const { economics } = evaluateScenario(
      validateScenario({ year: 2030, launch: { cumulativeMassTable: [{ year: 2025, cumulativeMassT: 400 }, { year: 2030, cumulativeMassT: 800 }] } }),
    );
    expect(economics.launchPriceUsdPerKg).toBeCloseTo(1_440, 9);
  });

  it('a constant annual mass of 36,000 t (180 Starships of 200 t) gives 400 + 36,000 t by 2026', () => {
    const { economics } = evaluateScenario(validateScenario({ year: 2026, launch: { annualMassT: 36_000 } }));
    expect(economics.cumulativeMassLaunchedKg).toBeCloseTo(36_400_000, 3);
  });

  it('orbital cost never rises as the learning rate grows (cumulative mass above the reference)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.5, noNaN: true }), fc.double({ min: 0, max: 0.5, noNaN: true }), fc.integer({ min: 2026, max: 2100 }), (a, b, year) => {
        const [low, high] = a < b ? [a, b] : [b, a];
        const cost = (learningRate: number) => evaluateScenario(validateScenario({ year, launch: { learningRate } })).economics.orbitalUsdPerKwYear;
        expect(cost(high)).toBeLessThanOrEqual(cost(low) * (1 + 1e-12));
      }),
      { numRuns: 40 },
    );
  });
});

describe('orbital and ground cost per kW-year', () => {
  it("reduces to the paper's Table 1 over the delivered IT fraction when launch is the only orbital cost", () => {
    const scenario = validateScenario({ ...launchOnly, launch: { priceUsdPerKg: 200 } });
    const { economics } = evaluateScenario(scenario);
    const { model } = scenarioEconomics(scenario);
    const itFraction = (model.satellite.computePowerW * model.deliveredItFraction) / model.satellite.powerW;
    expect(economics.orbitalUsdPerKwYear).toBeCloseTo(economics.launchedPowerUsdPerKwYear / itFraction, 9);
  });

  it('ground cost is (electricity x 8,760 h x PUE plus facility capex / life) x (1 + host) plus the chips', () => {
    const { economics } = evaluateScenario(validateScenario({ ground: { electricityUsdPerKwh: 0.1, pue: 1.2, facilityCapexUsdPerKw: 12_000, facilityLifetimeYears: 12 } }));
    const chips = economics.groundCost.chipsUsdPerKwYear;
    expect(economics.groundUsdPerKwYear).toBeCloseTo((0.1 * 8_760 * 1.2 + 1_000) * 1.25 + chips, 9);
  });

  it('discounting raises the annual cost of capital on both sides', () => {
    const straight = evaluateScenario(validateScenario({})).economics;
    const discounted = evaluateScenario(validateScenario({ economics: { discountRate: 0.08 } })).economics;
    expect(discounted.orbitalUsdPerKwYear).toBeGreaterThan(straight.orbitalUsdPerKwYear);
    expect(discounted.groundUsdPerKwYear).toBeGreaterThan(straight.groundUsdPerKwYear);
  });
});

describe('trends from 2025', () => {
  it('the electricity price compounds: 0.08 USD/kWh rising 3 %/year costs 0.08 x 1.03^10 in 2035', () => {
    const { economics } = evaluateScenario(validateScenario({ year: 2035, ground: { electricityPriceChangePerYear: 0.03 } }));
    expect(economics.groundPowerUsdPerKwYear).toBeCloseTo(0.08 * 1.03 ** 10 * 8_760 * 1.1, 9);
    // The full ground line adds the hosts' 25 %.
    expect(economics.groundCost.electricityUsdPerKwYear).toBeCloseTo(economics.groundPowerUsdPerKwYear * 1.25, 9);
  });

  it('a grid decarbonising 5 %/year emits 0.95^10 as much per FLOP in 2035 as in 2025', () => {
    const scenario = validateScenario({ ground: { gridCarbonChangePerYear: -0.05 } });
    const rows = projectEconomics(scenario, { fromYear: 2025, toYear: 2035 });
    const operational = (year: number) => evaluateScenario({ ...scenario, year }).economics.groundOperationalCarbonPerFlopKgCo2e;
    expect(operational(2035) / operational(2025)).toBeCloseTo(0.95 ** 10, 12);
    expect(rows[10]!.groundCarbonPerFlopKgCo2e).toBeLessThan(rows[0]!.groundCarbonPerFlopKgCo2e);
  });
});

describe('break-even year', () => {
  it('is the first year of the projection in which orbit is no dearer, with trends in hardware cost and electricity price', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 0.4, noNaN: true }),
        fc.double({ min: 0.02, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        fc.double({ min: -0.1, max: 0.1, noNaN: true }),
        (learningRate, electricityUsdPerKwh, hardwareCostDeclinePerYear, electricityPriceChangePerYear) => {
          const scenario = validateScenario({
            economics: { hardwareCostDeclinePerYear, carbonPriceUsdPerTonne: electricityPriceChangePerYear > 0.05 ? 200 : 0 },
            launch: { learningRate },
            ground: { electricityUsdPerKwh, electricityPriceChangePerYear, gridCarbonChangePerYear: -0.05 },
          });
          const rows = projectEconomics(scenario, { fromYear: 2020, toYear: 2100 });
          const first = rows.find((row) => row.orbitalCheaper === 1)?.year;
          expect(breakEvenYear(scenarioEconomics(scenario).model)).toBe(first);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('with launch the only orbital cost, falls where the launch price reaches ground cost x delivered IT kW x life / mass', () => {
    const scenario = validateScenario({ ...launchOnly, ground: { electricityUsdPerKwh: 0.1 } });
    const { model } = scenarioEconomics(scenario);
    const { economics } = evaluateScenario(scenario);
    const itKw = (model.satellite.computePowerW * model.deliveredItFraction) / 1_000;
    const breakEvenPrice = (economics.groundUsdPerKwYear * itKw * model.satellite.lifetimeYears) / model.satellite.massKg;
    const rows = projectEconomics(scenario, { fromYear: 2020, toYear: 2100 });
    const year = economics.breakEvenYear!;
    expect(rows.find((row) => row.year === year)!.launchPriceUsdPerKg).toBeLessThanOrEqual(breakEvenPrice * (1 + 1e-12));
    expect(rows.find((row) => row.year === year - 1)!.launchPriceUsdPerKg).toBeGreaterThan(breakEvenPrice);
  });

  it('is absent (not NaN or null) when orbit never becomes cheaper', () => {
    const { economics } = evaluateScenario(validateScenario({ launch: { priceUsdPerKg: 100_000 } }));
    expect(economics.breakEvenYear).toBeUndefined();
    expect(JSON.stringify(economics)).not.toMatch(/NaN|null|Infinity/);
  });
});

describe('scale-out', () => {
  it('sizes 1 GW of 28 kW satellites: 35,715 satellites in 441 clusters of 81, 104 m^2 of array each', () => {
    const { scaleOut } = evaluateScenario(validateScenario({ economics: { targetPowerMw: 1_000 } })).economics;
    expect(scaleOut.satellites).toBe(Math.ceil(1e9 / 28_000));
    expect(scaleOut.clusters).toBe(Math.ceil(35_715 / 81));
    expect(scaleOut.arrayAreaM2 / scaleOut.satellites).toBeCloseTo(28_000 / (1_361 * 0.22 * 0.9), 9);
    // Steady state: the fleet's mass renewed every 5-year life plus 2 %/year failures, in 200 t launches.
    expect(scaleOut.launchesPerYear).toBeCloseTo((35_715 * 575 * (1 / 5 + 0.02)) / 200_000, 9);
  });
});

describe('no NaN in the ranges the schema allows', () => {
  it('evaluates random economics inputs to finite numbers', () => {
    fc.assert(
      fc.property(
        fc.record({
          year: fc.integer({ min: 2020, max: 2100 }),
          satellite: fc.record({ massKg: fc.double({ min: 1, max: 100_000, noNaN: true }), powerKw: fc.double({ min: 0.01, max: 10_000, noNaN: true }) }),
          launch: fc.record({ learningRate: fc.double({ min: 0, max: 0.5, noNaN: true }), floorUsdPerKg: fc.double({ min: 0, max: 1_000, noNaN: true }) }),
          economics: fc.record({
            discountRate: fc.double({ min: 0, max: 0.3, noNaN: true }),
            hardwareCostDeclinePerYear: fc.double({ min: 0, max: 0.5, noNaN: true }),
            carbonPriceUsdPerTonne: fc.double({ min: 0, max: 10_000, noNaN: true }),
            nreUsd: fc.double({ min: 0, max: 1e12, noNaN: true }),
            targetPowerMw: fc.double({ min: 0.001, max: 1e6, noNaN: true }),
            launchCarbonKgPerKg: fc.double({ min: 0, max: 10_000, noNaN: true }),
            satelliteEmbodiedCarbonKgPerKg: fc.double({ min: 0, max: 10_000, noNaN: true }),
          }),
          compute: fc.record({ failureRatePerYear: fc.double({ min: 0, max: 2, noNaN: true }) }),
        }),
        (input) => {
          const { economics } = evaluateScenario(validateScenario(input));
          expect(JSON.stringify(economics)).not.toMatch(/NaN|null|Infinity/);
        },
      ),
      { numRuns: 80 },
    );
  });
});
