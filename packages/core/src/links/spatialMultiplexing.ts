import { floorTolerant } from '../math.ts';

/**
 * Spatial multiplexing: an aperture of diameter D split into an N x N array of
 * sub-apertures of diameter D / N, each carrying its own beam. A beam is
 * independent of its neighbours while the link distance is within its
 * confocal length, pi (D / 2N)^2 / lambda >= d, which gives the largest order
 * N = floor((D / 2) sqrt(pi / (lambda d))) (the paper's section 4.2: a 2 x 2
 * array of 5 cm beams to 1.27 km and 4 x 4 of 2.5 cm to 0.32 km from 10 cm).
 * At least one beam is always available. Because N ~ 1/sqrt(d), the N^2 beams
 * make the capacity scale as 1/d at short range.
 * @param apertureDiameterM D, m
 * @param wavelengthM lambda, m
 * @param distanceM d, m (> 0)
 * @returns N, the array order (whole number >= 1); N^2 beams
 */
export function maxSpatialOrder(apertureDiameterM: number, wavelengthM: number, distanceM: number): number {
  const order = floorTolerant((apertureDiameterM / 2) * Math.sqrt(Math.PI / (wavelengthM * distanceM)));
  return order > 1 ? order : 1;
}

/**
 * Smallest aperture whose beam stays in its near field over a distance:
 * pi (D / 2)^2 / lambda = d gives D = 2 sqrt(lambda d / pi) (the paper's
 * section 4.2: the minimum aperture grows as sqrt(d); 5 cm at 1.27 km, 2.5 cm
 * at 0.32 km for 1.55 um).
 * @param wavelengthM lambda, m
 * @param distanceM d, m
 * @returns D, m
 */
export function nearFieldApertureM(wavelengthM: number, distanceM: number): number {
  return 2 * Math.sqrt((wavelengthM * distanceM) / Math.PI);
}
