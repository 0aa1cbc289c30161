/**
 * What one person may store: their sketches and their voice recordings, each
 * up to a quota, so one account cannot fill the server's disk. The refusal
 * names the quota and what the person can do; the settings page shows both.
 */
const MB = 1024 * 1024;

export const STORAGE_QUOTAS = {
  sketches: 100 * MB,
  recordings: 500 * MB,
} as const;

export type StoredKind = keyof typeof STORAGE_QUOTAS;

const LABELS: Record<StoredKind, string> = { sketches: "Sketches", recordings: "Voice recordings" };

export function formatStoredBytes(bytes: number): string {
  if (bytes >= MB) return `${(bytes / MB).toFixed(bytes >= 10 * MB ? 0 : 1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** The refusal when `adding` more bytes would take a person past their quota; null when it fits. */
export function quotaRefusal(kind: StoredKind, used: number, adding: number): string | null {
  const quota = STORAGE_QUOTAS[kind];
  if (used + adding <= quota) return null;
  const what = kind === "sketches" ? "sketches" : "voice recordings";
  const fix = kind === "sketches" ? "Simplify this sketch, or export your data and delete old interviews." : "Delete recordings you no longer need (on each review page).";
  return `Your ${what} would take more than your ${formatStoredBytes(quota)} quota (${formatStoredBytes(used)} used). ${fix}`;
}

export interface StorageLine {
  kind: StoredKind;
  label: string;
  used: number;
  quota: number;
  /** 0–100, rounded down. */
  percent: number;
}

export function storageLines(usage: Record<StoredKind, number>): StorageLine[] {
  return (Object.keys(STORAGE_QUOTAS) as StoredKind[]).map((kind) => ({
    kind,
    label: LABELS[kind],
    used: usage[kind],
    quota: STORAGE_QUOTAS[kind],
    percent: Math.min(100, Math.floor((usage[kind] / STORAGE_QUOTAS[kind]) * 100)),
  }));
}
