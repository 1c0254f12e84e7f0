import { describe, expect, it } from "vitest";
import { OTLP_EXPORTER_NAMES, OTLP_PROTOCOL_SETTING } from "../../src/vocabulary/otlpTransports.ts";

/** `owner/repo path/to/file.ext`: the file in the exporter's own source that carries the name. */
const NAMES_A_FILE = /^[\w.-]+\/[\w.-]+ [\w./@-]*[\w-]\.[a-z]{1,5}(?: \(.+\))?$/;

describe("the OTLP exporters' transport names", () => {
  it("are lower-case literals, each with the file it comes from, and name one transport each", () => {
    const problems: string[] = [];
    const seen = new Map<string, string>();
    for (const { text, transport, source } of OTLP_EXPORTER_NAMES) {
      if (text !== text.toLowerCase().trim()) problems.push(`"${text}" is not lower-case and trimmed`);
      if (!NAMES_A_FILE.test(source)) problems.push(`"${text}": source "${source}" does not name a file`);
      const other = seen.get(text);
      if (other && other !== transport) problems.push(`"${text}" names both transports`);
      seen.set(text, transport);
    }
    expect(problems).toEqual([]);
  });

  it("read a protocol setting in the SDKs' environment and Java's system-property forms", () => {
    const read = (text: string) => [...text.matchAll(OTLP_PROTOCOL_SETTING)].map((m) => m[1]);
    expect(read("otel_exporter_otlp_protocol=http/protobuf")).toEqual(["http/protobuf"]);
    expect(read("-dotel.exporter.otlp.traces.protocol=grpc")).toEqual(["grpc"]);
    expect(read('otel_experimental_exporter_otlp_protocol: "http/json"')).toEqual(["http/json"]);
    expect(read("otel_exporter_otlp_protocol is not set")).toEqual([]);
  });
});
