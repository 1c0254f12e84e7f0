import { NAMED_VOCABULARIES, type VocabularyName, WHOLE_WORDS } from "./namedVocabularies.ts";

const escapeRegex = (word: string) => word.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
/**
 * A word that starts with a letter or digit must not continue another word; `:4318` may follow
 * anything. A whole word must not continue an identifier either: "s3" is no word in `rec_layer_s3.c`.
 */
const atWordStart = (word: string, whole: boolean) =>
  word.startsWith("~")
    ? escapeRegex(word.slice(1))
    : /^[a-z0-9]/.test(word)
      ? `(?<![a-z0-9${whole ? "_" : ""}])${escapeRegex(word)}`
      : escapeRegex(word);

/**
 * Names of our field that start common English words, and the letters that make them those words:
 * "tempo" starts `tempodb` and `tempo-distributor`, but also "temporary" and "temporarily", which
 * glibc's "Temporary failure in name resolution" and "Resource temporarily unavailable" put in
 * every program's DNS and lock errors.
 */
const NOT_CONTINUED_BY: Readonly<Record<string, string>> = { tempo: "r" };

const wordPattern = (word: string, whole: boolean): string => {
  const next = NOT_CONTINUED_BY[word];
  return `${atWordStart(word, whole)}${next ? `(?![${next}])` : ""}`;
};

/** One pattern a vocabulary: its words where no letter or digit comes before (nor, for WHOLE_WORDS, after). */
const PATTERNS = new Map(
  (Object.entries(NAMED_VOCABULARIES) as [VocabularyName, readonly string[]][]).map(([name, words]) => [
    name,
    new RegExp(
      `(?:${[...words]
        .sort((a, b) => b.length - a.length)
        .map((w) => wordPattern(w, WHOLE_WORDS.has(name)))
        .join("|")})${WHOLE_WORDS.has(name) ? "(?![a-z0-9_])" : ""}`,
    ),
  ]),
);

/** Whether the normalised (lower-case) text uses a word of the named vocabulary. */
export function mentionsVocabulary(norm: string, name: VocabularyName): boolean {
  return PATTERNS.get(name)?.test(norm) === true;
}
