import { describe, expect, it } from "vitest";
import { strFromU8, unzipSync } from "fflate";
import { buildExportArchive, exportArchiveName } from "@/lib/account/export-archive";

const meta = { email: "a@example.test", exportedAt: new Date("2026-12-01T10:00:00Z"), app: "Mockline" };

describe("export archive", () => {
  it("holds data.json with every section, a README naming them and each section's readable files", () => {
    const zip = buildExportArchive(meta, [
      { name: "profile", description: "your account.", data: { email: "a@example.test", createdAt: new Date("2026-01-01T00:00:00Z") } },
      { name: "interviews", description: "your interviews.", data: [{ id: "i1" }], files: { "interviews/mock-interview-2026-11-29.md": "# Mock\n" } },
    ]);
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(["README.md", "data.json", "interviews/mock-interview-2026-11-29.md"]);
    const data = JSON.parse(strFromU8(files["data.json"]!)) as Record<string, unknown>;
    expect(data).toMatchObject({ format: "mockline-export", version: 1, exportedAt: "2026-12-01T10:00:00.000Z", profile: { email: "a@example.test", createdAt: "2026-01-01T00:00:00.000Z" }, interviews: [{ id: "i1" }] });
    const readme = strFromU8(files["README.md"]!);
    expect(readme).toContain("a@example.test");
    expect(readme).toContain("- `profile`: your account.");
    expect(readme).toContain("[interviews/mock-interview-2026-11-29.md](interviews/mock-interview-2026-11-29.md)");
    expect(strFromU8(files["interviews/mock-interview-2026-11-29.md"]!)).toBe("# Mock\n");
  });

  it("refuses data past its bound, naming the limit", () => {
    expect(() => buildExportArchive(meta, [{ name: "big", description: "x", data: "x".repeat(2 * 1024 * 1024) }], 1024 * 1024)).toThrow(/larger than the 1 MB/);
  });

  it("is named by its date", () => {
    expect(exportArchiveName(meta.exportedAt)).toBe("mockline-export-2026-12-01.zip");
  });
});
