/** What the stats overlay shows. */
export interface FrameStats {
  readonly fps: number;
  /** Draw calls of the last rendered frame. */
  readonly drawCalls: number;
  readonly triangles: number;
  /** Satellites drawn (instances). */
  readonly satellites: number;
}

type Listener = (stats: FrameStats) => void;
const listeners = new Set<Listener>();

/** A tiny channel from the render loop to the overlay, outside React and the store (it changes twice a second). */
export const statsSink = {
  publish(stats: FrameStats): void {
    for (const listener of listeners) listener(stats);
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
