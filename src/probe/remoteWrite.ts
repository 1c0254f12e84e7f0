/**
 * The smallest valid remote-write 1.0 request. An empty `prometheus.WriteRequest` protobuf message
 * serialises to zero bytes; its snappy *block* encoding is just the uncompressed-length preamble, a
 * varint, which for length 0 is the single byte 0x00. Hand-encoded so no snappy library is needed.
 */
export const EMPTY_WRITE_REQUEST_SNAPPY: Uint8Array = Uint8Array.of(0x00);

export const REMOTE_WRITE_HEADERS: Readonly<Record<string, string>> = {
  "content-encoding": "snappy",
  "content-type": "application/x-protobuf",
  "x-prometheus-remote-write-version": "0.1.0",
};

/** An empty OTLP `ExportMetricsServiceRequest` is also zero bytes of protobuf. */
export const EMPTY_OTLP_EXPORT: Uint8Array = new Uint8Array(0);

export const PUSH_PATH = "/api/v1/push";
export const QUERY_PATH = "/prometheus/api/v1/query?query=vector(1)";
export const OTLP_PATH = "/otlp/v1/metrics";
