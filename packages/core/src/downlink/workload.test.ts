import { describe, expect, it } from 'vitest';
import { embeddingTrafficPerFlop, textInferenceTrafficPerFlop, trainingTrafficPerFlop, workloadPresetTraffic } from './workload.ts';

describe('workload traffic per FLOP', () => {
  it('sends K b_p / (6 D) bits per FLOP of training to the ground, whatever the model size', () => {
    const small = trainingTrafficPerFlop({ parameters: 1e9, trainingTokens: 15e12, checkpoints: 100, bitsPerParameter: 16, bitsPerToken: 32 });
    const large = trainingTrafficPerFlop({ parameters: 400e9, trainingTokens: 15e12, checkpoints: 100, bitsPerParameter: 16, bitsPerToken: 32 });
    expect(small.bitsToGroundPerFlop).toBeCloseTo((100 * 16) / (6 * 15e12), 25);
    expect(large.bitsToGroundPerFlop).toBeCloseTo(small.bitsToGroundPerFlop, 25);
    // Uplink of training data: b_t / (6 N), so it falls with model size.
    expect(large.bitsFromGroundPerFlop).toBeCloseTo(32 / (6 * 400e9), 25);
  });

  it('gives 129 tokens x 32 bit over 2 x 70e9 x 1,149 FLOP = 2.57e-11 bit/FLOP for the text-inference preset', () => {
    expect(workloadPresetTraffic('text-inference').bitsToGroundPerFlop).toBeCloseTo((129 * 32) / (2 * 70e9 * 1149), 20);
    expect(textInferenceTrafficPerFlop({ parameters: 1, inputTokens: 0, outputTokens: 1, bitsPerToken: 2 }).bitsToGroundPerFlop).toBe(1);
  });

  it('gives 1,024 x 32 bit over 2 x 335e6 x 512 FLOP = 9.55e-8 bit/FLOP for the embedding (rich-inference) preset', () => {
    expect(workloadPresetTraffic('rich-inference').bitsToGroundPerFlop).toBeCloseTo(32_768 / (2 * 335e6 * 512), 18);
    expect(embeddingTrafficPerFlop({ parameters: 1, inputTokens: 1, embeddingDimensions: 4, bitsPerDimension: 8, bitsPerToken: 8 }).bitsToGroundPerFlop).toBe(16);
  });

  it('orders the presets training < text < rich in bits to the ground per FLOP', () => {
    const [training, text, rich] = (['training', 'text-inference', 'rich-inference'] as const).map((k) => workloadPresetTraffic(k).bitsToGroundPerFlop);
    expect(training!).toBeLessThan(text!);
    expect(text!).toBeLessThan(rich!);
  });
});
