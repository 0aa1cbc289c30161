/**
 * What one question's recording may hold, named in every refusal so a person
 * knows what was refused and why. At the recorder's 32 kbit/s, 20 minutes
 * of speech is about 5 MB: the byte limit is only reached by a recorder
 * that ignores the bitrate we ask for.
 */

export const MAX_RECORDING_MINUTES = 20;
export const MAX_RECORDING_MS = MAX_RECORDING_MINUTES * 60_000;
export const MAX_RECORDING_BYTES = 20 * 1024 * 1024;
/** One upload: a second of audio is a few kilobytes, so this only stops abuse. */
export const MAX_CHUNK_BYTES = 1024 * 1024;
/** Each start or resume begins a part: a self-contained audio stream. */
export const MAX_PARTS = 200;
export const MAX_SEQUENCE = 1_000_000;
/** The recorder hands over a chunk this often, so a crash loses at most this much. */
export const CHUNK_MS = 1000;
/** The bitrate the recorder asks for: clear speech in Opus. */
export const AUDIO_BITS_PER_SECOND = 32_000;
/** How much longer than a chunk's own time its reported end may run (timers jitter). */
export const CHUNK_TIMING_SLACK_MS = 2000;

export const RECORDING_LIMIT_MESSAGE = `A question's recording may be at most ${MAX_RECORDING_MINUTES} minutes and ${MAX_RECORDING_BYTES / 1024 / 1024} MB.`;
export const CHUNK_LIMIT_MESSAGE = `An audio chunk may be at most ${MAX_CHUNK_BYTES / 1024 / 1024} MB.`;
