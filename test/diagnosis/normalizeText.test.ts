import { describe, expect, it } from "vitest";
import { lineAt, normalizeText } from "../../src/diagnosis/normalizeText.ts";

describe("normalizeText", () => {
  it("decodes Slack entities and link markup", () => {
    const t = normalizeText(
      "curl &lt;https://euw1-01.m.xscalerlabs.com/api/v1/push|link&gt; &amp;&amp; echo <https://a.example/x|a.example/x>",
    );
    expect(t.lines[0]).toBe(
      "curl <https://euw1-01.m.xscalerlabs.com/api/v1/push|link> && echo https://a.example/x",
    );
  });

  it("drops code fences, backticks and ANSI colours", () => {
    const t = normalizeText("```\n\u001b[31merror\u001b[0m `sending queue is full`\n```");
    expect(t.norm).toBe("\nerror sending queue is full\n\n");
  });

  it("undoes JSON string escapes, nested twice", () => {
    const t = normalizeText(
      '{"error":"err=\\\\\\"server returned HTTP status 400 Bad Request: no org id\\\\\\""}',
    );
    expect(t.norm).toContain('err="server returned http status 400 bad request: no org id"');
    const stack = normalizeText('{"stack":"Error: boom\\n    at run (x.js:1:2)"}');
    expect(stack.lines).toHaveLength(2);
  });

  it("replaces dates and times in the matching text, keeping them in the readable lines", () => {
    const t = normalizeText(
      "ts=2024-04-17T07:55:09.673Z level=warn\nMar 28 14:39:44 host otel-collector[1154]: 2025-03-28 14:39:44,484 info",
    );
    expect(t.norm).toBe("ts=<ts> level=warn\nmar 28 <ts> host otel-collector[1154]: <ts> info\n");
    expect(t.lines[0]).toBe("ts=2024-04-17T07:55:09.673Z level=warn");
  });

  it("collapses white space and lower-cases the matching text, keeping readable lines", () => {
    const t = normalizeText("Exporting\tfailed.   Will RETRY\r\nnext");
    expect(t.lines[0]).toBe("Exporting failed.   Will RETRY");
    expect(t.norm).toBe("exporting failed. will retry\nnext\n");
    expect(lineAt(t.lineStarts, t.norm.indexOf("next"))).toBe(1);
  });
});
