import { evaluateScenario, failedSatelliteTrackRic, loadQuantityUnits, validateScenario } from '@solstice/core';
import { describe, expect, it } from 'vitest';
import baseline from '../../../../scenarios/suncatcher.json' with { type: 'json' };
import conservative from '../../../../scenarios/conservative-2030.json' with { type: 'json' };
import { decodeScenarioFragment, encodeScenarioFragment } from '../share.ts';
import { createAppStore } from './appStore.ts';
import { caseFromValue, valueAtPath } from './scenarioSlice.ts';
import { MAX_FRAME_STEP_S, yearLengthS } from './simulationSlice.ts';
import { parseViewParams } from './viewSlice.ts';

function makeStore(reducedMotion = false) {
  const initial = caseFromValue(baseline);
  if (!initial.ok) throw new Error('baseline must validate');
  return createAppStore({ scenario: initial.value, view: parseViewParams(''), reducedMotion });
}

describe('scenario slice', () => {
  it('evaluates an edited altitude of 700 km exactly as core does for the same override', () => {
    const store = makeStore();
    expect(store.getState().setField('orbit.altitudeKm', '700')).toBe(true);
    const expected = evaluateScenario(validateScenario({ ...baseline, orbit: { ...baseline.orbit, altitudeKm: 700 } }));
    expect(store.getState().current.evaluation).toEqual(expected);
  });

  it('accepts a quantity string such as "0.7 Mm" and converts it to km, loading the unit library on demand', async () => {
    const store = makeStore();
    store.getState().setField('orbit.altitudeKm', '0.7 Mm');
    await loadQuantityUnits();
    await new Promise((resume) => setTimeout(resume, 0));
    expect(store.getState().current.scenario.orbit.altitudeKm).toBeCloseTo(700, 9);
    expect(store.getState().setField('orbit.altitudeKm', '0.8 Mm')).toBe(true);
    expect(store.getState().current.scenario.orbit.altitudeKm).toBeCloseTo(800, 9);
  });

  it('keeps the last valid scenario when an altitude of 5 km is refused, and shows the range', () => {
    const store = makeStore();
    const before = store.getState().current;
    expect(store.getState().setField('orbit.altitudeKm', '5')).toBe(false);
    expect(store.getState().current).toBe(before);
    expect(store.getState().fieldErrors['orbit.altitudeKm']).toMatch(/out of range \(160 to 2000 km\)/);
    expect(store.getState().drafts['orbit.altitudeKm']).toBe('5');
  });

  it('clears a field error once the field is valid again', () => {
    const store = makeStore();
    store.getState().setField('satellite.massKg', 'heavy');
    expect(store.getState().fieldErrors['satellite.massKg']).toBeDefined();
    store.getState().setField('satellite.massKg', '600');
    expect(store.getState().fieldErrors['satellite.massKg']).toBeUndefined();
    expect(store.getState().current.scenario.satellite.massKg).toBe(600);
  });

  it('toggles links.spatialMimo from the checkbox and raises the weakest link from 38.4 to 240 Tbps, as core does', () => {
    const store = makeStore();
    const before = store.getState().current.evaluation.links.neighbourCapacityMinBps;
    expect(store.getState().current.scenario.links.spatialMimo).toBe(false);
    expect(store.getState().setField('links.spatialMimo', 'true', 'boolean')).toBe(true);
    expect(store.getState().current.raw).toMatchObject({ links: { spatialMimo: true } });
    const after = store.getState().current.evaluation.links.neighbourCapacityMinBps;
    const expected = evaluateScenario(validateScenario({ ...baseline, links: { spatialMimo: true } }));
    expect(after).toBe(expected.links.neighbourCapacityMinBps);
    expect(before / 1e12).toBeCloseTo(38.4, 6);
    expect(after / 1e12).toBeCloseTo(240, 6);
    expect(store.getState().setField('links.spatialMimo', 'false', 'boolean')).toBe(true);
    expect(store.getState().current.evaluation.links.neighbourCapacityMinBps).toBe(before);
    // Anything but true/false reaches the schema, which refuses it and keeps the scenario.
    expect(store.getState().setField('links.spatialMimo', 'yes', 'boolean')).toBe(false);
    expect(store.getState().fieldErrors['links.spatialMimo']).toBeDefined();
  });

  it('keeps a name typed as digits a string, and treats an emptied field as its default', () => {
    const store = makeStore();
    expect(store.getState().setField('name', '123', 'text')).toBe(true);
    expect(store.getState().current.scenario.name).toBe('123');
    expect(store.getState().setField('ground.pue', '', 'number')).toBe(true);
    expect(valueAtPath(store.getState().current.raw, 'ground.pue')).toBeUndefined();
    expect(store.getState().current.scenario.ground.pue).toBe(1.1);
  });

  it('refuses a bad import with the schema message and keeps the state', () => {
    const store = makeStore();
    const before = store.getState().current;
    expect(store.getState().importScenarioText('{"orbit": {"altitudeKm": -5}}', 'bad.json')).toBe(false);
    expect(store.getState().current).toBe(before);
    expect(store.getState().importProblems?.[0]?.message).toMatch(/bad\.json: -5 is out of range/);
    expect(store.getState().importScenarioText('not json', 'broken.json')).toBe(false);
    expect(store.getState().importProblems?.[0]?.message).toMatch(/is not valid JSON/);
  });

  it('imports a valid file, replacing the scenario and clearing problems', () => {
    const store = makeStore();
    store.getState().importScenarioText('nope', 'x.json');
    expect(store.getState().importScenarioText(JSON.stringify(conservative), 'conservative-2030.json')).toBe(true);
    expect(store.getState().current.scenario.year).toBe(2030);
    expect(store.getState().importProblems).toBeNull();
  });

  it('pins A as B for comparison and swaps them', () => {
    const store = makeStore();
    store.getState().setComparison();
    store.getState().setField('year', '2040');
    expect(store.getState().comparison?.scenario.year).toBe(2035);
    store.getState().swapComparison();
    expect(store.getState().current.scenario.year).toBe(2035);
    expect(store.getState().comparison?.scenario.year).toBe(2040);
  });
});

describe('simulation slice', () => {
  it('advances time by step x speed seconds only while playing', () => {
    const store = makeStore();
    store.getState().setSpeed(100);
    store.getState().advance(0.1);
    expect(store.getState().timeS).toBeCloseTo(10, 9);
    store.getState().setPlaying(false);
    store.getState().advance(0.1);
    expect(store.getState().timeS).toBeCloseTo(10, 9);
  });

  it(`caps one frame's real step at ${MAX_FRAME_STEP_S} s`, () => {
    const store = makeStore();
    store.getState().setSpeed(1);
    store.getState().advance(10);
    expect(store.getState().timeS).toBe(MAX_FRAME_STEP_S);
  });

  it('wraps scrubbing around the 365-day year of 2035', () => {
    const store = makeStore();
    store.getState().scrubBy(-60);
    expect(store.getState().timeS).toBe(yearLengthS(2035) - 60);
    expect(yearLengthS(2035)).toBe(365 * 86_400);
  });

  it('starts paused when the user prefers reduced motion', () => {
    expect(makeStore(true).getState().playing).toBe(false);
    expect(makeStore(false).getState().playing).toBe(true);
  });

  it('steps the speed along 1, 10, 100, 1000, 10000 and stops at the ends', () => {
    const store = makeStore();
    store.getState().setSpeed(10_000);
    store.getState().stepSpeed(1);
    expect(store.getState().speed).toBe(10_000);
    store.getState().stepSpeed(-1);
    expect(store.getState().speed).toBe(1_000);
  });
});

describe('view parameters and sharing', () => {
  it('reads ?clusters=124&stats=1 and refuses nonsense cluster counts', () => {
    expect(parseViewParams('?clusters=124&stats=1')).toEqual({ clusters: 124, stats: true, camera: 'earth' });
    expect(parseViewParams('?clusters=-3').clusters).toBe(1);
    expect(parseViewParams('?clusters=1e9').clusters).toBe(200);
  });

  it('shows the failed-satellite case only when toggled, and core draws its track (the default failed satellite falls behind over 3 days)', () => {
    const store = makeStore();
    expect(store.getState().failedSatellite).toBe(false);
    store.getState().setFailedSatellite(true);
    expect(store.getState().failedSatellite).toBe(true);
    const track = failedSatelliteTrackRic(store.getState().current.scenario, 3, 50);
    expect(track.positionsRicM).toHaveLength(150);
    // -(3/2) f t^2 after 3 days at f = 1.1e-8 m/s^2 is about 1.1 km behind its slot.
    expect(track.positionsRicM[3 * 49 + 1]!).toBeLessThan(-500);
    store.getState().setFailedSatellite(false);
    expect(store.getState().failedSatellite).toBe(false);
  });

  it('round-trips a scenario with non-ASCII text through the shared fragment', () => {
    const raw = { ...baseline, name: 'Agüera y Arcas – 650 km' };
    const decoded = decodeScenarioFragment(encodeScenarioFragment(raw));
    expect(decoded && 'text' in decoded ? JSON.parse(decoded.text) : undefined).toEqual(raw);
  });

  it('reports a damaged fragment instead of throwing, and ignores a fragment without a scenario', () => {
    expect(decodeScenarioFragment('#scenario=%%%')).toEqual({ error: expect.stringMatching(/damaged/) });
    expect(decodeScenarioFragment('#other=1')).toBeUndefined();
  });
});
