import type { ClientId } from "../vocabulary/clients.ts";
import type { ConfigKind } from "./ConfigKind.ts";

/** A value in the snippet, with where its source text is, so it can be replaced in place. */
export interface Val {
  value: string;
  start: number;
  end: number;
  /** 1-based line in the snippet. */
  line: number;
  /** How the value is written: a YAML/Alloy scalar, or raw text inside a larger word (curl). */
  style: "plain" | "double" | "single" | "block" | "raw" | "alloy-string" | "inner";
}

export interface HeaderVal {
  name: string;
  value: Val;
}

/** A whole-snippet rewrite: the text in, the corrected text out (undefined when it cannot be done). */
export type Fix = (text: string) => string | undefined;

/**
 * One place in a config that sends data or queries: a remote_write entry, an exporter, a data
 * source, a curl command. The readers of each format fill it; the rules only look at this.
 */
export interface Target {
  /** e.g. `remote_write[0]`, `exporters.otlphttp`, `prometheus.remote_write "default" endpoint[0]`. */
  key: string;
  kind: ConfigKind;
  client: ClientId;
  role: "remote-write" | "otlp-grpc" | "otlp-http" | "datasource" | "curl";
  line: number;
  url?: Val;
  /**
   * An SDK's settings that name no protocol: the role is read from the port, and the SDKs' defaults
   * differ (gRPC in Python and the Java agent before 2.0, HTTP in JavaScript), so no path rule applies.
   */
  protocolGuessed?: boolean;
  /** Pairs of an SDK's `OTEL_EXPORTER_OTLP_HEADERS` written `Name: value`, which the SDKs do not read. */
  unreadHeaders?: Val[];
  /** The signal an SDK's endpoint setting is for (`OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`); none for the shared one. */
  signal?: "traces" | "metrics" | "logs";
  headers: HeaderVal[];
  /** Headers come from an auth extension / handler we cannot see: do not ask for them. */
  externalAuth?: boolean;
  /** Prometheus / Alloy authorization block. */
  authType?: Val;
  credentials?: Val;
  /** Prometheus bearer_token. */
  bearerToken?: Val;
  basicAuth?: { line: number; username?: Val; password?: Val };
  insecureSkipVerify?: Val;
  /** The Collector's `tls.insecure` (configtls): plaintext for gRPC, and nothing at all for an https:// URL. */
  tlsInsecure?: Val;
  /** The Collector's `tls.ca_file` (or `ca_pem`): a CA is already trusted. */
  caFile?: Val;
  maxShards?: Val;
  batchSendDeadline?: Val;
  /** curl: sends a body (a write), and it is not only a query. */
  writes?: boolean;
  /** Source spans of secrets, to show as `****` / `<token>`. */
  secrets: { start: number; end: number }[];
  addHeader: (name: string, value: string) => Fix;
  /** Replace basic auth by a Bearer token (and the tenant header). */
  replaceBasicAuth: (tenant: string) => Fix;
  /** Turn certificate verification back on. */
  removeInsecure?: Fix;
}
