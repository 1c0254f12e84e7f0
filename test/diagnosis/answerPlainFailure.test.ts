import { describe, expect, it } from "vitest";
import { shippedDiagnosis } from "../support/shippedDiagnosis.ts";

const { diagnose } = shippedDiagnosis();

describe("a direct ask that shows one plain failure class", () => {
  it("is answered even when the entry's own phrase carries the same words as the class", () => {
    // otel-tls-untrusted lists "certificate signed by unknown authority" as its own phrase too: the
    // phrase is the hit that counts, and the class still reached the entry.
    const [top] = diagnose(
      "tls: failed to verify certificate: x509: certificate signed by unknown authority",
    ).matches;
    expect(top?.id).toBe("otel-tls-untrusted");
    expect(top?.basis?.label).toMatch(/^likely: /);
    expect(top?.confidence).toBe("low");
  });

  it("is not answered from a server's log of a client that failed its handshake: some client's failure", () => {
    const serverLog = [
      "2024/03/11 13:19:35 http: TLS handshake error from 203.0.113.86:43120: remote error: tls: bad certificate",
      "2024/03/11 13:19:50 http: TLS handshake error from 203.0.113.86:52842: remote error: tls: bad certificate",
    ].join("\n");
    expect(diagnose(serverLog).matches).toEqual([]);
  });

  it("is still answered when the client's own error stands beside the server's report", () => {
    const text = [
      "http: TLS handshake error from 203.0.113.86:43120: remote error: tls: unknown certificate authority",
      'Post "https://otlp.example.net:4318/v1/traces": tls: failed to verify certificate: x509: certificate signed by unknown authority',
    ].join("\n");
    expect(diagnose(text).matches[0]?.id).toBe("otel-tls-untrusted");
  });

  it("is not answered in a channel the bot only listens to", () => {
    expect(
      diagnose("tls: failed to verify certificate: x509: certificate signed by unknown authority", {
        mode: "passive",
      }).matches,
    ).toEqual([]);
  });

  it("is not answered when the paste names a proxy client: the tunnel failed, not an exporter", () => {
    expect(
      diagnose(
        "v2rayN: failed to dial to proxy.example.com:443 > tls: first record does not look like a TLS handshake",
      ).matches,
    ).toEqual([]);
  });
});
