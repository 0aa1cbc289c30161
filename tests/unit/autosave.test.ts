import { describe, expect, it } from "vitest";
import { hasUnsaved, initialAutosave, nextEdit, onSaveResponse } from "@/lib/interview/autosave";

describe("autosave revisions", () => {
  it("each edit takes the next revision and is unsaved until acknowledged", () => {
    let s = initialAutosave(3);
    expect(hasUnsaved(s)).toBe(false);
    s = nextEdit(s);
    expect(s.local).toBe(4);
    expect(hasUnsaved(s)).toBe(true);
    s = onSaveResponse(s, 4, 4, false);
    expect(hasUnsaved(s)).toBe(false);
  });

  it("a local draft newer than the server resumes as unsaved", () => {
    const s = initialAutosave(3, 7);
    expect(s).toEqual({ local: 7, acked: 3, server: 3 });
    expect(hasUnsaved(s)).toBe(true);
  });

  it("an out-of-order acknowledgement of an older save does not mark newer edits saved", () => {
    let s = nextEdit(nextEdit(initialAutosave(0))); // local 2
    s = onSaveResponse(s, 2, 2, false);
    s = onSaveResponse(s, 1, 2, true); // the save of 1 arrived late
    expect(s).toEqual({ local: 2, acked: 2, server: 2 });
    expect(hasUnsaved(s)).toBe(false);
  });

  it("when another device got ahead, unsent typing is renumbered past it", () => {
    let s = nextEdit(initialAutosave(5)); // local 6
    s = onSaveResponse(s, 6, 9, true); // another device already stored 9
    expect(s.local).toBe(10);
    expect(hasUnsaved(s)).toBe(true);
    s = onSaveResponse(s, 10, 10, false);
    expect(hasUnsaved(s)).toBe(false);
  });

  it("repeating a save is harmless", () => {
    let s = nextEdit(initialAutosave(0));
    s = onSaveResponse(s, 1, 1, false);
    const again = onSaveResponse(s, 1, 1, true);
    expect(again).toEqual(s);
  });
});
