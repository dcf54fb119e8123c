/** Masses of the subsystems a satellite carries besides its bus, kg. */
export interface PayloadMasses {
  readonly solarArrayKg: number;
  readonly batteryKg: number;
  readonly radiatorKg: number;
  readonly computeKg: number;
  readonly shieldingKg: number;
}

/**
 * Satellite mass from its subsystems, with the bus (structure, propulsion,
 * attitude control, avionics, harness) a fixed fraction of the total:
 * m = sum(m_i) / (1 - f_bus) (a mass-fraction budget as in Larson & Wertz,
 * *SMAD* 3rd ed., §10.3).
 * @param busMassFraction bus share of the satellite's mass, 0 to < 1
 * @returns satellite mass, kg
 */
export function satelliteMassKg(masses: PayloadMasses, busMassFraction: number): number {
  const payloadKg = masses.solarArrayKg + masses.batteryKg + masses.radiatorKg + masses.computeKg + masses.shieldingKg;
  return payloadKg / (1 - busMassFraction);
}

/**
 * Mass of an aluminium shield: m = rho t A.
 * @param thicknessM wall thickness, m
 * @param areaM2 shielded surface, m^2
 * @param densityKgPerM3 material density, kg/m^3
 * @returns shield mass, kg
 */
export function shieldMassKg(thicknessM: number, areaM2: number, densityKgPerM3: number): number {
  return densityKgPerM3 * thicknessM * areaM2;
}
