import { createContext, useContext } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { AppState } from './appStore.ts';

/** The store of this page, provided once at the root. */
export const StoreContext = createContext<StoreApi<AppState> | null>(null);

/** The store itself, for `getState()` in event handlers and `useFrame`. */
export function useAppStoreApi(): StoreApi<AppState> {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStoreApi needs a StoreContext provider');
  return store;
}

/** Subscribes a component to a slice of the store (re-renders when it changes). */
export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}
