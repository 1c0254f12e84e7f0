import { stringify } from "yaml";
import type { Gap } from "./Store.ts";

/** The part of a gap a draft needs. */
export type GapForDraft = Pick<Gap, "id" | "shape" | "sample" | "count"> & Partial<Pick<Gap, "notes">>;

const PLACEHOLDER = /<(?:url|ts|ip|host|hex|uuid|n|v)>|\*{4}/g;

/**
 * A YAML skeleton of a knowledge entry for a gap: the gap's sample is its first `match` example and
 * its longest literal fragment a first `phrase` signal. Everything a person must still write is
 * marked TODO. It parses against the entry schema, so `kb check` finds mistakes in it as it is filled in.
 */
export function draftKnowledgeEntry(gap: GapForDraft): string {
  const phrase = longestLiteral(gap.shape);
  const notes = (gap.notes ?? []).slice(0, 3).map((n) => `#   - ${oneLine(n)}`);
  const lines = [
    `# Draft from knowledge gap ${gap.id} (${gap.count} occurrence${gap.count === 1 ? "" : "s"}).`,
    `# Shape: ${oneLine(gap.shape)}`,
    ...(notes.length > 0 ? ["# What people said it was:", ...notes] : []),
    "# Fill in every TODO, rename the file to the id, and run `npm run kb -- check`.",
    `id: todo-gap-${gap.id} # TODO: lower-case words joined by '-', the same as the file name`,
    `title: ${scalar("TODO: what the person sees, in a few words")}`,
    "product: xscaler # TODO: xscaler or opentelemetry",
    "source:",
    `  doc: ${scalar("TODO: the troubleshooting doc this comes from")}`,
    `  section: ${scalar("TODO: its section")}`,
    "clients: [prometheus, alloy, otelcol, grafana, curl] # TODO: keep the clients that meet this",
    "signals:",
    `  - phrase: ${scalar(phrase)} # TODO: the words that prove it; add regex/status/grpc/path signals`,
    "    weight: 0.8",
    `cause: ${scalar("TODO: why it happens, in two or three sentences")}`,
    "fix:",
    `  - ${scalar("TODO: the first thing to do")}`,
    "examples:",
    "  match:",
    `    - ${scalar(gap.sample)}`,
    "  no_match: [] # TODO: a near miss that must not match",
    "",
  ];
  return lines.join("\n");
}

function scalar(text: string): string {
  return stringify(text, { lineWidth: 0 }).trimEnd();
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").slice(0, 200);
}

/** The longest stretch of the shape with nothing masked in it: words the error always has. */
function longestLiteral(shape: string): string {
  const best = shape
    .split(PLACEHOLDER)
    .flatMap((part) => part.split(/["'`{}[\]=,]|\\"/))
    .map((part) => part.trim().replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, ""))
    .reduce((a, b) => (b.length > a.length ? b : a), "");
  // Phrases are matched against the lower-cased paste, so they are written lower-case.
  return (best.length >= 4 ? best : "todo: the words that prove it").toLowerCase();
}
