/**
 * The CZML export loaded by CesiumJS itself (@cesium/engine's CzmlDataSource,
 * in Node: only the DOM `Image` constructor its property table names is
 * stubbed; nothing is drawn). Cesium resolves the packets, the clock, the
 * Lagrange-interpolated positions, the shadow property and the link
 * polylines' references; the positions are compared with the model.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  clusterFormationDesign,
  formationEpoch,
  formationReferenceEci,
  loadScenario,
  modelEciToEme2000Rotation,
  rotateVector3,
  scenarioExportText,
} from '@solstice/core';

type CesiumModule = typeof import('@cesium/engine');
let Cesium: CesiumModule;

const scenario = loadScenario({ preset: 'suncatcher' }, ['cluster.satellites=5']);
const design = clusterFormationDesign(scenario);
const epoch = formationEpoch(scenario, design);

beforeAll(async () => {
  (globalThis as { Image?: unknown }).Image ??= class Image {};
  Cesium = await import('@cesium/engine');
}, 60_000);

describe('CZML in CesiumJS', () => {
  it('loads with its clock, the reference, every satellite and every link, and interpolates the reference to within 1 m of the model off the samples', async () => {
    const document = JSON.parse(scenarioExportText(scenario, 'czml'));
    const source = await Cesium.CzmlDataSource.load(document);
    const linkCount = document.filter((p: { polyline?: unknown }) => p.polyline).length;
    expect(linkCount).toBeGreaterThan(0);
    expect(source.entities.values).toHaveLength(1 + design.satellites + linkCount);
    expect(Cesium.JulianDate.toIso8601(source.clock.startTime, 0)).toBe(new Date(epoch.epochUnixS * 1_000).toISOString().replace('.000', ''));

    const reference = source.entities.getById('reference')!;
    // 630 s: between two 60 s samples.
    const tS = 630;
    const when = Cesium.JulianDate.fromDate(new Date((epoch.epochUnixS + tS) * 1_000));
    const inertial = (reference.position as InstanceType<CesiumModule['SampledPositionProperty']>).getValueInReferenceFrame(
      when,
      Cesium.ReferenceFrame.INERTIAL,
    )!;
    const model = rotateVector3(modelEciToEme2000Rotation(epoch.epochUnixS), formationReferenceEci(design, epoch, tS), 0, new Float64Array(3));
    expect(Math.hypot(inertial.x - model[0]!, inertial.y - model[1]!, inertial.z - model[2]!)).toBeLessThan(1);

    // The shadow property reads back as a boolean; a dawn-dusk orbit in January is sunlit.
    expect(reference.properties!.inEarthShadow.getValue(when)).toBe(false);

    // A link resolves to its two satellites' positions and carries a colour.
    const link = source.entities.values.find((e) => e.polyline)!;
    const ends = link.polyline!.positions!.getValue(when) as { x: number; y: number; z: number }[];
    expect(ends).toHaveLength(2);
    const [a, b] = link.id.replace('link-', '').split('-');
    for (const [end, id] of [
      [ends[0]!, a],
      [ends[1]!, b],
    ] as const) {
      const sat = source.entities.getById(`satellite-${id}`)!.position!.getValue(when)!;
      expect(Math.hypot(end.x - sat.x, end.y - sat.y, end.z - sat.z)).toBeLessThan(1e-6);
    }
    const colour = (link.polyline!.material as InstanceType<CesiumModule['ColorMaterialProperty']>).color!.getValue(when)!;
    expect(colour.alpha).toBe(1);
  });
});
