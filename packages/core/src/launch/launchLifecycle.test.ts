import { describe, expect, it } from 'vitest';
import { launchLifecycleCarbonKgPerKg, launchLifecycleEnergyJPerKg, type LaunchLifecycleInputs } from './launchLifecycle.ts';

const inputs: LaunchLifecycleInputs = {
  propellantKg: 4_600_000,
  oxidiserToFuelRatio: 3.6,
  payloadKg: 200_000,
  co2PerKgFuel: 2.744,
  fuelUpstreamKgCo2ePerKg: 0.7,
  fuelEnergyJPerKg: 50e6,
  oxidiserElectricityJPerKg: 0.4 * 3.6e6,
  electricityKgCo2ePerJ: 0.369 / 3.6e6,
  vehicleDryMassKg: 300_000,
  vehicleEmbodiedJPerKg: 80e6,
  vehicleEmbodiedKgCo2ePerKg: 5,
  flightsPerVehicle: 10,
};

describe('launch lifecycle per kg to orbit', () => {
  // By hand: 4,600 t at O/F 3.6 is 1,000 t of methane and 3,600 t of oxygen.
  it('emits 20.63 kgCO2e per kg: (1,000 t x 3.444 + 3,600 t x 0.4 kWh x 0.369 + 150 t) / 200 t', () => {
    const byHandKg = (1_000_000 * (2.744 + 0.7) + 3_600_000 * 0.4 * 0.369 + (300_000 * 5) / 10) / 200_000;
    expect(byHandKg).toBeCloseTo(20.627, 3);
    expect(launchLifecycleCarbonKgPerKg(inputs)).toBeCloseTo(byHandKg, 9);
  });

  it('takes 288 MJ per kg: (1,000 t x 50 MJ + 3,600 t x 1.44 MJ + 300 t x 80 MJ / 10) / 200 t', () => {
    expect(launchLifecycleEnergyJPerKg(inputs) / 1e6).toBeCloseTo((1_000_000 * 50 + 3_600_000 * 1.44 + (300_000 * 80) / 10) / 200_000, 6);
  });

  it('halves per kg when the payload doubles', () => {
    const doubled = { ...inputs, payloadKg: 400_000 };
    expect(launchLifecycleCarbonKgPerKg(doubled) * 2).toBeCloseTo(launchLifecycleCarbonKgPerKg(inputs), 12);
  });
});
