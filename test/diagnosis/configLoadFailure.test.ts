import { describe, expect, it } from "vitest";
import { showsConfigLoadFailure } from "../../src/vocabulary/configLoadFailures.ts";
import { shippedDiagnosis } from "../support/shippedDiagnosis.ts";

const { ids } = shippedDiagnosis();

const config = [
  "exporters:",
  "  otlphttp:",
  "    endpoint: https://otlp.example.com",
  "  debug:",
  "    verbosity: detailed",
].join("\n");

describe("a program that could not load its config", () => {
  it("gets the checker's findings when it loaded: no tenant header for a multi-tenant backend", () => {
    expect(ids(config)).toContain("missing-org-id");
  });

  it("does not: the Collector stopped at its config, so nothing was sent", () => {
    const text = [
      "When I start the collector with this config:",
      "```",
      config,
      "```",
      "it exits with:",
      "```",
      'Error: failed to get config: cannot unmarshal the configuration: decoding failed due to the following error(s): error decoding \'exporters\': unknown type: "debug" for id: "debug" (valid values: [otlp otlphttp])',
      "```",
    ].join("\n");
    expect(ids(text)).not.toContain("missing-org-id");
  });

  it("is recognised in the words of Prometheus and Loki too", () => {
    expect(
      showsConfigLoadFailure('msg="error loading config (--config.file=/etc/prometheus/prometheus.yml)"'),
    ).toBe(true);
    expect(
      showsConfigLoadFailure("failed parsing config: /etc/loki/config.yaml: yaml: unmarshal errors:"),
    ).toBe(true);
    expect(showsConfigLoadFailure('msg="Loading configuration file" filename=prometheus.yml')).toBe(false);
  });
});
