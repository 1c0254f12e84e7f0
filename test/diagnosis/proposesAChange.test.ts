import { describe, expect, it } from "vitest";
import { proposesAChange } from "../../src/diagnosis/proposesAChange.ts";
import { shippedDiagnosis } from "../support/shippedDiagnosis.ts";

const { ids } = shippedDiagnosis();

describe("a text that proposes a change", () => {
  it("is told from a report by the way it is written", () => {
    expect(proposesAChange("is your feature request related to a problem? please describe.")).toBe(true);
    expect(proposesAChange("i propose that the distributor answers 429 instead of 500")).toBe(true);
    expect(proposesAChange("it would be great to have per-label rate limits in the agent")).toBe(true);
    // A report that ends in a wish is still a report.
    expect(proposesAChange("it would be nice to config grpc to allow larger batches")).toBe(false);
    expect(proposesAChange("remote_write fails with 429, what can i do?")).toBe(false);
  });

  it("is told by the headings of the projects' own feature templates", () => {
    expect(proposesAChange("### which solution do you envision (roughly)?\nan allow-list of tenants")).toBe(
      true,
    );
    expect(proposesAChange("### problem statement\nexports fail\n### proposed solution\nsplit batches")).toBe(
      true,
    );
    expect(proposesAChange("**what would you like to be added**:\na tenant option")).toBe(true);
    expect(proposesAChange("## proposal\nlet the exporter retry on 429")).toBe(true);
    expect(proposesAChange("[feature]: retry on 429")).toBe(true);
    // An issue's title, "Proposal: …"; a conventional commit's "feat:" titles reports too.
    expect(proposesAChange("proposal: add retry_on_failure for 429 with retry-after")).toBe(true);
    expect(proposesAChange("feat: otel http protocol\n### problem description\ntransient error")).toBe(false);
    // The word in a sentence, or a bug report's headings, are no proposal.
    expect(proposesAChange("the proposal in #123 did not fix it: remote write still gets 429")).toBe(false);
    expect(proposesAChange("### what did you see instead?\nserver returned http status 429")).toBe(false);
  });

  it("is not answered from the limits and statuses it discusses", () => {
    const proposal = [
      "Feature request: the distributor should tell remote write clients to slow down.",
      "Today, when a tenant sends faster than its limits allow, Mimir returns 500 and data is lost;",
      "we could return 429 so Prometheus retries later.",
    ].join("\n");
    expect(ids(proposal)).toEqual([]);
  });

  it("is answered for an error it quotes, when the words are the runtime's own", () => {
    const proposal = [
      "Feature request: make the gRPC message limit configurable in the OpenTelemetry .NET exporter.",
      'Today it fails with Status(StatusCode="ResourceExhausted", Detail="grpc: received message larger than max (9000000 vs. 4194304)")',
    ].join("\n");
    expect(ids(proposal)[0]).toBe("request-too-large");
  });

  it("does not drop a report that only ends in a wish", () => {
    const report =
      'prometheus remote_write: err="server returned HTTP status 429 Too Many Requests: ingestion rate limit exceeded". It would be nice to config the retries.';
    expect(ids(report)[0]).toBe("rate-limited-429");
  });
});
