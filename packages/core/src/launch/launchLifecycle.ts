/**
 * Inputs of the launch lifecycle model for a methane-oxygen launcher (the
 * Starship figures of `seeds/launch.json`), all per flight, in SI units.
 */
export interface LaunchLifecycleInputs {
  /** Propellant loaded for one flight, fuel plus oxidiser, kg. */
  readonly propellantKg: number;
  /** Oxidiser-to-fuel mass ratio, dimensionless (Raptor: 3.6). */
  readonly oxidiserToFuelRatio: number;
  /** Payload delivered to orbit per flight, kg. */
  readonly payloadKg: number;
  /** CO2 emitted by burning 1 kg of methane, kg/kg (stoichiometric 44.01 / 16.04). */
  readonly co2PerKgFuel: number;
  /** Upstream emissions of producing 1 kg of fuel, kgCO2e/kg. */
  readonly fuelUpstreamKgCo2ePerKg: number;
  /** Lower heating value of the fuel, J/kg (its primary energy). */
  readonly fuelEnergyJPerKg: number;
  /** Electricity to produce 1 kg of liquid oxidiser, J/kg. */
  readonly oxidiserElectricityJPerKg: number;
  /** Carbon intensity of that electricity, kgCO2e/J. */
  readonly electricityKgCo2ePerJ: number;
  /** Dry mass of the vehicle (all stages), kg. */
  readonly vehicleDryMassKg: number;
  /** Embodied energy of the vehicle's material, J/kg. */
  readonly vehicleEmbodiedJPerKg: number;
  /** Embodied carbon of the vehicle's material, kgCO2e/kg. */
  readonly vehicleEmbodiedKgCo2ePerKg: number;
  /** Flights each vehicle makes before it is retired. */
  readonly flightsPerVehicle: number;
}

function propellantSplitKg(inputs: LaunchLifecycleInputs): { fuelKg: number; oxidiserKg: number } {
  const fuelKg = inputs.propellantKg / (1 + inputs.oxidiserToFuelRatio);
  return { fuelKg, oxidiserKg: inputs.propellantKg - fuelKg };
}

/**
 * Lifecycle energy of launching 1 kg to orbit: fuel primary energy (LHV x
 * fuel mass) + oxidiser liquefaction electricity + vehicle production amortised
 * over its flights, all divided by the payload:
 * E = (m_f LHV + m_ox e_ox + m_dry e_veh / n_flights) / m_payload,
 * with m_f = m_prop / (1 + O/F).
 * @returns J per kg of payload
 */
export function launchLifecycleEnergyJPerKg(inputs: LaunchLifecycleInputs): number {
  const { fuelKg, oxidiserKg } = propellantSplitKg(inputs);
  const perFlightJ =
    fuelKg * inputs.fuelEnergyJPerKg +
    oxidiserKg * inputs.oxidiserElectricityJPerKg +
    (inputs.vehicleDryMassKg * inputs.vehicleEmbodiedJPerKg) / inputs.flightsPerVehicle;
  return perFlightJ / inputs.payloadKg;
}

/**
 * Lifecycle emissions of launching 1 kg to orbit: fuel combustion CO2 and
 * upstream emissions + oxidiser electricity x grid intensity + vehicle
 * production amortised over its flights, per kg of payload:
 * C = (m_f (c_burn + c_up) + m_ox e_ox I_grid + m_dry c_veh / n_flights) / m_payload.
 * Water vapour, soot and alumina in the upper atmosphere are not counted
 * (their radiative forcing per flight is uncertain; see README).
 * @returns kgCO2e per kg of payload
 */
export function launchLifecycleCarbonKgPerKg(inputs: LaunchLifecycleInputs): number {
  const { fuelKg, oxidiserKg } = propellantSplitKg(inputs);
  const perFlightKg =
    fuelKg * (inputs.co2PerKgFuel + inputs.fuelUpstreamKgCo2ePerKg) +
    oxidiserKg * inputs.oxidiserElectricityJPerKg * inputs.electricityKgCo2ePerJ +
    (inputs.vehicleDryMassKg * inputs.vehicleEmbodiedKgCo2ePerKg) / inputs.flightsPerVehicle;
  return perFlightKg / inputs.payloadKg;
}
