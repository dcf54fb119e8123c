import { describe, expect, it } from 'vitest';
import { editorSections } from './editorFields.ts';

describe('editor fields', () => {
  const sections = editorSections();
  const field = (path: string) => sections.flatMap((s) => s.fields).find((f) => f.path === path);

  it('reads the altitude in km with the schema range 160 to 2000 km', () => {
    expect(field('orbit.altitudeKm')).toMatchObject({ unit: 'km', kind: 'number', minimum: 160, maximum: 2000 });
  });

  it('offers the launch cadence presets as choices', () => {
    expect(field('launch.cadence')?.options).toContain('suncatcher-200');
  });

  it('labels keys in words without their unit suffix', () => {
    expect(field('orbit.altitudeKm')?.label).toBe('altitude');
    expect(field('orbit.ltanHours')?.label).toBe('LTAN');
    expect(field('launch.referencePriceUsdPerKg')?.label).toBe('reference price');
    expect(field('ground.pue')?.label).toBe('PUE');
    expect(field('cluster.satellites')?.label).toBe('satellites');
  });

  it('offers links.spatialMimo, a boolean in the schema, as a checkbox field', () => {
    expect(field('links.spatialMimo')).toMatchObject({ kind: 'boolean', label: 'spatial mimo' });
  });

  it('groups fields by section, scenario-level fields first', () => {
    expect(sections[0]?.title).toBe('scenario');
    expect(sections.map((s) => s.title)).toEqual(expect.arrayContaining(['orbit', 'cluster', 'satellite', 'launch', 'ground']));
    expect(field('year')).toMatchObject({ kind: 'number', unit: '' });
  });
});
