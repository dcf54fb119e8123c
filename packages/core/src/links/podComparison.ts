/**
 * Bisection bandwidth of a terrestrial TPU pod, the yardstick for the orbital
 * cluster's network.
 */

/** Bits per byte. */
const BITS_PER_BYTE = 8;

/** The interconnect of a square 2D-torus TPU pod, in SI units. */
export interface TorusPod {
  /** Chips in the pod (a square number: k x k). */
  readonly chips: number;
  /** Bidirectional inter-chip interconnect bandwidth per chip, bytes/s (Trillium: 800e9). */
  readonly iciBytesPerSPerChip: number;
  /** ICI ports per chip (4 in a 2D torus). */
  readonly iciPortsPerChip: number;
}

/**
 * Bisection bandwidth of a k x k 2D torus, one direction: a cut through the
 * middle crosses 2k links (k, plus k wrap-around links; Dally & Towles,
 * Principles and Practices of Interconnection Networks, 2004, section 3.3),
 * each carrying ICI / (2 ports) per direction. For Trillium (256 chips,
 * 800 GB/s bidirectional over 4 ports) this is 32 x 100 GB/s = 3.2 TB/s =
 * 25.6 Tbps, the figure Google publishes for the v6e pod.
 * @param pod the pod's chips and interconnect
 * @returns bisection bandwidth, bit/s (one direction)
 */
export function torusPodBisectionBps(pod: TorusPod): number {
  const side = Math.sqrt(pod.chips);
  const perLinkPerDirectionBytesPerS = pod.iciBytesPerSPerChip / (2 * pod.iciPortsPerChip);
  return 2 * side * perLinkPerDirectionBytesPerS * BITS_PER_BYTE;
}
