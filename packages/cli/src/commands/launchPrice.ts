import {
  cumulativeMassDoublings,
  KG_PER_TONNE,
  validateScenario,
  wrightLawPriceUsdPerKg,
  type LearningCurve,
} from '@solstice/core';
import { numericOption, parseCommandArgs } from '../args.ts';
import { formatJson, formatNumber } from '../format.ts';
import { EXIT_OK, UsageError, type Command } from '../io.ts';

export const launchPriceCommand: Command = {
  name: 'launch-price',
  help: `Usage: solstice launch-price --cumulative-mass-t M [--learning-rate r] [--json]

Price = 1,800 USD/kg x (M / 400 t)^log2(1 - r): Wright's law from the Falcon
Heavy reference point of the Suncatcher paper (section 2.4).

Options:
      --cumulative-mass-t M  cumulative mass launched to orbit, tonnes (> 0)
      --learning-rate r      price drop per doubling, 0 to 0.5 (default 0.2)
      --json                 print JSON
  -h, --help                 show this help`,
  run(args, io) {
    const { values } = parseCommandArgs(
      args,
      {
        'cumulative-mass-t': { type: 'string' },
        'learning-rate': { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      false,
    );
    const cumulativeMassT = numericOption('cumulative-mass-t', values['cumulative-mass-t']);
    if (cumulativeMassT === undefined) throw new UsageError('--cumulative-mass-t is required');
    if (cumulativeMassT <= 0) throw new UsageError(`--cumulative-mass-t: ${cumulativeMassT} must be above 0 t`);
    const learningRate = numericOption('learning-rate', values['learning-rate']);
    // The learning rate goes through the scenario schema so its range and message are the schema's.
    const { launch } = validateScenario(learningRate === undefined ? {} : { launch: { learningRate } });
    const curve: LearningCurve = {
      referencePriceUsdPerKg: launch.referencePriceUsdPerKg,
      referenceCumulativeMassKg: launch.referenceCumulativeMassT * KG_PER_TONNE,
      learningRate: launch.learningRate,
    };
    const cumulativeMassKg = cumulativeMassT * KG_PER_TONNE;
    const result = {
      cumulativeMassT,
      learningRate: launch.learningRate,
      referencePriceUsdPerKg: curve.referencePriceUsdPerKg,
      referenceCumulativeMassT: launch.referenceCumulativeMassT,
      doublings: cumulativeMassDoublings(curve, cumulativeMassKg),
      priceUsdPerKg: wrightLawPriceUsdPerKg(curve, cumulativeMassKg),
    };
    io.stdout(
      values.json
        ? formatJson(result)
        : `${formatNumber(result.priceUsdPerKg)} USD/kg at ${formatNumber(cumulativeMassT)} t cumulative ` +
            `(${formatNumber(result.doublings)} doublings from ${formatNumber(result.referenceCumulativeMassT)} t at ` +
            `${formatNumber(result.referencePriceUsdPerKg)} USD/kg, learning rate ${result.learningRate})\n`,
    );
    return EXIT_OK;
  },
};
