/**
 * The exchange formats read back by readers Solstice did not write:
 * - CCSDS OEM (502.0-B-3 KVN) by a strict reader written from the standard's
 *   grammar (test/helpers/ccsdsKvn.ts), interpolated off the grid with the
 *   Lagrange method the metadata names and compared with the integration;
 * - OMM JSON by satellite.js `json2satrec`, propagated with SGP4 next to the TLE;
 * - GeoJSON by @placemarkio/check-geojson (RFC 7946), the sub-satellite point
 *   against satellite.js `eciToGeodetic` (GMST of IAU-82, TEME);
 * - the EME2000 -> TEME rotation against satellite.js's TEME -> Earth-fixed
 *   (GMST) and astronomy-engine's EME2000 -> Earth-fixed (precession, nutation, GAST).
 */
import { check } from '@placemarkio/check-geojson';
import { eciToEcf, eciToGeodetic, gstime, json2satrec, propagate, twoline2satrec } from 'satellite.js';
import { describe, expect, it } from 'vitest';
import {
  clusterFormationDesign,
  betaAngleRad,
  cylindricalEclipseFraction,
  formationCzml,
  formationEpoch,
  formationEpochStatesEci,
  scenarioClusterNetworkInput,
  sunUnitVectorEqj,
  formationGroundTrack,
  formationOem,
  formationOmms,
  formationReferenceEci,
  formationTles,
  formatOmmKvn,
  integrateFormationEme2000,
  loadScenario,
  meanSunRightAscensionRad,
  modelEciToEarthFixedRotation,
  modelEciToEme2000Rotation,
  modelEciToTemeRotation,
  orbitalPeriodS,
  precessionRotation,
  rotateVector3,
  tleQuantisationBoundM,
} from '@solstice/core';
import { lagrangeInterpolate, parseKvnMessages, parseOemKvn } from '../helpers/ccsdsKvn.ts';

const scenario = loadScenario({ preset: 'suncatcher' }, ['cluster.satellites=13']);
const design = clusterFormationDesign(scenario);
const epoch = formationEpoch(scenario, design);
const BASE = scenario.cluster.tleCatalogNumberBase;

describe('CCSDS OEM', () => {
  const durationS = 6 * 3_600;
  const stepS = 60;
  const text = formationOem(design, epoch, { durationS, stepS, creationDateUnixS: epoch.epochUnixS, catalogNumberBase: BASE });
  const oem = parseOemKvn(text);

  it('parses with a strict 502.0-B-3 KVN reader: one segment per object, EME2000, UTC, Lagrange degree 7, km and km/s', () => {
    expect(oem.header.CCSDS_OEM_VERS).toBe('3.0');
    expect(oem.segments).toHaveLength(design.satellites + 1);
    for (const segment of oem.segments) {
      expect(segment.metadata).toMatchObject({ CENTER_NAME: 'EARTH', REF_FRAME: 'EME2000', TIME_SYSTEM: 'UTC', INTERPOLATION: 'LAGRANGE', INTERPOLATION_DEGREE: '7' });
      expect(segment.states).toHaveLength(durationS / stepS + 1);
      // km: a LEO radius of about 7,028 km (satellites within 1 km of it); km/s: about 7.5 km/s.
      expect(Math.abs(Math.hypot(...segment.states[0]!.slice(0, 3)) - 7_028.137)).toBeLessThan(1);
      expect(Math.hypot(...segment.states[0]!.slice(3))).toBeCloseTo(7.53, 1);
    }
    expect(oem.segments.map((s) => s.metadata.OBJECT_ID)).toEqual(Array.from({ length: 14 }, (_, k) => String(BASE + k)));
  });

  it('interpolates off the grid (Lagrange degree 7 over 60 s) to the integrated states within 1 cm and 10 micrometre/s (measured 2.6 mm, 2.9 micrometre/s)', () => {
    // Off-grid times: 37 s past every 20th state, plus near the ends.
    const offGrid = [20, ...Array.from({ length: 17 }, (_, k) => 37 + 1_200 * k), durationS - 23];
    let worstPositionM = 0;
    let worstVelocityMPerS = 0;
    integrateFormationEme2000(design, epoch, offGrid, (t, states) => {
      for (let k = 0; k <= design.satellites; k++) {
        const segment = oem.segments[k]!;
        const times = segment.epochsUnixS.map((u) => u - epoch.epochUnixS);
        const value = lagrangeInterpolate(times, segment.states, t, 7);
        const dp = Math.hypot(...[0, 1, 2].map((c) => value[c]! * 1_000 - states[6 * k + c]!));
        const dv = Math.hypot(...[3, 4, 5].map((c) => value[c]! * 1_000 - states[6 * k + c]!));
        worstPositionM = Math.max(worstPositionM, dp);
        worstVelocityMPerS = Math.max(worstVelocityMPerS, dv);
      }
    });
    expect(worstPositionM).toBeLessThan(0.01);
    expect(worstVelocityMPerS).toBeLessThan(1e-5);
  });

  it('writes the velocities of the integration, not differences: the central difference over +-60 s misses by v w^2 h^2 / 6 (5.2 m/s)', () => {
    const states = oem.segments[0]!.states;
    const central = [0, 1, 2].map((c) => ((states[2]![c]! - states[0]![c]!) / 120) * 1_000);
    const written = [3, 4, 5].map((c) => states[1]![c]! * 1_000);
    const gap = Math.hypot(...central.map((v, c) => v - written[c]!));
    // Circular motion: (r(t+h) - r(t-h)) / 2h = v sin(wh)/(wh), so the gap is v (1 - sin(wh)/(wh)) ~ v (wh)^2 / 6.
    const speed = Math.hypot(...written);
    const w = speed / (1_000 * Math.hypot(...states[1]!.slice(0, 3)));
    expect(gap / (speed * (1 - Math.sin(w * 60) / (w * 60)))).toBeCloseTo(1, 2);
  });

  it('starts from the states of the TLE and OMM exports, turned from the model ECI into EME2000', () => {
    const start = formationEpochStatesEci(design, epoch);
    const toEme2000 = modelEciToEme2000Rotation(epoch.epochUnixS);
    for (let k = 0; k <= design.satellites; k++) {
      const first = oem.segments[k]!.states[0]!;
      const expected = rotateVector3(toEme2000, start, 6 * k, new Float64Array(3));
      for (let c = 0; c < 3; c++) expect(first[c]! * 1_000).toBeCloseTo(expected[c]!, 2);
    }
  });
});

/** Rotation angle of a 3 x 3 rotation, arcsec: cos theta = (trace - 1) / 2. */
function angleArcsec(m: Float64Array): number {
  return (Math.acos(Math.min(1, (m[0]! + m[4]! + m[8]! - 1) / 2)) * 180 * 3_600) / Math.PI;
}

describe('model ECI (mean of epoch) to EME2000, TEME and Earth-fixed', () => {
  it('agrees with satellite.js (TEME, GMST of IAU-82) to 2 m (measured 0.5 to 1.2 m) on the reference position at four epochs', () => {
    for (const iso of ['2026-01-01T00:00:00Z', '2035-01-01T00:00:00Z', '2035-06-21T12:34:56Z', '2050-10-01T18:00:00Z']) {
      const unixS = Date.parse(iso) / 1_000;
      const position = formationReferenceEci(design, { ...epoch, epochUnixS: unixS }, 1_234);
      const teme = rotateVector3(modelEciToTemeRotation(unixS), position, 0, new Float64Array(3));
      const fixed = rotateVector3(modelEciToEarthFixedRotation(unixS, unixS), position, 0, new Float64Array(3));
      const viaSatelliteJs = eciToEcf({ x: teme[0]!, y: teme[1]!, z: teme[2]! }, gstime(new Date(unixS * 1_000)));
      const gap = Math.hypot(viaSatelliteJs.x - fixed[0]!, viaSatelliteJs.y - fixed[1]!, viaSatelliteJs.z - fixed[2]!);
      expect(gap, iso).toBeLessThan(2);
    }
  });

  it('precesses by 50.29 arcsec a year along the ecliptic (0.49 degrees in 2035), and astronomy-engine\'s precession-nutation differs from it by nutation only (under 25 arcsec)', () => {
    const unixS = Date.UTC(2035, 0, 1) / 1_000;
    expect(angleArcsec(precessionRotation(unixS)) / 3_600).toBeCloseTo((35.0 * 50.29) / 3_600, 2);
    // TEME from the model ECI is nutation plus the equation of the equinoxes: arcseconds, not the 0.49 degrees of precession.
    const toTeme = angleArcsec(modelEciToTemeRotation(unixS));
    expect(toTeme).toBeGreaterThan(1);
    expect(toTeme).toBeLessThan(25);
  });
});

describe('OMM', () => {
  const omms = formationOmms(design, epoch, BASE);
  const tles = formationTles(design, epoch, BASE);

  it('is read by satellite.js json2satrec for every object and lands where the TLE does, within the TLE quantisation bound (measured 10 m, bound 25 m over one orbit)', () => {
    const periodS = orbitalPeriodS(design.semiMajorAxisM);
    let worstM = 0;
    omms.forEach((omm, k) => {
      const fromOmm = json2satrec(omm);
      const fromTle = twoline2satrec(tles[k]!.line1, tles[k]!.line2);
      expect(fromOmm.error).toBe(0);
      for (let s = 0; s <= 12; s++) {
        const date = new Date((epoch.epochUnixS + (s * periodS) / 12) * 1_000);
        const a = propagate(fromOmm, date);
        const b = propagate(fromTle, date);
        if (!a || !b) throw new Error('SGP4 failed');
        worstM = Math.max(worstM, 1_000 * Math.hypot(a.position.x - b.position.x, a.position.y - b.position.y, a.position.z - b.position.z));
      }
    });
    // One object rounded once: half the pair bound.
    const boundM = tleQuantisationBoundM(design.semiMajorAxisM, periodS) / 2;
    expect(worstM).toBeLessThan(boundM);
    expect(worstM).toBeGreaterThan(0);
  });

  it('keeps the cluster geometry at the epoch to 2 m (the short-period terms SGP4 adds to osculating elements differ across the cluster)', () => {
    const start = formationEpochStatesEci(design, epoch);
    const toTeme = modelEciToTemeRotation(epoch.epochUnixS);
    const date = new Date(epoch.epochUnixS * 1_000);
    let worstM = 0;
    const ref = propagate(json2satrec(omms[0]!), date)!;
    for (let k = 1; k <= design.satellites; k++) {
      const pv = propagate(json2satrec(omms[k]!), date)!;
      const expected = rotateVector3(toTeme, [start[6 * k]! - start[0]!, start[6 * k + 1]! - start[1]!, start[6 * k + 2]! - start[2]!], 0, new Float64Array(3));
      const got = [pv.position.x - ref.position.x, pv.position.y - ref.position.y, pv.position.z - ref.position.z].map((v) => v * 1_000);
      worstM = Math.max(worstM, Math.hypot(got[0]! - expected[0]!, got[1]! - expected[1]!, got[2]! - expected[2]!));
    }
    expect(worstM).toBeLessThan(2.5);
  });

  it('writes the same elements as KVN with the frame stated (TEME, SGP4), read back by the strict KVN reader', () => {
    const messages = parseKvnMessages(formatOmmKvn(omms, epoch.epochUnixS), 'CCSDS_OMM_VERS');
    expect(messages).toHaveLength(omms.length);
    messages.forEach((m, k) => {
      expect(m).toMatchObject({ REF_FRAME: 'TEME', CENTER_NAME: 'EARTH', TIME_SYSTEM: 'UTC', MEAN_ELEMENT_THEORY: 'SGP4' });
      expect(Number(m.MEAN_MOTION)).toBe(omms[k]!.MEAN_MOTION);
      expect(Number(m.RA_OF_ASC_NODE)).toBe(omms[k]!.RA_OF_ASC_NODE);
    });
  });

  it('puts the node at the LTAN of the epoch: a later --epoch moves the node with the mean Sun', () => {
    const june = formationEpoch(scenario, design, Date.UTC(2035, 5, 21, 6) / 1_000);
    const [ref] = formationOmms(design, june, BASE);
    const [refJanuary] = omms;
    const expectedShiftDeg = ((meanSunRightAscensionRad(june.epochUnixS) - meanSunRightAscensionRad(epoch.epochUnixS)) * 180) / Math.PI;
    const shift = (((ref!.RA_OF_ASC_NODE - refJanuary!.RA_OF_ASC_NODE) % 360) + 360) % 360;
    // TEME of each epoch against the mean equinox of each: nutation moves the node by arcseconds.
    expect(Math.abs(shift - (((expectedShiftDeg % 360) + 360) % 360)) * 3_600).toBeLessThan(25);
    // The inclination is the model's to the tilt of the true pole from the mean pole (about 11 arcsec), at any epoch;
    // the EME2000 equator would move it by up to 0.19 degrees (precession since 2000).
    expect(Math.abs(ref!.INCLINATION - refJanuary!.INCLINATION) * 3_600).toBeLessThan(25);
    expect(ref!.EPOCH).toBe('2035-06-21T06:00:00.000000');
  });
});

describe('GeoJSON ground track', () => {
  const geojson = formationGroundTrack(design, epoch, { orbits: 3, name: 'suncatcher' });
  const text = JSON.stringify(geojson);

  it('passes @placemarkio/check-geojson (RFC 7946) and keeps every longitude within +-180 with lon, lat order', () => {
    const parsed = check(text) as unknown as { features: { geometry: { type: string; coordinates: unknown } }[] };
    const track = parsed.features[0]!.geometry;
    expect(track.type).toBe('MultiLineString');
    const parts = track.coordinates as [number, number][][];
    // Three orbits of a sun-synchronous track cross the antimeridian at least twice.
    expect(parts.length).toBeGreaterThanOrEqual(3);
    for (const part of parts) {
      for (const [lon, lat] of part) {
        expect(Math.abs(lon)).toBeLessThanOrEqual(180);
        // Latitude is bounded by the inclination's supplement: 180 - 97.9 = 82.1 degrees.
        expect(Math.abs(lat)).toBeLessThanOrEqual(82.2);
      }
    }
    for (let p = 1; p < parts.length; p++) {
      const end = parts[p - 1]!.at(-1)!;
      const start = parts[p]![0]!;
      expect(Math.abs(end[0])).toBe(180);
      expect(start[0]).toBe(-end[0]);
      expect(start[1]).toBe(end[1]);
    }
  });

  it('places the sub-satellite point where satellite.js eciToGeodetic does, within 0.005 degrees', () => {
    const point = (geojson.features as { geometry: { coordinates: [number, number] } }[])[1]!.geometry.coordinates;
    const position = formationReferenceEci(design, epoch, 0);
    const teme = rotateVector3(modelEciToTemeRotation(epoch.epochUnixS), position, 0, new Float64Array(3));
    const km = { x: teme[0]! / 1_000, y: teme[1]! / 1_000, z: teme[2]! / 1_000 };
    const geodetic = eciToGeodetic(km, gstime(new Date(epoch.epochUnixS * 1_000)));
    expect(point[0]).toBeCloseTo((geodetic.longitude * 180) / Math.PI, 2);
    expect(Math.abs(point[1] - (geodetic.latitude * 180) / Math.PI)).toBeLessThan(0.005);
  });
});

describe('CZML', () => {
  type Packet = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- CZML packets are free-form JSON
  const network = scenarioClusterNetworkInput(scenario);
  const czml = formationCzml(design, epoch, { stepS: 60, links: { graph: network.graph, link: network.link, plan: network.plan } }) as Packet[];

  it('draws every link as a polyline between two satellite packets, its colour sampled over the span from red (weak) to cyan (strongest)', () => {
    // The full 81-satellite cluster: with crosstalk-limited channels (issue 12) capacity is a step
    // function of distance, and the 13-satellite lattice's links all stay on one step over the orbit.
    const fullScenario = loadScenario({ preset: 'suncatcher' });
    const fullDesign = clusterFormationDesign(fullScenario);
    const fullNetwork = scenarioClusterNetworkInput(fullScenario);
    const fullCzml = formationCzml(fullDesign, epoch, { stepS: 60, links: { graph: fullNetwork.graph, link: fullNetwork.link, plan: fullNetwork.plan } }) as Packet[];
    const ids = new Set(fullCzml.map((p) => p.id));
    const links = fullCzml.filter((p) => p.polyline);
    expect(links).toHaveLength(fullNetwork.graph.linkCount);
    const periodS = orbitalPeriodS(fullDesign.semiMajorAxisM);
    let greenMin = 255;
    let greenMax = 0;
    for (const packet of links) {
      for (const ref of packet.polyline.positions.references as string[]) {
        const [id, property] = ref.split('#');
        expect(ids.has(id)).toBe(true);
        expect(property).toBe('position');
      }
      const rgba = packet.polyline.material.solidColor.color.rgba as number[];
      expect(rgba.length % 5).toBe(0);
      for (let k = 0; k < rgba.length; k += 5) {
        expect(rgba[k]).toBeGreaterThanOrEqual(0);
        expect(rgba[k]).toBeLessThanOrEqual(periodS + 1e-6);
        greenMin = Math.min(greenMin, rgba[k + 2]!);
        greenMax = Math.max(greenMax, rgba[k + 2]!);
      }
    }
    // The breathing cluster changes link lengths, so capacities (and colours) change; the strongest reaches cyan (green 230).
    expect(greenMax).toBe(230);
    expect(greenMin).toBeLessThan(greenMax);
  });

  it('has a document clock over the span and puts the reference where the OEM does at the epoch (same EME2000 frame, to 1 mm)', () => {
    expect(czml[0]!.clock.currentTime).toBe(`${isoUtcZ(epoch.epochUnixS)}`);
    const cartesian = czml[1]!.position.cartesian as number[];
    const oem = parseOemKvn(formationOem(design, epoch, { durationS: 600, stepS: 60, creationDateUnixS: 0, catalogNumberBase: BASE }));
    const first = oem.segments[0]!.states[0]!;
    for (let c = 0; c < 3; c++) expect(cartesian[1 + c]!).toBeCloseTo(first[c]! * 1_000, 3);
  });

  it('marks the Earth-shadow state so that a noon-midnight orbit spends the cylindrical-shadow fraction of its period in shadow (to 1 %)', () => {
    const noon = loadScenario({ preset: 'suncatcher' }, ['cluster.satellites=1', 'orbit.ltanHours=12']);
    const noonDesign = clusterFormationDesign(noon);
    const noonEpoch = formationEpoch(noon, noonDesign);
    const packets = formationCzml(noonDesign, noonEpoch, { stepS: 10 }) as Packet[];
    const runs = packets[1]!.properties.inEarthShadow as { interval: string; boolean: boolean }[];
    let shadowS = 0;
    let totalS = 0;
    for (const run of runs) {
      const [a, b] = run.interval.split('/').map((x) => Date.parse(x) / 1_000);
      totalS += b! - a!;
      if (run.boolean) shadowS += b! - a!;
    }
    const sun = sunUnitVectorEqj(noonEpoch.epochUnixS, new Float64Array(3));
    // The node in EME2000: the model node less the precession in right ascension (about 0.45 degrees by 2035) hardly moves beta.
    const beta = betaAngleRad(noonDesign.inclinationRad, noonEpoch.nodeRad, sun);
    const expected = cylindricalEclipseFraction(beta, noonDesign.semiMajorAxisM);
    expect(expected).toBeGreaterThan(0.3);
    expect(shadowS / totalS).toBeCloseTo(expected, 2);
  });
});

function isoUtcZ(unixS: number): string {
  return new Date(unixS * 1_000).toISOString();
}
