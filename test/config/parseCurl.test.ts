import { describe, expect, it } from "vitest";
import { parseCurl } from "../../src/config/parseCurl.ts";

describe("parseCurl", () => {
  it("reads a multi-line command: URL, headers, -u, --data-urlencode, -k in combined flags", () => {
    const text = [
      "$ curl -sk 'https://h.example/prometheus/api/v1/query' \\",
      '  -H "Authorization: Bearer abc" \\',
      "  -H 'X-Scope-OrgID: acme' \\",
      "  -u acme:secret --data-urlencode 'query=up' | jq .",
      "next line is not part of it",
    ].join("\n");
    const [cmd] = parseCurl(text);
    expect(cmd?.multiline).toBe(true);
    expect(cmd?.url?.value).toBe("https://h.example/prometheus/api/v1/query");
    expect(cmd?.headers.map((h) => [h.name, h.value, text.slice(h.valueStart, h.valueEnd)])).toEqual([
      ["Authorization", "Bearer abc", "Bearer abc"],
      ["X-Scope-OrgID", "acme", "acme"],
    ]);
    expect(cmd?.user?.username).toBe("acme");
    expect(cmd?.user?.password).toBe("secret");
    expect(cmd?.dataUrlencode).toEqual(["query=up"]);
    expect(cmd?.insecure.map((w) => w.value)).toEqual(["-sk"]);
    expect(cmd?.sendsBody).toBe(false);
    expect(text.slice(0, cmd?.end)).not.toContain("next line");
  });

  it("finds several commands and knows which ones send a body", () => {
    const cmds = parseCurl(
      "curl https://h/api/v1/write --data-binary @x\nlog line\ncurl -X POST --url https://h/api/v1/push -H X-Scope-OrgID:acme",
    );
    expect(cmds.map((c) => [c.url?.value, c.sendsBody])).toEqual([
      ["https://h/api/v1/write", true],
      ["https://h/api/v1/push", true],
    ]);
  });
});
