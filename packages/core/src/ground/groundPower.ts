import { HOURS_PER_COMMERCIAL_YEAR } from '../constants.ts';

/**
 * Yearly cost of one kilowatt of IT load in a ground datacenter: electricity
 * price x 8,760 h x PUE (the Suncatcher paper's US band, 570-3,000 USD/kW/y
 * for 0.06-0.25 USD/kWh and PUE 1.09-1.4).
 * @param electricityUsdPerKwh grid electricity price, USD/kWh
 * @param powerUsageEffectiveness facility power / IT power, >= 1
 * @returns USD per kW of IT load per year
 */
export function groundPowerUsdPerKwYear(electricityUsdPerKwh: number, powerUsageEffectiveness: number): number {
  return electricityUsdPerKwh * HOURS_PER_COMMERCIAL_YEAR * powerUsageEffectiveness;
}
