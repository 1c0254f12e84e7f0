/** An entry id from a section title: lower-case words joined by '-', at most about 60 characters. */
export function sectionId(title: string): string {
  const words = title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let id = "";
  for (const w of words) {
    if (id && id.length + w.length + 1 > 60) break;
    id = id ? `${id}-${w}` : w;
  }
  return id || "section";
}
