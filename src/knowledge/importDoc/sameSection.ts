/** Section headings compared as a person would: case, quote style and white space aside. */
export function sameSection(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[“”„"]/g, '"')
      .replace(/[‘’']/g, "'")
      .replace(/\s+/g, " ")
      .trim();
  return norm(a) === norm(b);
}
