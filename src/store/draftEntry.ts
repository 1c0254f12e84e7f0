import { stringify } from "yaml";
import type { Gap } from "./Store.ts";

/** The part of a gap a draft needs. */
export type GapForDraft = Pick<Gap, "id" | "shape" | "sample" | "count"> &
  Partial<Pick<Gap, "notes" | "resolutions">>;

const PLACEHOLDER = /<(?:url|ts|ip|host|hex|uuid|n|v)>|\*{4}/g;

/**
 * A YAML skeleton of a knowledge entry for a gap: the gap's sample is its first `match` example and
 * its longest literal fragment a first `phrase` signal. Everything a person must still write is
 * marked TODO. It parses against the entry schema, so `kb check` finds mistakes in it as it is filled in.
 */
export function draftKnowledgeEntry(gap: GapForDraft): string {
  const phrase = longestLiteral(gap.shape);
  const notes = (gap.notes ?? []).slice(0, 3).map((n) => `#   - ${oneLine(n)}`);
  // Support's answer when it resolved an escalation of this error: the newest one is the draft's
  // cause and fix; the others are listed for whoever writes the entry.
  const [resolved, ...older] = gap.resolutions ?? [];
  const steps = resolved ? fixSteps(resolved.fix) : [];
  const others = older.slice(0, 2).map((r) => `#   - ${oneLine(r.cause)} / fix: ${oneLine(r.fix)}`);
  const lines = [
    `# Draft from knowledge gap ${gap.id} (${gap.count} occurrence${gap.count === 1 ? "" : "s"}).`,
    `# Shape: ${oneLine(gap.shape)}`,
    ...(notes.length > 0 ? ["# What people said it was:", ...notes] : []),
    ...(resolved
      ? ["# The cause and the fix are support's, from a resolved escalation: check their wording."]
      : []),
    ...(others.length > 0 ? ["# Other escalations of it were resolved as:", ...others] : []),
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
    `cause: ${scalar(resolved ? prose(resolved.cause) : "TODO: why it happens, in two or three sentences")}`,
    "fix:",
    ...(steps.length > 0 ? steps : ["TODO: the first thing to do"]).map((step) => `  - ${scalar(step)}`),
    "examples:",
    "  match:",
    `    - ${scalar(gap.sample)}`,
    "  no_match: [] # TODO: a near miss that must not match",
    "",
  ];
  return lines.join("\n");
}

/** Support's fix as steps: one a line, list markers dropped. */
function fixSteps(fix: string): string[] {
  return fix
    .split("\n")
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, "").trim())
    .filter((line) => line.length > 0)
    .slice(0, 8);
}

function scalar(text: string): string {
  return stringify(text, { lineWidth: 0 }).trimEnd();
}

/** Prose on one line, whole (a multi-line plain scalar would not parse). */
function prose(text: string): string {
  return text.replace(/\s+/g, " ").trim();
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
