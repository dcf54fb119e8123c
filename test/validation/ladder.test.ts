/**
 * The ladder to viability and the ground baselines (issue 18), checked against
 * an independent path: `evaluateEconomics` (what `solstice eval` prints) of the
 * scenario with every lever value, or a preset's fields, set at once, and
 * closed forms of the preset formulas worked by hand from seeds/ground-baselines.json.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compareGround,
  costSnapshot,
  evaluateEconomics,
  evaluateScenario,
  GROUND_STATIONS,
  gasCarbonKgPerKwh,
  gasElectricityUsdPerKwh,
  GROUND_BASELINE_IDS,
  LADDER_LEVER_IDS,
  ladderLevers,
  ladderToViability,
  withEveryReferenceStation,
  queueDelayedCapexUsdPerKw,
  scenarioWithGroundBaseline,
  validateScenario,
  type Scenario,
} from '@solstice/core';

const scenarioDir = resolve(import.meta.dirname, '../../scenarios');
const shipped = (name: string): Scenario => validateScenario(JSON.parse(readFileSync(resolve(scenarioDir, `${name}.json`), 'utf8')));
const SCENARIOS = ['suncatcher', 'conservative-2030', 'optimistic-2040'].map((name) => ({ name, scenario: shipped(name) }));
/** A satellite sized from its array (no fixed mass), so the array and radiator levers move the cost. */
const DERIVED_MASS = validateScenario({ satellite: { solarArrayM2: 100, lifetimeYears: 5 }, year: 2035 });

const relative = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);

describe('ladder to viability', () => {
  const RICH = SCENARIOS.map(({ name, scenario }) => ({ name: `${name}, rich inference`, scenario: validateScenario({ ...scenario, workload: { kind: 'rich-inference' } }) }));
  it.each([...SCENARIOS, ...RICH])('the last rung of $name equals evaluating the scenario with every lever set at once (evaluateEconomics and the delivered waterfall of evaluateScenario, rtol 1e-12)', ({ scenario }) => {
    const ladder = ladderToViability(scenario);
    const last = ladder.rows.at(-1)!;
    const rungs = ladder.rows.slice(1).filter((row) => !row.path!.startsWith('downlink.'));
    const paths = rungs.map((row) => row.path!.split('.'));
    const edited = structuredClone(scenario) as unknown as Record<string, Record<string, unknown>>;
    rungs.forEach((row, index) => {
      const [section, field] = paths[index] as [string, string];
      edited[section]![field] = row.toValue!;
    });
    // The ground segment at its bounds, written out: every seeded station (the scenario has the first three), relayed.
    edited.downlink = { ...edited.downlink, stations: Object.keys(GROUND_STATIONS), relay: 'constellation' };
    const all = validateScenario(edited);
    const evaluation = evaluateEconomics(all);
    expect(relative(last.orbitalUsdPerKwYear, evaluation.orbitalUsdPerKwYear)).toBeLessThan(1e-12);
    expect(relative(last.groundUsdPerKwYear, evaluation.groundUsdPerKwYear)).toBeLessThan(1e-12);
    expect(relative(last.orbitalUsdPerEflop, evaluation.orbitalUsdPerEflop)).toBeLessThan(1e-12);
    expect(relative(last.orbitToGroundCostRatio, evaluation.orbitToGroundCostRatio)).toBeLessThan(1e-12);
    const { delivered } = evaluateScenario(all);
    expect(relative(last.downlinkFactor, delivered.factorValues.downlink)).toBeLessThan(1e-12);
    expect(relative(last.orbitalUsdPerDeliveredEflop, evaluation.orbitalUsdPerEflop / delivered.factorValues.downlink)).toBeLessThan(1e-12);
    expect(relative(last.orbitToGroundDeliveredCostRatio, evaluation.orbitToGroundCostRatio / delivered.factorValues.downlink)).toBeLessThan(1e-12);
  });

  it('the first rung is the scenario as given: evaluateEconomics of suncatcher 2035 (20,917 / 10,510 USD per kW-year)', () => {
    const { scenario } = SCENARIOS[0]!;
    const first = ladderToViability(scenario).rows[0]!;
    const evaluation = evaluateEconomics(scenario);
    expect(first.orbitalUsdPerKwYear).toBeCloseTo(evaluation.orbitalUsdPerKwYear, 6);
    expect(first.orbitalUsdPerKwYear).toBeCloseTo(20_917, -1);
    expect(first.groundUsdPerKwYear).toBeCloseTo(10_510, -1);
  });

  it('no rung raises the orbital cost per delivered kW-year or per EFLOP, in any lever order, on every shipped scenario and a derived-mass satellite (fast-check)', () => {
    const scenarios = [...SCENARIOS.map(({ scenario }) => scenario), DERIVED_MASS, RICH[0]!.scenario];
    fc.assert(
      fc.property(fc.shuffledSubarray([...LADDER_LEVER_IDS], { minLength: LADDER_LEVER_IDS.length }), fc.integer({ min: 0, max: scenarios.length - 1 }), fc.integer({ min: 2026, max: 2060 }), (order, index, year) => {
        const { rows } = ladderToViability(scenarios[index]!, year, order);
        for (let i = 1; i < rows.length; i++) {
          expect(rows[i]!.orbitalUsdPerKwYear).toBeLessThanOrEqual(rows[i - 1]!.orbitalUsdPerKwYear * (1 + 1e-12));
          expect(rows[i]!.orbitalUsdPerEflop).toBeLessThanOrEqual(rows[i - 1]!.orbitalUsdPerEflop * (1 + 1e-12));
          // The ground-segment rungs never lower the downlink factor nor raise the cost per EFLOP reaching Earth.
          if (rows[i]!.path!.startsWith('downlink.')) {
            expect(rows[i]!.downlinkFactor).toBeGreaterThanOrEqual(rows[i - 1]!.downlinkFactor);
            expect(rows[i]!.orbitalUsdPerDeliveredEflop).toBeLessThanOrEqual(rows[i - 1]!.orbitalUsdPerDeliveredEflop * (1 + 1e-12));
          }
        }
      }),
      { numRuns: 40, seed: 18 },
    );
  });

  it('the top rung does not depend on the order the levers are applied (fast-check, rtol 1e-12)', () => {
    const reference = ladderToViability(DERIVED_MASS).rows.at(-1)!;
    fc.assert(
      fc.property(fc.shuffledSubarray([...LADDER_LEVER_IDS], { minLength: LADDER_LEVER_IDS.length }), (order) => {
        const last = ladderToViability(DERIVED_MASS, DERIVED_MASS.year, order).rows.at(-1)!;
        expect(relative(last.orbitalUsdPerEflop, reference.orbitalUsdPerEflop)).toBeLessThan(1e-12);
      }),
      { numRuns: 20, seed: 18 },
    );
  });

  it('lighter arrays and radiators lower the cost of a satellite sized from its array, and leave a fixed-mass satellite unchanged (marked inert)', () => {
    const derived = ladderToViability(DERIVED_MASS, 2035, ['array-specific-power', 'radiator-areal-density']).rows;
    expect(derived[1]!.orbitalUsdPerKwYear).toBeLessThan(derived[0]!.orbitalUsdPerKwYear * 0.999);
    expect(derived[2]!.orbitalUsdPerKwYear).toBeLessThan(derived[1]!.orbitalUsdPerKwYear * 0.999);
    const fixed = ladderToViability(SCENARIOS[0]!.scenario, 2035, ['array-specific-power', 'radiator-areal-density']).rows;
    expect(fixed[2]!.orbitalUsdPerKwYear).toBe(fixed[0]!.orbitalUsdPerKwYear);
    expect(fixed[1]!.inert).toMatch(/massKg/);
  });

  it('the array lever sets the areal density that gives 200 W/kg at AM0: rho = 1361 W/m^2 x eta / 200 W/kg', () => {
    const row = ladderToViability(DERIVED_MASS, 2035, ['array-specific-power']).rows[1]!;
    expect(row.toValue).toBeCloseTo((1361 * DERIVED_MASS.satellite.cellEfficiency) / 200, 12);
  });

  it('a lever already past its bound stays where it is (a fixed 40 USD/kg launch price is kept, not raised to 100)', () => {
    const scenario = validateScenario({ ...SCENARIOS[0]!.scenario, launch: { ...SCENARIOS[0]!.scenario.launch, priceUsdPerKg: 40 } });
    const row = ladderToViability(scenario, 2035, ['launch-price']).rows[1]!;
    expect(row.fromValue).toBe(40);
    expect(row.toValue).toBe(40);
  });

  it("each lever's solved value, where one exists, makes orbit cost what ground does (rtol 1e-6); the utilisation lever never closes the gap (both sides per EFLOP scale alike)", () => {
    const { alone } = ladderToViability(SCENARIOS[0]!.scenario, 2035, LADDER_LEVER_IDS, { alone: true });
    expect(alone).toHaveLength(LADDER_LEVER_IDS.length);
    for (const lever of alone!) {
      if (lever.solve?.found) expect(relative(lever.solve.orbitalUsdPerKwYear, lever.solve.groundUsdPerKwYear)).toBeLessThan(1e-6);
    }
    const utilisation = alone!.find((lever) => lever.lever === 'utilization')!;
    expect(utilisation.solve!.found).toBe(false);
    // The ground-segment levers are discrete: no root search.
    expect(alone!.filter((lever) => lever.solve === undefined).map((lever) => lever.lever)).toEqual(['ground-stations', 'relay']);
    expect(utilisation.atBound.orbitToGroundCostRatio).toBeCloseTo(ladderToViability(SCENARIOS[0]!.scenario).rows[0]!.orbitToGroundCostRatio, 12);
  });
});

describe('ladder with the ground segment (downlink levers)', () => {
  const base = SCENARIOS[0]!.scenario;
  const kinds = ['training', 'text-inference', 'rich-inference'] as const;
  const ladders = Object.fromEntries(kinds.map((kind) => [kind, ladderToViability(validateScenario({ ...base, workload: { kind } }), 2035, ['ground-stations', 'relay'])])) as Record<(typeof kinds)[number], ReturnType<typeof ladderToViability>>;

  it('the binding constraint depends on the workload: utilisation for training and text, the downlink for rich inference (suncatcher 2035)', () => {
    const binding = kinds.map((kind) => evaluateScenario(validateScenario({ ...base, workload: { kind } })).delivered.bindingConstraint);
    expect(binding).toEqual(['utilization', 'utilization', 'downlink']);
  });

  it('one more station raises rich inference downlink factor by the year-average rate ratio (3.27 / 2.86 Gb/s, docs/downlink.md) and lowers its cost per EFLOP reaching Earth as much; text and training, not downlink-bound, are unchanged', () => {
    const [asGiven, stations, relay] = ladders['rich-inference'].rows;
    expect(stations!.fromValue).toBe(3);
    expect(stations!.toValue).toBe(4);
    const rateRatio = stations!.downlinkFactor / asGiven!.downlinkFactor;
    expect(rateRatio).toBeGreaterThan(1.1);
    expect(rateRatio).toBeLessThan(1.2);
    expect(relative(asGiven!.orbitalUsdPerDeliveredEflop / stations!.orbitalUsdPerDeliveredEflop, rateRatio)).toBeLessThan(1e-12);
    // The relay moves neither the rate nor the cost: it is marked inert.
    expect(relay!.downlinkFactor).toBe(stations!.downlinkFactor);
    expect(relay!.inert).toMatch(/relay/);
    for (const kind of ['training', 'text-inference'] as const) {
      const rows = ladders[kind].rows;
      for (const row of rows) {
        expect(row.downlinkFactor).toBe(1);
        expect(relative(row.orbitToGroundDeliveredCostRatio, rows[0]!.orbitToGroundCostRatio)).toBeLessThan(1e-14);
      }
    }
  });

  it('the downlink-free figures keep their meaning: the downlink levers leave orbitalUsdPerKwYear and orbitToGroundCostRatio unchanged', () => {
    const rows = ladders['rich-inference'].rows;
    for (const row of rows) {
      expect(row.orbitalUsdPerKwYear).toBe(rows[0]!.orbitalUsdPerKwYear);
      expect(row.orbitToGroundCostRatio).toBe(rows[0]!.orbitToGroundCostRatio);
    }
    expect(rows[0]!.orbitToGroundDeliveredCostRatio).toBeGreaterThan(20 * rows[0]!.orbitToGroundCostRatio);
  });

  it('the ground-station bound is every station seeded (seeds/ladder.json agrees with seeds/downlink.json), never fewer than the scenario has', () => {
    expect(ladderLevers(base).find((lever) => lever.id === 'ground-stations')!.bound).toBe(Object.keys(GROUND_STATIONS).length);
    const own = validateScenario({ ...base, downlink: { stations: ['mt-graham', { name: 'Elsewhere', latitudeDeg: 0, longitudeDeg: 0, clearSkyProbability: 0.5 }] } });
    const moved = withEveryReferenceStation(own);
    expect(moved.from).toBe(2);
    expect(moved.to).toBe(5);
    expect(withEveryReferenceStation(moved.scenario).to).toBe(5);
  });
});

describe('ground baselines', () => {
  const { scenario } = SCENARIOS[0]!;
  const ground = (id: (typeof GROUND_BASELINE_IDS)[number]): Scenario['ground'] => scenarioWithGroundBaseline(scenario, id).ground;

  it('hyperscale grid reproduces its cited inputs: PUE 1.10 (Google 2023), 0.080 USD/kWh (EIA 2023), 11,000 USD/kW (Cushman & Wakefield 2024), 0.369 kg/kWh (Ember 2023)', () => {
    expect(ground('hyperscale-grid')).toMatchObject({ pue: 1.1, electricityUsdPerKwh: 0.08, facilityCapexUsdPerKw: 11_000, gridCarbonKgPerKwh: 0.369 });
  });

  it('gas-backed reproduces McCalip and EPA: 4.30 USD/MMBtu x 6,200 BTU/kWh = 0.02666 USD/kWh, 53.06 kg/MMBtu x 6,200 = 0.3290 kg/kWh, 10,000 + 1,800 x 1.2 = 12,160 USD/kW', () => {
    const gas = ground('gas-backed');
    expect(gas.electricityUsdPerKwh).toBeCloseTo(0.02666, 12);
    expect(gas.gridCarbonKgPerKwh).toBeCloseTo(0.328972, 12);
    expect(gas.facilityCapexUsdPerKw).toBeCloseTo(12_160, 9);
    expect(gas.pue).toBe(1.2);
    expect(gas.electricityPriceChangePerYear).toBe(0);
  });

  it('constrained grid carries the build cost 5 years (LBNL 2024) at 8 %: 10,000 x 1.08^5 = 14,693.28 USD/kW, electricity untouched', () => {
    const constrained = ground('constrained-grid');
    expect(constrained.facilityCapexUsdPerKw).toBeCloseTo(14_693.28077, 4);
    expect(constrained.electricityUsdPerKwh).toBe(scenario.ground.electricityUsdPerKwh);
    expect(queueDelayedCapexUsdPerKw(10_000, 5, 0)).toBe(10_000);
  });

  it('renewables plus storage: 0.135 USD/kWh (Lazard 2024 midpoint of 60-210 USD/MWh), 0.048 kg/kWh (IPCC AR5 utility PV)', () => {
    expect(ground('renewable-storage')).toMatchObject({ electricityUsdPerKwh: 0.135, gridCarbonKgPerKwh: 0.048 });
  });

  it('gas formulas are linear in the heat rate and vanish with it', () => {
    expect(gasElectricityUsdPerKwh(4.3, 0)).toBe(0);
    expect(gasElectricityUsdPerKwh(4.3, 12_400)).toBeCloseTo(2 * gasElectricityUsdPerKwh(4.3, 6_200), 15);
    expect(gasCarbonKgPerKwh(53.06, 12_400)).toBeCloseTo(2 * gasCarbonKgPerKwh(53.06, 6_200), 15);
  });

  it.each(SCENARIOS)('compare on $name ranks the grounds as evaluateEconomics prices them, cheapest first, with the same orbit in every row', ({ scenario: s }) => {
    const comparison = compareGround(s, GROUND_BASELINE_IDS);
    expect(comparison.rows).toHaveLength(GROUND_BASELINE_IDS.length + 1);
    const orbit = evaluateEconomics(s).orbitalUsdPerEflop;
    for (const row of comparison.rows) {
      const evaluated = evaluateEconomics(row.baseline === 'scenario' ? s : scenarioWithGroundBaseline(s, row.baseline));
      expect(relative(row.groundUsdPerEflop, evaluated.groundUsdPerEflop)).toBeLessThan(1e-12);
      expect(relative(row.orbitToGroundCostRatio, evaluated.orbitToGroundCostRatio)).toBeLessThan(1e-12);
      expect(relative(row.orbitalUsdPerEflop, orbit)).toBeLessThan(1e-12);
    }
    const ranked = comparison.rows.map((row) => row.groundUsdPerEflop);
    expect(ranked).toEqual([...ranked].sort((a, b) => a - b));
    expect(comparison.rows.map((row) => row.rank)).toEqual(comparison.rows.map((_, index) => index + 1));
    // Cheapest ground first means the orbit/ground ratio falls down the table.
    const ratios = comparison.rows.map((row) => row.orbitToGroundCostRatio);
    expect(ratios).toEqual([...ratios].sort((a, b) => b - a));
  });

  it('the scenario row of compare is costSnapshot of the scenario itself', () => {
    const row = compareGround(scenario, []).rows[0]!;
    expect(row.groundUsdPerKwYear).toBe(costSnapshot(scenario).groundUsdPerKwYear);
  });
});
