import { describe, expect, it } from "vitest";
import { ownFontSources } from "@/lib/sketch/font-sources";

const ORIGIN = "http://localhost:3000";
const OURS = "url(http://localhost:3000/excalidraw-assets/fonts/Excalifont/Excalifont-Regular-a88b.woff2) format('woff2')";
const CDN = "url(https://esm.sh/@excalidraw/excalidraw@0.18.1/dist/prod/fonts/Excalifont/Excalifont-Regular-a88b.woff2) format('woff2')";

describe("ownFontSources", () => {
  it("drops the CDN copy Excalidraw lists after ours", () => {
    expect(ownFontSources(`${OURS}, ${CDN}`, ORIGIN)).toBe(OURS);
  });
  it("keeps relative, quoted, data: and blob: sources", () => {
    expect(ownFontSources(`url("/fonts/a.woff2") format("woff2"), ${CDN}`, ORIGIN)).toBe('url("/fonts/a.woff2") format("woff2")');
    expect(ownFontSources(`url(data:font/woff2;base64,AAAA), ${CDN}`, ORIGIN)).toBe("url(data:font/woff2;base64,AAAA)");
    expect(ownFontSources("url('blob:http://localhost:3000/x')", ORIGIN)).toBe("url('blob:http://localhost:3000/x')");
  });
  it("leaves a list with nothing of ours, or no url() at all, as it was", () => {
    expect(ownFontSources(CDN, ORIGIN)).toBe(CDN);
    expect(ownFontSources("local(Arial)", ORIGIN)).toBe("local(Arial)");
    expect(ownFontSources(`${OURS}, url(http://localhost:3001/x.woff2)`, ORIGIN)).toBe(OURS);
  });
});
