import type { BackendCatalog, ClientCatalog } from "./catalogs/Catalog.ts";
import type { FailureClass, FailureClassId } from "./failureClasses/FailureClass.ts";
import type { OtlpTransport } from "./otlpTransports.ts";

/** What finding one literal of the vocabulary in a paste tells: a failure class, a client, a backend, a status. */
export interface WordingMeaning {
  class?: FailureClassId;
  /** The client catalog whose marker or own error string it is. */
  catalog?: string;
  /**
   * A marker: only that program's log lines carry it, so it says who printed the paste (and that the
   * paste is telemetry). An error string alone does not: many are ordinary words ("failed to export").
   */
  marker?: true;
  /** The bot's client id (src/vocabulary/clients.ts) of that catalog's program. */
  client?: string;
  /** The backend catalog whose answer or marker it is. */
  backend?: string;
  /** What a backend's answer means (unavailable, overloaded, limit, tenant, auth). */
  backendMeaning?: string;
  status?: number;
  grpc?: string;
  /** An OTLP exporter's name: the transport it speaks (otlpTransports.ts). */
  transport?: OtlpTransport;
  /** Where the wording comes from, for evidence. */
  source: string;
}

/** Every literal of the vocabulary with what it means, for one pass over a paste. */
export function indexWordings(
  classes: readonly FailureClass[],
  clients: readonly ClientCatalog[],
  backends: readonly BackendCatalog[],
  exporters: readonly { text: string; transport: OtlpTransport; source: string }[] = [],
): Map<string, WordingMeaning[]> {
  const out = new Map<string, WordingMeaning[]>();
  const add = (text: string, meaning: WordingMeaning) => {
    const list = out.get(text);
    if (list) list.push(meaning);
    else out.set(text, [meaning]);
  };
  for (const c of classes) for (const w of c.wordings) add(w.text, { class: c.id, source: w.source });
  for (const cat of clients) {
    for (const m of cat.markers)
      add(m.text, { catalog: cat.id, client: cat.client, marker: true, source: m.source });
    for (const e of cat.errors) {
      add(e.text, {
        catalog: cat.id,
        client: cat.client,
        source: e.source,
        ...(e.class ? { class: e.class } : {}),
        ...(e.status ? { status: e.status } : {}),
        ...(e.grpc ? { grpc: e.grpc } : {}),
      });
    }
  }
  for (const b of backends) {
    for (const m of b.markers) add(m.text, { backend: b.id, marker: true, source: m.source });
    for (const a of b.answers) {
      add(a.text, {
        backend: b.id,
        backendMeaning: a.meaning,
        source: a.source,
        ...(a.status ? { status: a.status } : {}),
      });
    }
  }
  for (const e of exporters) add(e.text, { transport: e.transport, source: e.source });
  return out;
}
