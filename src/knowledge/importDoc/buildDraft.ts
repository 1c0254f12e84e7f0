import type { WordingMeaning } from "../../vocabulary/indexWordings.ts";
import { buildSignals } from "./buildSignals.ts";
import type { DocSection } from "./DocSection.ts";
import { type DraftEntry, TODO } from "./DraftEntry.ts";
import { findClients } from "./findClients.ts";
import { findCodeBlocks } from "./findCodeBlocks.ts";
import { findHeaders, findPaths } from "./findHeadersAndPaths.ts";
import { findQuotedErrors, PLACEHOLDER } from "./findQuotedErrors.ts";
import { findStatuses } from "./findStatuses.ts";
import { findSteps } from "./findSteps.ts";
import { guessLanguage } from "./guessClient.ts";
import { sectionId } from "./sectionId.ts";

/** A template filled with sample values, so the example is a line the software could print. */
function sampleOf(template: string): string {
  return template.replace(new RegExp(PLACEHOLDER.source, "g"), (p) =>
    /%[-+ #0-9.]*[dfx]/.test(p) ? "42" : "sample-1",
  );
}

/** One section to one draft entry: every field the page decides, TODO for the rest. */
export function buildDraft(
  section: DocSection,
  doc: string,
  wordings: ReadonlyMap<string, readonly WordingMeaning[]>,
): DraftEntry {
  const todo: string[] = [];
  const quoted = findQuotedErrors(section);
  const statuses = findStatuses(section);
  const { signals, triggers } = buildSignals({
    quoted,
    statuses,
    headers: findHeaders(section),
    paths: findPaths(section),
    wordings,
  });
  if (signals.length === 0) {
    todo.push("signals");
    signals.push({ phrase: "todo: the words that prove it", weight: 0.8 });
  }
  const steps = findSteps(section);
  if (!steps.cause) todo.push("cause");
  if (steps.fix.length === 0) todo.push("fix");

  const blocks = findCodeBlocks(section);
  const snippets: Record<string, Record<string, string>> = {};
  let unknown = 0;
  let last: Record<string, string> | undefined;
  for (const b of blocks) {
    // The wrong form goes with the right one shown just before it (`# Correct` … `# Wrong` …).
    if (b.wrong && !b.client && last && last.wrong === undefined) {
      last.wrong = `${b.code}\n`;
      continue;
    }
    const key = b.client ?? `${TODO}${++unknown > 1 ? `-${unknown}` : ""}`;
    if (!b.client && !todo.includes("snippets")) todo.push("snippets");
    const s = snippets[key] ?? { language: guessLanguage(b.code, b.client) };
    snippets[key] = s;
    if (b.wrong && s.wrong === undefined) s.wrong = `${b.code}\n`;
    else if (!b.wrong && s.right === undefined) s.right = `${b.code}\n`;
    last = s;
  }
  for (const s of Object.values(snippets)) {
    if (s.right === undefined) {
      s.right = `${TODO}: the right form\n`;
      if (!todo.includes("snippets")) todo.push("snippets");
    }
  }
  const clients = findClients(
    section,
    blocks.map((b) => b.client),
  );
  if (clients.length === 0) todo.push("clients");

  // A lone quoted word is weak evidence (0.4): alone it would not make the draft's diagnosis, so it is no example.
  const match = quoted
    .filter((q) => /\s/.test(q.text.trim()))
    .map((q) => (q.template ? sampleOf(q.text) : q.text));
  const titled = statuses.find((s) => s.where === "heading");
  if (match.length === 0 && titled) {
    const words = section.title
      .replace(/^\s*\d{3}\s*/, "")
      .split(/\s+[—–-]\s+|["“]/)[0]
      ?.trim();
    match.push(`HTTP status ${titled.status}${words ? ` ${words}` : ""}`);
  }
  if (match.length === 0) {
    todo.push("examples.match");
    match.push(`${TODO}: a log line that shows this symptom, in the client's own words`);
  }
  todo.unshift("product");

  const fields: Record<string, unknown> = {
    id: sectionId(section.title),
    title: section.title,
    product: TODO,
    source: { doc, section: section.heading },
    clients: clients.length > 0 ? clients : TODO,
    signals,
    cause: steps.cause ?? `${TODO}: why it happens, in two or three sentences`,
    fix: steps.fix.length > 0 ? steps.fix : [`${TODO}: the first thing to do`],
    snippets,
    examples: { match, no_match: [] as string[] },
  };
  return {
    id: fields.id as string,
    section: section.heading,
    fields,
    quoted: quoted.map((q) => q.text),
    triggers,
    todo,
  };
}
