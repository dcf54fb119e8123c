/**
 * Telescope apertures of an optical inter-satellite link: gain, divergence and
 * the confocal length that separates the near field from the far field.
 * Lengths in m, angles in rad; gains are linear power ratios.
 */

/**
 * Antenna gain of a circular aperture, G = eta (pi D / lambda)^2 (the paper's
 * section 4.2; Saleh & Teich, Fundamentals of Photonics, ch. 4). A 10 cm
 * aperture at 1.55 um with eta = 0.8 gives 3.29e10 = 105.17 dB.
 * @param apertureDiameterM aperture diameter D, m
 * @param wavelengthM wavelength lambda, m
 * @param apertureEfficiency eta, the fraction of the ideal gain realised, 0-1
 * @returns the gain, linear (dimensionless)
 */
export function apertureGain(apertureDiameterM: number, wavelengthM: number, apertureEfficiency: number): number {
  const x = (Math.PI * apertureDiameterM) / wavelengthM;
  return apertureEfficiency * x * x;
}

/**
 * Diffraction-limited divergence of a uniformly lit circular aperture,
 * theta = 1.22 lambda / D: the half-angle from the axis to the first null of
 * the Airy pattern (Born & Wolf, Principles of Optics, section 8.5.2; the
 * paper's section 4.2: 18.9 urad for 10 cm at 1.55 um, a spot radius of at
 * least 95 m at 5,000 km).
 * @param apertureDiameterM D, m
 * @param wavelengthM lambda, m
 * @returns theta, rad
 */
export function beamDivergenceRad(apertureDiameterM: number, wavelengthM: number): number {
  return (1.22 * wavelengthM) / apertureDiameterM;
}

/**
 * Confocal length (Rayleigh range) of a beam of waist radius a, L = pi a^2 /
 * lambda (Siegman, Lasers, ch. 17; the paper's section 4.2: about 5 km for
 * a = 5 cm at 1.55 um). Below it the beam barely spreads: the near field.
 * @param apertureDiameterM D = 2a, m
 * @param wavelengthM lambda, m
 * @returns L, m
 */
export function confocalLengthM(apertureDiameterM: number, wavelengthM: number): number {
  const radiusM = apertureDiameterM / 2;
  return (Math.PI * radiusM * radiusM) / wavelengthM;
}
