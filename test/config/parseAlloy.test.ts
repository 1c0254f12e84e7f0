import { describe, expect, it } from "vitest";
import { parseAlloy } from "../../src/config/parseAlloy.ts";

describe("parseAlloy", () => {
  const src = [
    "// shipping",
    'prometheus.remote_write "default" {',
    "  endpoint {",
    '    url = "https://h/api/v1/push" // comment with { brace',
    '    headers = { "X-Scope-OrgID" = "acme", other = "x\\"y" }',
    "    /* block { comment */",
    "    queue_config { max_shards = 200 }",
    "    authorization {",
    '      credentials = sys.env("TOKEN") + "-suffix"',
    "    }",
    "  }",
    "}",
    'prometheus.scrape "a" { targets = [{"__address__" = "a:1"}] forward_to = [prometheus.remote_write.default.receiver] }',
  ].join("\n");

  it("reads blocks, labels, attributes and literal values with their offsets", () => {
    const file = parseAlloy(src);
    expect(file.errors).toEqual([]);
    expect(file.blocks.map((b) => [b.name, b.label])).toEqual([
      ["prometheus.remote_write", "default"],
      ["prometheus.scrape", "a"],
    ]);
    const ep = file.blocks[0]?.blocks[0];
    expect(ep?.name).toBe("endpoint");
    const url = ep?.attrs.find((a) => a.name === "url")?.value;
    expect(url?.value).toBe("https://h/api/v1/push");
    expect(src.slice(url?.start, url?.end)).toBe('"https://h/api/v1/push"');
    const headers = ep?.attrs.find((a) => a.name === "headers")?.value;
    expect(headers?.entries?.map((e) => [e.key, e.value.value])).toEqual([
      ["X-Scope-OrgID", "acme"],
      ["other", 'x"y'],
    ]);
    expect(ep?.blocks.find((b) => b.name === "queue_config")?.attrs[0]?.value.value).toBe(200);
    // A function call and an operator are kept as one opaque expression.
    const cred = ep?.blocks.find((b) => b.name === "authorization")?.attrs[0]?.value;
    expect(cred?.kind).toBe("other");
    expect(src.slice(cred?.start, cred?.end)).toBe('sys.env("TOKEN") + "-suffix"');
    expect(src[file.blocks[0]?.close ?? 0]).toBe("}");
  });

  it("reports an unclosed block and keeps what it read", () => {
    const file = parseAlloy(
      'prometheus.remote_write "a" {\n  endpoint {\n    url = "https://h/api/v1/write"\n',
    );
    expect(file.errors.map((e) => e.message)).toEqual([
      "block endpoint is not closed",
      'block prometheus.remote_write "a" is not closed',
    ]);
    expect(file.blocks[0]?.closed).toBe(false);
    expect(file.blocks[0]?.blocks[0]?.attrs[0]?.value.value).toBe("https://h/api/v1/write");
  });

  it("does not throw on garbage", () => {
    for (const s of ["}}}", "a = ", '"open', "x.y {", "= = =", "[1, 2", 'a.b "l" { c = { d = [ }']) {
      expect(() => parseAlloy(s)).not.toThrow();
    }
  });
});
