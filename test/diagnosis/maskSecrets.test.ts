import { describe, expect, it } from "vitest";
import { findSecrets, hasLiveLookingSecret, maskSecrets } from "../../src/vocabulary/maskSecrets.ts";

const JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZW5hbnQtNyJ9.c2lnbmF0dXJlLXBhcnQ";

describe("maskSecrets", () => {
  it.each([
    ["Authorization header", 'curl -H "Authorization: Bearer abcd1234efgh5678"', "abcd1234efgh5678"],
    ["Authorization header without a scheme", "Authorization: rawtokenvalue99", "rawtokenvalue99"],
    ["a bare bearer token", "using bearer Zx9_long-token.value", "Zx9_long-token.value"],
    ["basic credentials", '"Authorization": "Basic dXNlcjpwYXNzd29yZA=="', "dXNlcjpwYXNzd29yZA=="],
    ["a JWT anywhere", `token was ${JWT} yesterday`, JWT],
    ["a password in a URL", "url: https://admin:hunter2@euw1-01.m.xscalerlabs.com/api/v1/push", "hunter2"],
    ["a token in a query string", "GET /api/v1/query?query=up&api_key=s3cr3tvalue", "s3cr3tvalue"],
    ["bearer_token in prometheus.yml", "    bearer_token: abcdefghijkl", "abcdefghijkl"],
    ["password in config", "  password: p@ssw0rd!", "p@ssw0rd!"],
    [
      "Alloy credentials",
      '  credentials = "glc_notarealbutlongenoughtoken123"',
      "notarealbutlongenoughtoken123",
    ],
    [
      "a Grafana service-account key",
      "key glsa_AbCdEfGhIjKlMnOpQrStUvWxYz_12345678",
      "AbCdEfGhIjKlMnOpQrStUvWxYz_12345678",
    ],
    ["a Slack bot token", "SLACK_BOT_TOKEN=xoxb-1234-5678-abcdefghijkl", "1234-5678-abcdefghijkl"],
    ["a GitHub token", "ghp_abcdefghijklmnopqrstuvwxyz0123456789", "abcdefghijklmnopqrstuvwxyz0123456789"],
    ["an AWS access key", "aws key AKIAIOSFODNN7EXAMPLE in env", "AKIAIOSFODNN7EXAMPLE"],
    ["an API-key header", "X-API-Key: 0123456789abcdef", "0123456789abcdef"],
  ])("masks %s", (_name, text, secret) => {
    const masked = maskSecrets(text);
    expect(masked).not.toContain(secret);
    expect(masked).toContain("****");
  });

  it.each([
    ['authorization: "Bearer Bearer abcdef0123456789abcdef"', 'authorization: "Bearer Bearer ****"'],
    ["Authorization: Bearer Bearer abcdef0123456789abcdef", "Authorization: Bearer Bearer ****"],
    ['credentials = "Bearer Bearer abcdef0123456789abcdef"', 'credentials = "Bearer Bearer ****"'],
    ["using bearer bearer Zx9_long-token.value", "using bearer bearer ****"],
  ])(
    "masks the token after a doubled Bearer and keeps both words, which are the mistake: %s",
    (text, masked) => {
      expect(maskSecrets(text)).toBe(masked);
    },
  );

  it("keeps hosts, paths, tenants and status codes readable", () => {
    const text =
      'url=https://euw1-01.m.xscalerlabs.com/api/v1/push X-Scope-OrgID: tenant-42 err="server returned HTTP status 401 Unauthorized"';
    expect(maskSecrets(text)).toBe(text);
  });

  it("keeps the vendor prefix of a known key so people can tell which key it was", () => {
    expect(maskSecrets("glc_abcdefghijklmnopqrstuvwxyz")).toBe("glc_****");
  });

  it("leaves placeholders and references alone", () => {
    for (const text of [
      "Authorization: Bearer <token>",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell-style reference, as people write it in configs
      "bearer_token: ${XSCALER_TOKEN}",
      'credentials = env("XSCALER_TOKEN")',
      "password: ****",
      "Authorization: Bearer XXXXXXXX",
    ]) {
      expect(maskSecrets(text)).toBe(text);
      expect(findSecrets(text)).toEqual([]);
    }
  });

  it("does not treat a multi-line authorization block's next key as its value", () => {
    expect(maskSecrets("authorization:\n  credentials: realtoken123")).toBe(
      "authorization:\n  credentials: ****",
    );
  });

  it("tells a live-looking secret from a short or placeholder one", () => {
    expect(hasLiveLookingSecret(`Authorization: Bearer ${JWT}`)).toBe(true);
    expect(hasLiveLookingSecret("Authorization: Bearer <token>")).toBe(false);
    expect(hasLiveLookingSecret("password: aaaa")).toBe(false);
  });
});
