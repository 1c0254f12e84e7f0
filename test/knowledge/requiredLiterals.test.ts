import { describe, expect, it } from "vitest";
import { compilePattern, lowerCaseLiterals, matchIn } from "../../src/knowledge/compilePattern.ts";
import { requiredLiterals } from "../../src/knowledge/requiredLiterals.ts";

describe("requiredLiterals", () => {
  it.each([
    ["connection refused|econnrefused", ["connection refused", "econnrefused"]],
    ["connect(?:ion)? timed out", ["connection timed out", "connect timed out"]],
    ["X-Scope-OrgID[^\\n]{0,60}(missing|required)", ["x-scope-orgid"]],
    ["(?:no such host|could not resolve)", ["no such host", "could not resolve"]],
    ["https?://[^/]+/api/v1/write", ["/api/v1/write"]],
    ["queue\\.full", ["queue.full"]],
    ["abcx?def", ["abcxdef", "abcdef"]],
    ["ab+cdef", ["cdef"]],
    ["\\d+ errors?", [" errors", " error"]],
    ["(?:x|yz)abc", ["xabc", "yzabc"]],
    ["(?:server returned|responded with) 5\\d\\d", ["server returned 5", "responded with 5"]],
    ["(missing|no|empty)[^\\n]{0,20}(tenant|org) ?id", ["tenant id", "tenantid", "org id", "orgid"]],
    ["(foo|bar)+", ["foo", "bar"]],
    ["/v1/(?:metrics|logs)/v1/", ["/v1/metrics/v1/", "/v1/logs/v1/"]],
  ])("finds what every match of /%s/ contains", (source, expected) => {
    expect(requiredLiterals(source)).toEqual(expected);
  });

  it.each(["a|bcdef", "\\d+|abc", "(?:fo|bar)+", "[a-z]{3}", "x(?:yz)?w"])(
    "gives up (null) where it cannot prove a literal: /%s/",
    (source) => {
      expect(requiredLiterals(source)).toBeNull();
    },
  );

  it("never rules out a line the pattern matches", () => {
    const samples = [
      "dial tcp 10.0.0.1:4317: connect: connection refused",
      "Error: connect ECONNREFUSED 127.0.0.1:4318",
      "X-Scope-OrgID header is missing",
      "post https://h.example/api/v1/write failed",
      "connection timed out after 10s",
      "abdef abcdef abbbcdef",
    ];
    for (const source of [
      "connection refused|econnrefused",
      "connect(?:ion)? timed out",
      "X-Scope-OrgID[^\\n]{0,60}(missing|required)",
      "https?://[^/]+/api/v1/write",
      "abcx?def",
      "ab+cdef",
    ]) {
      const pattern = compilePattern(source);
      for (const line of samples) {
        const lower = line.toLowerCase();
        if (!matchIn(pattern, lower)) continue;
        const passes = pattern.prefilter?.some(
          (alt) => alt.anyOf.some((n) => lower.includes(n)) && alt.allOf.every((n) => lower.includes(n)),
        );
        expect(passes).toBe(true);
      }
    }
  });
});

describe("lowerCaseLiterals", () => {
  it("lower-cases literal letters and classes, leaving escapes and inline flags alone", () => {
    expect(lowerCaseLiterals("X-Scope-OrgID\\S+\\D[A-Z]\\P{Lu}(?P<Name>x)(?i:AB)")).toBe(
      "x-scope-orgid\\S+\\D[a-z]\\P{Lu}(?P<Name>x)(?i:ab)",
    );
  });

  it("matches the lower-cased text as the original pattern would, case-insensitively", () => {
    const pattern = compilePattern("Unauthorized|X-Scope-OrgID\\s+missing");
    expect(pattern.matchIn("err=unauthorized")?.text).toBe("unauthorized");
    expect(pattern.matchIn("x-scope-orgid missing")?.text).toBe("x-scope-orgid missing");
  });
});
