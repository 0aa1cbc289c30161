/**
 * The judge's shared thesaurus: groups of phrases that mean the same thing in
 * a back-end interview, wherever they appear. A phrase of a rule that contains
 * one of a group's entries also matches the others ("lru cache" matches "least
 * recently used cache"), so question files never list these variants.
 *
 * What belongs here: acronyms and their spelled-out forms, spelling variants
 * the stemmer does not meet, and true synonyms. What does not: near-synonyms
 * that hold only in some contexts ("primary" is not always "leader", "sharding"
 * is not always "horizontal partitioning", "500" is a figure before it is a
 * status code). Hyphens, spaces and joined compounds ("write-through" ~
 * "writethrough"), plurals and verb forms, and British -ise/-our spellings are
 * handled by the matcher and need no entry.
 *
 * Entries are plain words (punctuation such as "/" in "req/s" is kept and must
 * appear in the answer as written). An entry belongs to one group only.
 */
export const THESAURUS: readonly (readonly string[])[] = [
  ["per second", "/s", "a second"],
  ["lru", "least recently used"],
  ["tls", "ssl", "https"],
  ["expire", "expiry", "expiration"],
  ["parameterized query", "prepared statement"],
];
