/**
 * Which audio containers a recording may be stored in, told apart by their
 * content type and checked by their first bytes: WebM (what Chromium and
 * Firefox record, Opus inside) starts with the EBML magic 1A 45 DF A3; MP4
 * (what Safari records) has "ftyp" at byte 4.
 */

export const CONTAINERS = ["webm", "mp4"] as const;
export type Container = (typeof CONTAINERS)[number];

const EBML_MAGIC = [0x1a, 0x45, 0xdf, 0xa3];
const FTYP = [0x66, 0x74, 0x79, 0x70];

/** The container these bytes begin, or null when they begin neither. */
export function sniffContainer(bytes: Uint8Array): Container | null {
  if (EBML_MAGIC.every((b, i) => bytes[i] === b)) return "webm";
  if (bytes.length >= 8 && FTYP.every((b, i) => bytes[4 + i] === b)) return "mp4";
  return null;
}

/** `audio/webm`, `audio/webm;codecs=opus`, `audio/mp4; codecs="mp4a.40.2"`: the container, and the type as we store it. */
export function parseAudioType(header: string | null): { container: Container; mimeType: string } | null {
  if (!header) return null;
  const [essence, ...params] = header.split(";").map((p) => p.trim());
  const match = /^audio\/(webm|mp4)$/i.exec(essence ?? "");
  if (!match) return null;
  const container = match[1]!.toLowerCase() as Container;
  const codecs = params
    .map((p) => /^codecs\s*=\s*"?([A-Za-z0-9.,\- ]{1,60})"?$/i.exec(p)?.[1])
    .find((c) => c !== undefined);
  return { container, mimeType: codecs ? `audio/${container};codecs=${codecs.replace(/\s+/g, "")}` : `audio/${container}` };
}

export const AUDIO_TYPE_MESSAGE = "Send the audio as audio/webm or audio/mp4 (what browsers record).";
