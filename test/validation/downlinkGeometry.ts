/**
 * An independent estimate of the fraction of time a ground site sees a
 * circular orbit, written without the contact simulation: over a long time
 * the sub-satellite point is uniform in longitude relative to the site, and
 * its latitude beta has density cos(beta) / (pi sqrt(sin^2 i - sin^2 beta))
 * (a circular orbit spends equal time in equal arcs; Wertz, Space Mission
 * Engineering: The New SMAD, section 8.3, statistical coverage). The site sees
 * the satellite when the sub-satellite point lies in the cap of Earth central
 * angle lambda = acos(R cos(eps) / a) - eps (SMAD Eq. 8-26 with the mask eps).
 * Substituting sin(beta) = sin(i) sin(psi) makes the density uniform in psi:
 * P = (1 / pi) Int_{-pi/2}^{pi/2} dL(beta(psi)) / (2 pi) dpsi, dL the width in
 * longitude of the cap at latitude beta. Spherical Earth of the equatorial radius.
 */
export function capVisibilityFraction(siteLatitudeRad: number, inclinationRad: number, semiMajorAxisM: number, maskRad: number, earthRadiusM = 6_378_137): number {
  const lambda = Math.acos((earthRadiusM * Math.cos(maskRad)) / semiMajorAxisM) - maskRad;
  const steps = 20_000;
  let sum = 0;
  for (let k = 0; k < steps; k++) {
    const psi = -Math.PI / 2 + ((k + 0.5) * Math.PI) / steps;
    const beta = Math.asin(Math.sin(inclinationRad) * Math.sin(psi));
    const cosHalfWidth = (Math.cos(lambda) - Math.sin(siteLatitudeRad) * Math.sin(beta)) / (Math.cos(siteLatitudeRad) * Math.cos(beta));
    const halfWidth = cosHalfWidth >= 1 ? 0 : cosHalfWidth <= -1 ? Math.PI : Math.acos(cosHalfWidth);
    sum += (2 * halfWidth) / (2 * Math.PI);
  }
  return sum / steps;
}

/** Longest pass of a circular orbit straight over a site: 2 lambda / n, Earth's rotation neglected (SMAD Eq. 8-31 at zero offset), s. */
export function overheadPassS(semiMajorAxisM: number, maskRad: number, earthRadiusM = 6_378_137, muM3PerS2 = 3.986004418e14): number {
  const lambda = Math.acos((earthRadiusM * Math.cos(maskRad)) / semiMajorAxisM) - maskRad;
  return (2 * lambda) / Math.sqrt(muM3PerS2 / semiMajorAxisM ** 3);
}
