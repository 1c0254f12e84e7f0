import { describe, expect, it } from "vitest";
import { mentionsVocabulary } from "../../src/vocabulary/mentionsVocabulary.ts";

describe("named vocabularies", () => {
  it("find our field's names at the start of a longer word", () => {
    expect(mentionsVocabulary('exporter "otlphttp/backend" failed', "telemetry")).toBe(true);
    expect(mentionsVocabulary("exporterhelper/retry_sender.go:118", "telemetry")).toBe(true);
    expect(mentionsVocabulary("pushing to the mimir distributor", "backend")).toBe(true);
  });

  it("do not find a name inside another word", () => {
    expect(mentionsVocabulary("the hotel booking failed", "telemetry")).toBe(false);
    expect(mentionsVocabulary("sendotlprequestwithretry failed", "telemetry")).toBe(true);
    expect(mentionsVocabulary("the build pipeline failed", "other-product")).toBe(false);
  });

  it("find other products only as whole words", () => {
    expect(mentionsVocabulary("pip install requests failed: ssl error", "other-product")).toBe(true);
    expect(mentionsVocabulary("psql: error: connection to server failed", "other-product")).toBe(true);
    expect(mentionsVocabulary("readiness probe failed: get http://<ip>:8080/health", "other-product")).toBe(
      true,
    );
    expect(mentionsVocabulary("postgresql_exporter up", "other-product")).toBe(false);
    // OpenSSL's source file in a grpc-js TLS error, not Amazon S3.
    expect(
      mentionsVocabulary("ssl routines:ssl3_read_bytes:../ssl/record/rec_layer_s3.c:1601", "other-product"),
    ).toBe(false);
    expect(mentionsVocabulary("failed to get s3 object: requesterror", "other-product")).toBe(true);
  });

  it("do not read Tempo into glibc's 'temporary' and 'temporarily'", () => {
    expect(mentionsVocabulary("[errno -3] temporary failure in name resolution", "backend")).toBe(false);
    expect(mentionsVocabulary("resource temporarily unavailable", "backend")).toBe(false);
    expect(mentionsVocabulary("tempo-distributor-7d9 tempodb: compaction", "backend")).toBe(true);
  });
});
