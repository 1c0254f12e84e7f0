import { describe, expect, it } from "vitest";
import { shippedDiagnosis } from "../support/shippedDiagnosis.ts";

const { ids } = shippedDiagnosis();

describe("a client's own error sentence", () => {
  it("is telemetry context by itself, in whatever program embeds the client", () => {
    // Prometheus's remote-write client (storage/remote/client.go), embedded in some relay.
    expect(
      ids(
        "relay: push failed: server returned HTTP status 400 Bad Request: duplicate sample for timestamp",
      )[0],
    ).toBe("err-mimir-sample-out-of-order");
  });

  it("is not a short wording every program uses", () => {
    // "transient error" is in opentelemetry-python's catalog too, but any program says it.
    expect(ids("import job: transient error while loading the CSV: duplicate sample for timestamp")).toEqual(
      [],
    );
  });
});
