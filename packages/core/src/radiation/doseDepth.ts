/**
 * Annual total ionising dose behind a shield of aluminium, scaled from a
 * reference point by a power law in thickness: D(t) = D_ref (t / t_ref)^-n.
 * Dose-depth curves of SHIELDOSE-2 (Seltzer, NIST IR 5477, 1994) for low Earth
 * orbit are close to such a power law behind more than about 3 mm of aluminium,
 * where trapped protons dominate; thinner shields let trapped electrons through
 * and the law then understates the dose. The reference is the Suncatcher
 * paper's 150 rad(Si)/year behind 10 mm Al at 650 km (arXiv:2511.19468, §4.3).
 * @param referenceDoseRadPerYear dose behind the reference shield, rad(Si)/year
 * @param referenceThicknessM reference aluminium thickness, m
 * @param thicknessM aluminium thickness, m (above 0)
 * @param exponent n, the dose-depth exponent (above 0)
 * @returns annual dose, rad(Si)/year
 */
export function shieldedAnnualDoseRadPerYear(
  referenceDoseRadPerYear: number,
  referenceThicknessM: number,
  thicknessM: number,
  exponent: number,
): number {
  return referenceDoseRadPerYear * (thicknessM / referenceThicknessM) ** -exponent;
}

/**
 * How many times a component's dose tolerance exceeds the dose it receives:
 * margin = D_tolerance / D_mission (the paper's "2.67x the need" for HBM).
 * @param toleranceRad dose at which the effect appears, rad(Si)
 * @param missionDoseRad dose received over the mission, rad(Si) (above 0)
 * @returns margin, dimensionless (above 1 is safe)
 */
export function doseMarginX(toleranceRad: number, missionDoseRad: number): number {
  return toleranceRad / missionDoseRad;
}
