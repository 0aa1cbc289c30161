import { describe, expect, it } from "vitest";
import { STORAGE_QUOTAS, quotaRefusal, storageLines } from "@/lib/account/storage-quota";

describe("storage quotas", () => {
  it("lets a save through up to the quota, and refuses past it naming the quota and what to do", () => {
    expect(quotaRefusal("sketches", STORAGE_QUOTAS.sketches - 10, 10)).toBeNull();
    expect(quotaRefusal("sketches", STORAGE_QUOTAS.sketches - 10, 11)).toMatch(/more than your 100 MB quota \(100 MB used\)\. Simplify/);
    expect(quotaRefusal("recordings", STORAGE_QUOTAS.recordings, 1)).toMatch(/voice recordings would take more than your 500 MB quota.*Delete recordings/);
  });

  it("shows each kind's use against its quota", () => {
    expect(storageLines({ sketches: STORAGE_QUOTAS.sketches / 4, recordings: STORAGE_QUOTAS.recordings * 2 })).toEqual([
      { kind: "sketches", label: "Sketches", used: STORAGE_QUOTAS.sketches / 4, quota: STORAGE_QUOTAS.sketches, percent: 25 },
      { kind: "recordings", label: "Voice recordings", used: STORAGE_QUOTAS.recordings * 2, quota: STORAGE_QUOTAS.recordings, percent: 100 },
    ]);
  });
});
