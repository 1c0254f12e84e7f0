import { stringify } from "yaml";
import { CLIENT_IDS } from "../../vocabulary/clients.ts";
import type { KnowledgeFile } from "../parseKnowledgeBase.ts";
import { type DraftEntry, TODO } from "./DraftEntry.ts";

/**
 * A draft made loadable for measuring: the TODO a schema enum cannot hold (product, clients, a snippet
 * for an unknown client) gets a neutral stand-in; signals are left exactly as imported, so a measure
 * of what the drafts match is a measure of the import, not of the stand-ins.
 */
export function fillDraftTodos(draft: DraftEntry): KnowledgeFile {
  const fields = structuredClone(draft.fields);
  if (fields.product === TODO) fields.product = "protocols";
  if (fields.clients === TODO) fields.clients = [...CLIENT_IDS];
  const snippets = fields.snippets as Record<string, unknown>;
  for (const key of Object.keys(snippets)) if (key.startsWith(TODO)) delete snippets[key];
  return { path: `drafts/${draft.id}.yml`, text: stringify(fields, { lineWidth: 0 }) };
}
