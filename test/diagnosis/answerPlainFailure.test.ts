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
