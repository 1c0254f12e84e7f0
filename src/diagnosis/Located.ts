/** A fact found in a paste, with where it was found. */
export interface Located<T> {
  value: T;
  /** 0-based line. */
  line: number;
  /** The words that carried it, as they appear in the normalised text. */
  matched: string;
  /** Read from words that only imply it (a reason phrase without its code): weaker evidence. */
  inferred?: true;
}
