import { WORKLOAD_PRESETS } from '../referenceData.ts';

/**
 * What a workload sends to Earth and receives from it, per FLOP executed.
 * Forward pass: 2N FLOP per token; training: 6N per token (Kaplan et al. 2020,
 * arXiv:2001.08361, section 2.1), N the parameter count. Attention FLOPs are
 * neglected. The presets' inputs and sources live in `seeds/workload.json`.
 */

/** Bits crossing the ground link per FLOP the cluster executes. */
export interface WorkloadTraffic {
  /** Bits sent from orbit to the ground per FLOP, bit/FLOP. */
  readonly bitsToGroundPerFlop: number;
  /** Bits sent from the ground to orbit per FLOP, bit/FLOP. */
  readonly bitsFromGroundPerFlop: number;
}

/** Inputs of a pre-training run. */
export interface TrainingTrafficInput {
  /** Model parameters N. */
  readonly parameters: number;
  /** Training tokens D. */
  readonly trainingTokens: number;
  /** Times the weights are downlinked over the run (checkpoints and the final model). */
  readonly checkpoints: number;
  /** Bits per parameter of a downlinked checkpoint, bit (16 for bf16). */
  readonly bitsPerParameter: number;
  /** Bits per training token sent up, bit. */
  readonly bitsPerToken: number;
}

/**
 * Training: to ground K N b_p / (6 N D) = K b_p / (6 D); from ground (the
 * training data) D b_t / (6 N D) = b_t / (6 N).
 */
export function trainingTrafficPerFlop(input: TrainingTrafficInput): WorkloadTraffic {
  const flops = 6 * input.parameters * input.trainingTokens;
  return {
    bitsToGroundPerFlop: (input.checkpoints * input.parameters * input.bitsPerParameter) / flops,
    bitsFromGroundPerFlop: (input.trainingTokens * input.bitsPerToken) / flops,
  };
}

/** Inputs of text generation by a decoder model. */
export interface TextInferenceTrafficInput {
  readonly parameters: number;
  /** Prompt tokens per request. */
  readonly inputTokens: number;
  /** Generated tokens per request. */
  readonly outputTokens: number;
  /** Bits per token of text on the wire, bit. */
  readonly bitsPerToken: number;
}

/**
 * Text inference: a request costs 2N (T_in + T_out) FLOP; to ground T_out b_t,
 * from ground T_in b_t, each over that.
 */
export function textInferenceTrafficPerFlop(input: TextInferenceTrafficInput): WorkloadTraffic {
  const flops = 2 * input.parameters * (input.inputTokens + input.outputTokens);
  return {
    bitsToGroundPerFlop: (input.outputTokens * input.bitsPerToken) / flops,
    bitsFromGroundPerFlop: (input.inputTokens * input.bitsPerToken) / flops,
  };
}

/** Inputs of embedding documents with an encoder. */
export interface EmbeddingTrafficInput {
  readonly parameters: number;
  /** Tokens per embedded document. */
  readonly inputTokens: number;
  readonly embeddingDimensions: number;
  /** Bits per embedding component, bit (32 for fp32). */
  readonly bitsPerDimension: number;
  readonly bitsPerToken: number;
}

/**
 * Embeddings: a document costs 2N T FLOP; to ground d b_d (the vector), from
 * ground T b_t (the text), each over that.
 */
export function embeddingTrafficPerFlop(input: EmbeddingTrafficInput): WorkloadTraffic {
  const flops = 2 * input.parameters * input.inputTokens;
  return {
    bitsToGroundPerFlop: (input.embeddingDimensions * input.bitsPerDimension) / flops,
    bitsFromGroundPerFlop: (input.inputTokens * input.bitsPerToken) / flops,
  };
}

/** Workload presets (`seeds/workload.json`). */
export const WORKLOAD_KINDS = ['training', 'text-inference', 'rich-inference'] as const;
export type WorkloadKind = (typeof WORKLOAD_KINDS)[number];

/** Traffic per FLOP of a preset, computed from its reference inputs. */
export function workloadPresetTraffic(kind: WorkloadKind): WorkloadTraffic {
  switch (kind) {
    case 'training':
      return trainingTrafficPerFlop(WORKLOAD_PRESETS.training);
    case 'text-inference':
      return textInferenceTrafficPerFlop(WORKLOAD_PRESETS['text-inference']);
    case 'rich-inference':
      return embeddingTrafficPerFlop(WORKLOAD_PRESETS['rich-inference']);
  }
}
