import { NAMED_VOCABULARIES, type VocabularyName } from "./namedVocabularies.ts";

const escapeRegex = (word: string) => word.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** One pattern a vocabulary: its words, where no letter or digit touches either end. */
const PATTERNS = new Map(
  (Object.entries(NAMED_VOCABULARIES) as [VocabularyName, readonly string[]][]).map(([name, words]) => [
    name,
    new RegExp(
      `(?<![a-z0-9])(?:${[...words]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegex)
        .join("|")})(?![a-z0-9])`,
    ),
  ]),
);

/** Whether the normalised (lower-case) text uses a word of the named vocabulary. */
export function mentionsVocabulary(norm: string, name: VocabularyName): boolean {
  return PATTERNS.get(name)?.test(norm) === true;
}
