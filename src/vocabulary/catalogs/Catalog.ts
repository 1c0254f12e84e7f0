import type { FailureClassId, Wording } from "../failureClasses/FailureClass.ts";

/**
 * What one client program prints, read from its own source: the marks its log lines carry, its own
 * error strings, and what it does with a failed request. A paste that a catalog recognises is
 * telemetry context by itself.
 */
export interface ClientCatalog {
  /** `otelcol-exporterhelper`, `prometheus-remote-storage`, `otel-js`, `fluent-bit`, … */
  id: string;
  /** The program as people name it: "OpenTelemetry JS SDK exporters". */
  name: string;
  /** Which of the bot's clients (src/vocabulary/clients.ts) this is, for snippets and config. */
  client: string;
  /**
   * Which way the data goes in the lines its markers find: an exporter, sink or output only sends
   * (a paste it printed is a write), a data source only reads; an agent that also scrapes or queries
   * does both, and its markers say nothing about the direction.
   */
  role: "sends" | "reads" | "both";
  /** Literal marks only this client's log lines carry (a logger name, a file name, a field). */
  markers: readonly Wording[];
  /** Its own error strings, each with the failure class or status it reports when it has one. */
  errors: readonly CatalogError[];
  /** What it does with a request that failed. */
  retry: RetryPolicy;
}

export interface CatalogError extends Wording {
  class?: FailureClassId;
  /** The HTTP status the string reports, when it is about one. */
  status?: number;
  /** The gRPC code name (`Unavailable`) the string reports, when it is about one. */
  grpc?: string;
  /** In a few words, what it means. */
  meaning?: string;
}

export interface RetryPolicy {
  /** HTTP statuses it retries (queued, sent again later). */
  retriedStatuses: readonly number[];
  /** gRPC codes it retries, by name (`Unavailable`). */
  retriedGrpc: readonly string[];
  /** Whether a connection failure (refused, timeout, reset) is retried. */
  retriesConnectionErrors: boolean;
  /** What happens to data once retries are exhausted or on a status it does not retry. */
  onGiveUp: "dropped" | "kept-on-disk" | "blocks-pipeline";
  /** Plain words: "retries 5xx and, with retry_on_http_429, 429; drops other 4xx". */
  summary: string;
  source: string;
}

/** What a backend answers when it is unavailable, overloaded or refusing on purpose. */
export interface BackendCatalog {
  /** `mimir`, `cortex`, `loki`, `tempo`, `thanos-receive`, `victoriametrics` */
  id: string;
  name: string;
  markers: readonly Wording[];
  answers: readonly BackendAnswer[];
}

/** unavailable: the ring or ingesters are not healthy; overloaded: shedding load; limit: a per-tenant limit. */
export const BACKEND_MEANINGS = ["unavailable", "overloaded", "limit", "tenant", "auth"] as const;
export type BackendMeaning = (typeof BACKEND_MEANINGS)[number];

export interface BackendAnswer extends Wording {
  meaning: BackendMeaning;
  /** The HTTP status it answers with, when known. */
  status?: number;
  /** An error id the backend documents (`err-mimir-sample-out-of-order`). */
  errorId?: string;
  /** In a few words. */
  note?: string;
}
