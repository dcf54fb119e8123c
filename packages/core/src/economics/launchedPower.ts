import { W_PER_KW } from '../constants.ts';

/**
 * Launched-power price: the launch cost of a satellite spread over the power
 * it supplies and its life, mass x launch price / (power x lifetime)
 * (Suncatcher paper, Table 1). Money flows are per year, the unit of every
 * economic figure in Solstice.
 * @param massKg satellite mass, kg
 * @param launchPriceUsdPerKg launch price, USD/kg
 * @param powerW satellite power, W
 * @param lifetimeYears operating life, years
 * @returns USD per kW per year
 */
export function launchedPowerUsdPerKwYear(
  massKg: number,
  launchPriceUsdPerKg: number,
  powerW: number,
  lifetimeYears: number,
): number {
  return (massKg * launchPriceUsdPerKg) / ((powerW / W_PER_KW) * lifetimeYears);
}
