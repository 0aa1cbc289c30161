import { stemmer } from "stemmer";

/**
 * Word stems for the judge: the Porter stemmer, after folding British
 * spellings to American ones, so "parameterised" ~ "parameterized" and
 * "behaviour" ~ "behavior". The same function stems a phrase's words and an
 * answer's words, so any folding is safe as long as it does not merge two
 * words a candidate would use in different senses.
 */

/**
 * Words the stemmer would merge with a different word: "https" is not
 * "http", "dos" (denial of service) is not "do", "has" is not "ha" (high
 * availability), "ios" is not "io".
 */
const STEM_OVERRIDES: Readonly<Record<string, string>> = {
  https: "https",
  dos: "dos",
  ddos: "ddos",
  has: "has",
  ios: "ios",
  redis: "redis",
  jenkins: "jenkins",
  kubernetes: "kubernetes",
  postgres: "postgres",
  nodejs: "nodejs",
  express: "express",
  cors: "cors",
  aws: "aws",
  // Porter leaves "indices" apart from "index".
  indices: "index",
  // "-ue" words lose their final e in some forms only ("queuing" but "queue").
  queue: "queu",
  queues: "queu",
  queueing: "queu",
};

/** British -ise/-isation/-yse and -our endings, folded before stemming. */
function americanise(word: string): string {
  if (word.length < 5) return word;
  let w = word;
  w = w.replace(/(?<=[a-z]{3})is(e|ed|es|ing|ation|ations|er|ers|able)$/, "iz$1");
  w = w.replace(/(?<=[a-z]{2})ys(e|ed|es|ing)$/, "yz$1");
  w = w.replace(/(?<=[a-z]{2}[bghilmnv])our(s|ed|ing|able|ite|ites)?$/, "or$1");
  return w;
}

/**
 * "not" and its contractions share one stem, so a phrase that states a denial
 * ("not encrypted") matches "isn't encrypted", "aren't encrypted", "never encrypted".
 */
export const NOT_STEM = "¬";
const NOT_FORMS = new Set([
  "not", "never", "cannot", "isn't", "aren't", "wasn't", "weren't", "doesn't", "don't", "didn't", "won't", "wouldn't",
  "can't", "couldn't", "shouldn't", "mustn't", "needn't", "hasn't", "haven't", "hadn't",
  "isnt", "arent", "wasnt", "werent", "doesnt", "dont", "didnt", "cant", "couldnt", "shouldnt", "wouldnt", "hasnt", "havent",
]);

/** Auxiliaries that "not" may follow ("is not", "does not"): the same as the contraction ("isn't"). */
export const AUXILIARIES: ReadonlySet<string> = new Set(["is", "are", "was", "were", "do", "does", "did", "can", "will", "would", "should", "could", "must", "has", "have", "had", "need", "be"]);

const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/** The stem of one lower-case word; numbers and words with digits are kept whole. */
export function stemWord(lower: string): string {
  const hit = cache.get(lower);
  if (hit !== undefined) return hit;
  let out = NOT_FORMS.has(lower) ? NOT_STEM : STEM_OVERRIDES[lower];
  if (out === undefined) {
    const plain = lower.replace(/'/g, "");
    if (!/^[a-z]+$/.test(plain)) out = plain;
    else {
      out = stemmer(americanise(plain));
      // "queu" vs "queue", "valu" vs "value": never keep a final "ue" apart.
      if (out.endsWith("ue")) out = out.slice(0, -1);
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(lower, out);
  return out;
}
