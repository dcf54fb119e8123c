import { z } from 'zod';
import { WORKLOAD_KINDS } from '../../downlink/workload.ts';
import { quantity } from '../quantity.ts';

/**
 * `workload`: what the cluster computes, and so what it must send to Earth.
 * The bits per FLOP of each kind are derived in seeds/workload.json; either
 * figure may be given instead.
 */
export const workloadSection = z
  .strictObject({
    kind: z
      .enum(WORKLOAD_KINDS)
      .default('text-inference')
      .describe('Workload preset: training (checkpoints down, data up), text-inference (tokens), rich-inference (embeddings); seeds/workload.json.'),
    bitsToGroundPerFlop: quantity({
      unit: '1',
      min: 0,
      max: 1e-3,
      description: 'Bits sent from orbit to the ground per FLOP executed; replaces the preset figure.',
    }).optional(),
    bitsFromGroundPerFlop: quantity({
      unit: '1',
      min: 0,
      max: 1e-3,
      description: 'Bits sent from the ground to orbit per FLOP executed; replaces the preset figure (reported, not yet a constraint).',
    }).optional(),
  })
  .prefault({});
