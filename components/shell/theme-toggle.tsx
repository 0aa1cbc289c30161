"use client";

import { useTheme } from "next-themes";
import { useEffect, useState } from "react";

const NEXT: Record<string, string> = { light: "dark", dark: "system", system: "light" };
const LABEL: Record<string, string> = { light: "Light", dark: "Dark", system: "System" };

/** Cycles light → dark → system; the label says what is in force. */
export function ThemeToggle() {
  const { theme, setTheme } = useTheme();
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const current = mounted ? (theme ?? "system") : "system";
  return (
    <button
      type="button"
      className="btn btn-ghost btn-small"
      onClick={() => setTheme(NEXT[current] ?? "light")}
      aria-label={`Theme: ${LABEL[current]}. Switch to ${LABEL[NEXT[current] ?? "light"]}`}
      title="Switch theme"
    >
      <span aria-hidden="true">{current === "dark" ? "☾" : current === "light" ? "☀" : "◐"}</span>
      <span className="small">{LABEL[current]}</span>
    </button>
  );
}
