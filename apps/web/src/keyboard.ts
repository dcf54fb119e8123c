import type { StoreApi } from 'zustand';
import type { AppState } from './store/appStore.ts';

/** Arrow-key scrub step: 1/48 of an orbit, s of simulated time per press (shift: one day). */
export function scrubStepS(periodS: number, shift: boolean): number {
  return shift ? 86_400 : periodS / 48;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));
}

/**
 * Keyboard: space plays or pauses, left and right arrows scrub (shift: a day),
 * up and down change the speed. Keys typed into form fields are left alone.
 */
export function installKeyboard(store: StoreApi<AppState>): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (isTyping(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
    const state = store.getState();
    const step = scrubStepS(state.current.evaluation.orbit.periodS, event.shiftKey);
    const actions: Record<string, () => void> = {
      ' ': () => state.togglePlaying(),
      ArrowLeft: () => state.scrubBy(-step),
      ArrowRight: () => state.scrubBy(step),
      ArrowUp: () => state.stepSpeed(1),
      ArrowDown: () => state.stepSpeed(-1),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
