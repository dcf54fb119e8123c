/**
 * Single-event rate from a dose-normalised test figure: events per year =
 * annual dose / dose per event. The Suncatcher paper reports its 67 MeV proton
 * test as one event per D rad(Si) (silent data corruption, HBM uncorrectable
 * ECC error, crashes; arXiv:2511.19468, §4.3); scaling by dose assumes the
 * orbit's proton spectrum behind the shield upsets the chip as the test beam
 * did per unit dose.
 * @param annualDoseRadPerYear dose received per year, rad(Si)/year
 * @param radPerEvent dose per event in the test, rad(Si) (above 0)
 * @returns events per chip per year
 */
export function singleEventsPerYear(annualDoseRadPerYear: number, radPerEvent: number): number {
  return annualDoseRadPerYear / radPerEvent;
}

/**
 * Events per inference at a steady inference rate: events per year / inferences
 * per year (one silent corruption per 17 rad at 150 rad/year and 1 inference/s
 * is about one per 3.6 million inferences; the paper says about 3 million).
 * @param eventsPerYear events per chip per year
 * @param inferencesPerSecond inferences per chip per second (above 0)
 * @param yearS length of the year used, s
 * @returns events per inference
 */
export function singleEventsPerInference(eventsPerYear: number, inferencesPerSecond: number, yearS: number): number {
  return eventsPerYear / (inferencesPerSecond * yearS);
}
