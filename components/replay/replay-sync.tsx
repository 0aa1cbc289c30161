"use client";

import { createContext, useContext, useRef, useSyncExternalStore, type ReactNode } from "react";

/**
 * How a question's recording player and its drawing replay keep in step:
 * the player says which time of day is being heard; the replay, when moved
 * by hand, asks the player to go to a time of day.
 */
export interface ReplaySync {
  /** The time of day being heard (ms); null when the recording is paused, Infinity once it has played to its end. */
  heard: () => number | null;
  setHeard: (wallMs: number | null) => void;
  subscribe: (listener: () => void) => () => void;
  /** Set by the player: go to a time of day, false when nothing was recorded then. */
  seekWall: ((wallMs: number) => boolean) | null;
}

function createSync(): ReplaySync {
  let heard: number | null = null;
  const listeners = new Set<() => void>();
  return {
    heard: () => heard,
    setHeard: (v) => {
      if (v === heard) return;
      heard = v;
      for (const l of listeners) l();
    },
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    seekWall: null,
  };
}

const Context = createContext<ReplaySync | null>(null);

export function ReplayProvider({ children }: { children: ReactNode }) {
  const sync = useRef<ReplaySync | null>(null);
  sync.current ??= createSync();
  return <Context.Provider value={sync.current}>{children}</Context.Provider>;
}

export function useReplaySync(): ReplaySync | null {
  return useContext(Context);
}

/** The time of day the recording plays now, re-rendering the caller when it changes. */
export function useHeard(sync: ReplaySync | null): number | null {
  return useSyncExternalStore(
    sync?.subscribe ?? noSubscribe,
    () => sync?.heard() ?? null,
    () => null,
  );
}

const noSubscribe = () => () => {};
