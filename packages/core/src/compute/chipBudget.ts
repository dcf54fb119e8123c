/** Power drawn on a satellite besides its accelerators. */
export interface ComputePowerBudget {
  /** Electrical power of the satellite, W. */
  readonly satellitePowerW: number;
  /** Power of one accelerator, W. */
  readonly chipPowerW: number;
  /** Host CPU, memory and network power per W of accelerator, dimensionless. */
  readonly hostOverheadFraction: number;
  /** Power of all optical inter-satellite terminals, W. */
  readonly opticalTerminalsPowerW: number;
  /** Bus avionics, attitude control and propulsion standby, W. */
  readonly avionicsPowerW: number;
  /** Pumps and heaters per W of the satellite's power, dimensionless. */
  readonly thermalControlFraction: number;
}

/**
 * Power left for accelerators and their hosts:
 * P_compute = P_sat (1 - f_thermal) - P_terminals - P_avionics, at least 0.
 * @param satellitePowerW P_sat, W: the budget's, or what a derated array carries
 * @returns power available to accelerators and hosts, W
 */
export function computePowerAvailableW(budget: ComputePowerBudget, satellitePowerW = budget.satellitePowerW): number {
  const available = satellitePowerW * (1 - budget.thermalControlFraction) - budget.opticalTerminalsPowerW - budget.avionicsPowerW;
  return available > 0 ? available : 0;
}

/**
 * Whole accelerators a satellite can power:
 * N = floor(P_compute / (P_chip (1 + f_host))), with P_compute from
 * `computePowerAvailableW`.
 * @returns accelerators per satellite, a whole number >= 0
 */
export function chipsPerSatellite(budget: ComputePowerBudget): number {
  return Math.floor(computePowerAvailableW(budget) / (budget.chipPowerW * (1 + budget.hostOverheadFraction)));
}
