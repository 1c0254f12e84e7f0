import { describe, expect, it } from "vitest";
import { findConfigBlocks, normalisePaste } from "../../src/config/findConfigBlocks.ts";

describe("findConfigBlocks", () => {
  it("finds fenced and unfenced blocks among log lines, with the paste's line numbers", () => {
    const paste = normalisePaste(
      [
        "level=error msg=oops", // 1
        "```yaml", // 2
        "remote_write:", // 3
        "  - url: https://h/api/v1/push", // 4
        "```", // 5
        "ts=2024 level=warn", // 6
        "// the alloy side", // 7
        'prometheus.remote_write "x" {', // 8
        "  endpoint { url = &quot;https://h/api/v1/push&quot; }", // 9
        "}", // 10
        "exporters:", // 11
        "  otlphttp:", // 12
        "", // 13
        "    endpoint: <https://h|h>", // 14
        "thanks", // 15
        "curl -H 'X-Scope-OrgID: a' \\", // 16
        "  https://h/prometheus/api/v1/query", // 17
      ].join("\n"),
    );
    const blocks = findConfigBlocks(paste);
    expect(blocks.map((b) => [b.language, b.startLine, b.fenced])).toEqual([
      ["yaml", 3, true],
      ["alloy", 7, false],
      ["yaml", 11, false],
      ["shell", 16, false],
    ]);
    expect(blocks[1]?.text).toContain('url = "https://h/api/v1/push"');
    expect(blocks[2]?.text).toBe("exporters:\n  otlphttp:\n\n    endpoint: https://h");
    expect(blocks[3]?.text.split("\n")).toHaveLength(2);
  });

  it("reads a Slack fence whose content starts on the ``` line, and an unclosed fence", () => {
    const blocks = findConfigBlocks(
      "look:\n```remote_write:\n  - url: https://h/push```\n```\nexporters:\n  otlp:\n",
    );
    expect(blocks.map((b) => [b.startLine, b.text])).toEqual([
      [2, "remote_write:\n  - url: https://h/push"],
      [5, "exporters:\n  otlp:"],
    ]);
  });

  it("ignores prose and logs", () => {
    expect(findConfigBlocks("Error: exporting failed\nhello: world\n2024-01-01T00:00:00Z info done")).toEqual(
      [],
    );
  });
});
