import { radiatorAbsorbedFluxWPerM2, radiatorNetFluxWPerM2 } from '../thermal/radiator.ts';
import type { ResolvedSatelliteScenario } from '../resolve/satellite.ts';

/** `thermal`: the radiator that rejects the satellite's heat. */
export interface ThermalEvaluation {
  /** Heat rejected: all the satellite's electrical power, W. */
  readonly heatW: number;
  readonly radiatorTemperatureK: number;
  readonly radiatorSides: 1 | 2;
  /** View factor from a radiator face (edge-on to the Earth) to the Earth. */
  readonly earthViewFactor: number;
  /** Earth infrared and albedo absorbed per m^2 of face, W/m^2. */
  readonly absorbedWPerM2: number;
  /** Net heat rejected per m^2 of face, W/m^2. */
  readonly netRejectedWPerM2: number;
  readonly radiatorAreaM2: number;
  readonly radiatorKg: number;
}

/** The `thermal` block: the resolved radiator, its fluxes and area (all the electrical power ends as heat). */
export function evaluateThermal({ scenario, satellite: resolved }: ResolvedSatelliteScenario): ThermalEvaluation {
  const { surface, environment, sides, areaM2, massKg } = resolved.radiator;
  return {
    heatW: resolved.design.powerW,
    radiatorTemperatureK: scenario.satellite.radiatorTemperatureK,
    radiatorSides: sides,
    earthViewFactor: environment.earthViewFactor,
    absorbedWPerM2: radiatorAbsorbedFluxWPerM2(surface, environment),
    netRejectedWPerM2: radiatorNetFluxWPerM2(surface, environment),
    radiatorAreaM2: areaM2,
    radiatorKg: massKg,
  };
}
