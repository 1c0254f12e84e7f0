import { isSecretName } from "./isSecretName.ts";
import { VENDOR_KEYS } from "./vendorKeys.ts";

/**
 * Finds and masks credentials in pasted text: everything the bot shows, logs or stores goes through
 * here. Hosts, paths, tenant ids and status codes stay readable; the secret part becomes `****` (a
 * vendor prefix such as `glc_` or `glpat-` and an `Authorization` scheme word are kept, so people can
 * still tell which kind of credential it was).
 *
 * Synchronous on purpose: it runs on every reply and every log line. The vendor-key and private-key
 * shapes follow secretlint's recommended preset (whose API is asynchronous); the corpus test in
 * test/vocabulary runs that preset over the same lines and fails if anything it finds is left here.
 *
 * Every pattern is a single pass over bounded character classes with no nested quantifiers, so
 * masking stays linear in the length of the paste.
 */

export const MASK = "****";

export type SecretKind =
  | "private-key"
  | "authorization-header"
  | "bearer"
  | "basic"
  | "jwt"
  | "url-password"
  | "query-secret"
  | "config-secret"
  | "flag-secret"
  | "form-input"
  | "api-key-header"
  | "webhook"
  | "known-key";

export interface SecretHit {
  kind: SecretKind;
  /** Offset of the secret value (not the whole match) in the text. */
  index: number;
  length: number;
}

interface Rule {
  kind: SecretKind;
  pattern: RegExp;
  /** Lower-case strings one of which the text must hold for the pattern to be worth running. */
  needles?: readonly string[];
  /** The secret's span within the match, or null when this match is not a secret after all. */
  secret: (m: RegExpMatchArray) => { at: number; value: string } | null;
}

/** The span of capture group `group`, given that groups 1…group-1 are contiguous from the match start. */
const afterGroups =
  (group: number) =>
  (m: RegExpMatchArray): { at: number; value: string } | null => {
    const value = m[group];
    if (value === undefined) return null;
    let at = 0;
    for (let g = 1; g < group; g++) at += m[g]?.length ?? 0;
    return { at, value };
  };

const UNQUOTED = String.raw`[^\s"'\`,;&<>()\[\]]{1,4096}`;
const SEP = String.raw`[ \t]{0,8}(?::=|=>|[:=])[ \t]{0,8}`;
/** A key, optionally quoted; groups 1 (the whole lead, still open), 2 (its quote), 3 (the name). */
const NAME = String.raw`(?<![A-Za-z0-9_.])((["']?)([A-Za-z_][A-Za-z0-9_.-]{0,80})\2`;

const vendorPrefixes = VENDOR_KEYS.map((k) => new RegExp(`^(?:${k.prefix})`));
const vendorRule = new RegExp(
  `(?<![A-Za-z0-9_])(?:${VENDOR_KEYS.map((k) => `(?:${k.prefix})(?:${k.body})`).join("|")})`,
  "g",
);

/** `mimirtool --key=…`, `--key …`: a flag named just `key` holds one, unless its value is a file (`curl --key client.pem`). */
const isKeyFlag = (m: RegExpMatchArray, value: string): boolean =>
  /^key$/i.test(m[3] ?? "") &&
  m.input?.slice(Math.max(0, (m.index ?? 0) - 2), m.index) === "--" &&
  !/[/\\]|\.(?:pem|key|crt|p12|der)$/i.test(value);

/** The value (group 4) after a lead (group 1, holding the quote and name groups 2 and 3), when the name is a secret's. */
const namedValue = (m: RegExpMatchArray): { at: number; value: string } | null => {
  const value = m[4] ?? m[5] ?? m[6];
  if (value === undefined) return null;
  if (!isSecretName(m[3] ?? "") && !isKeyFlag(m, value)) return null;
  // `credentials = env("X")`, `password = local.file("x")`: a call that fetches the value, not the value.
  if (m.input?.[(m.index ?? 0) + m[0].length] === "(") return null;
  // A scheme word stays (`credentials = "Bearer ****"` still shows a doubled prefix), and a vendor
  // key keeps its prefix here too (`GITLAB_TOKEN=glpat-****`).
  const scheme =
    /^(?:(?:bearer|basic|token|apikey|api-key|splunk|ssws|geniekey|digest)[ \t]+){1,3}(?=\S)/i.exec(
      value,
    )?.[0] ?? "";
  const rest = value.slice(scheme.length);
  const vendor = vendorPrefixes.map((p) => p.exec(rest)?.[0]).find((p) => p !== undefined) ?? "";
  const prefix = scheme + vendor;
  const quoted = m[6] === undefined ? 1 : 0;
  return { at: (m[1]?.length ?? 0) + quoted + prefix.length, value: value.slice(prefix.length) };
};

const RULES: readonly Rule[] = [
  // PEM private keys, whole or cut off, in files, YAML block scalars and JSON strings (`\n` escapes).
  {
    kind: "private-key",
    needles: ["private key"],
    pattern:
      /(-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----)((?:[A-Za-z0-9+/=\s:,-]|\\[nr]){1,20000}?(?:-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----|(?=["'`]|$))|(?:[A-Za-z0-9+/=\s]|\\[nr]){16,20000})/g,
    secret: afterGroups(2),
  },
  // `Authorization: <any scheme> <credentials>`: Bearer, Basic, Token, Splunk, GenieKey, SSWS, …
  // The scheme word stays; everything after it is the secret.
  {
    kind: "authorization-header",
    needles: ["authorization"],
    pattern:
      /((?:proxy-)?authorization["']?[ \t]{0,4}[:=→][ \t]{0,4}["']?(?:(?:bearer[ \t]{1,4}){2,3}(?=[^\s"'`,;])|[A-Za-z][A-Za-z0-9_.-]{0,30}[ \t]{1,4}(?=[^\s"'`,;]))?)([^\s"'`,;]{1,4096})/gi,
    secret: afterGroups(2),
  },
  {
    kind: "api-key-header",
    pattern:
      /((?:x-api-key|api-key|apikey|x-honeycomb-team|dd-api-key|dd-application-key|x-auth-token|private-token|signalfx-access-token|x-sf-token|lightstep-access-token|x-insert-key|x-license-key|x-goog-api-key|x-functions-key|ocp-apim-subscription-key|x-vault-token|x-gitlab-token|x-splunk-request-channel|x-amz-security-token|x-ms-access-token|x-dynatrace-token|x-dt-token|x-nr-license-key|api-token|x-api-token|x-access-token)["']?[ \t]{0,4}[:=][ \t]{0,4}["']?(?:(?:bearer|token|api-token)[ \t]{1,4})?)([^\s"'`,;]{1,4096})/gi,
    secret: afterGroups(2),
  },
  // A doubled `Bearer Bearer <token>` (the mistake the bot exists to point out) keeps both words.
  {
    kind: "bearer",
    pattern: /(\bbearer(?:[ \t]{1,4}bearer)*[ \t]{1,4})([A-Za-z0-9._~+/=-]{6,4096})/gi,
    secret: afterGroups(2),
  },
  { kind: "basic", pattern: /(\bbasic[ \t]{1,4})([A-Za-z0-9+/=]{8,4096})/gi, secret: afterGroups(2) },
  {
    kind: "jwt",
    pattern: /()(\beyJ[A-Za-z0-9_-]{4,2048}\.[A-Za-z0-9_-]{4,4096}\.[A-Za-z0-9_-]{0,4096})/g,
    secret: afterGroups(2),
  },
  // scheme://user:password@host, for every scheme (https, postgres, mongodb+srv, amqp, redis, …)
  {
    kind: "url-password",
    pattern: /(\b[a-z][a-z0-9+.-]{0,20}:\/\/[^\s/:@]{0,256}:)([^\s/@]{1,1024})(@)/gi,
    secret: afterGroups(2),
  },
  // Go's database/sql DSN: user:password@tcp(host:port)/db
  {
    kind: "url-password",
    pattern: /(\b[A-Za-z0-9_.-]{1,64}:)([^\s:@/"']{1,256})(@(?:tcp|unix|udp)\()/g,
    needles: ["@tcp(", "@unix(", "@udp("],
    secret: afterGroups(2),
  },
  {
    kind: "query-secret",
    pattern:
      /([?&;](?:token|access_token|id_token|refresh_token|api_key|apikey|api-key|key|code|password|passwd|pwd|secret|client_secret|sig|signature|auth|x-amz-signature|x-amz-security-token|x-goog-signature)=)([^&\s"'#;]{1,4096})/gi,
    secret: afterGroups(2),
  },
  // Webhook URLs whose last path segments are the credential.
  {
    kind: "webhook",
    needles: ["hooks.slack.com", "/api/webhooks/", "webhook.office.com"],
    pattern:
      /(https:\/\/(?:hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9]{1,40}\/[A-Za-z0-9]{1,40}\/|(?:discord|discordapp)\.com\/api\/webhooks\/\d{1,30}\/|[a-z0-9-]{1,60}\.webhook\.office\.com\/webhookb2\/[^\s/]{1,200}\/IncomingWebhook\/[a-f0-9]{1,64}\/))([A-Za-z0-9_-]{8,200})/g,
    secret: afterGroups(2),
  },
  // `name: value`, `NAME=value`, `"name": "value"`, `name = "value"`, `--name=value`, `Name=value;` in
  // env files, YAML, JSON, HCL/Alloy/TOML, logfmt, flags and connection strings; the name decides.
  {
    kind: "config-secret",
    pattern: new RegExp(
      String.raw`${NAME}${SEP})(?:"((?:[^"\\\n]|\\.){1,8192})"|'([^'\n]{1,4096})'|(${UNQUOTED}))`,
      "g",
    ),
    secret: namedValue,
  },
  // `--password hunter2`, `-p hunter2` is too vague; a flag named for a secret is not.
  {
    kind: "flag-secret",
    pattern: new RegExp(String.raw`(\s--?([A-Za-z][A-Za-z0-9_-]{0,60})[ \t]{1,4}["']?)(${UNQUOTED})`, "g"),
    secret: (m) =>
      isSecretName(m[2] ?? "") ||
      (/^--key$/i.test(`--${m[2]}`) &&
        /\s--key[ \t]/.test(m[0]) &&
        !/[/\\]|\.(?:pem|key|crt|p12|der)$/i.test(m[3] ?? ""))
        ? { at: m[1]?.length ?? 0, value: m[3] ?? "" }
        : null,
  },
  // curl -u user:password, --proxy-user user:password
  {
    kind: "flag-secret",
    pattern: /((?:^|\s)(?:-u|--user|--proxy-user|-U)[ \t=]{1,4}["']?[^\s:"']{1,256}:)([^\s"']{1,1024})/g,
    secret: afterGroups(2),
  },
  // A form input's value in a JSON payload, e.g. Slack's view state (logged whole in Bolt's
  // developer mode): `"probe_token":{"probe_token":{"type":"plain_text_input","value":"…"}}`.
  {
    kind: "form-input",
    needles: ['"value":"'],
    pattern:
      /("([A-Za-z0-9_.-]{1,80})":\{(?:"[A-Za-z0-9_.-]{1,80}":\{)?[^{}]{0,400}?"value":")((?:[^"\\]|\\.){1,8192})/g,
    secret: (m) => (isSecretName(m[2] ?? "") ? { at: m[1]?.length ?? 0, value: m[3] ?? "" } : null),
  },
  {
    kind: "known-key",
    pattern: vendorRule,
    secret: (m) => {
      const v = m[0];
      const prefix = vendorPrefixes.map((p) => p.exec(v)?.[0]).find((p) => p !== undefined) ?? "";
      // AWS ids and 1Password secret keys are ids through and through: mask all but the prefix.
      return { at: prefix.length, value: v.slice(prefix.length) };
    },
  },
];

/** Values that are already placeholders or references, not secrets: left as they are. */
function isPlaceholder(value: string): boolean {
  const v = value.replace(/^["']|["']$/g, "");
  if (v.length === 0) return true;
  if (/^(?:\*{2,}|x{3,}|X{3,}|\.{3}|…|-+|null|nil|none|true|false|redacted|\[redacted\]|<[^>]*>?)$/i.test(v))
    return true;
  if (/^[{[(]/.test(v)) return true; // a nested object or list, not a value
  if (/^[|>][+-]?\d?$/.test(v)) return true; // a YAML block scalar: the lines below hold the value
  if (/^<[^>]{0,80}>$/.test(v) || v.startsWith("<")) return true;
  if (/^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(v)) return true; // $TOKEN, ${TOKEN}
  if (/^%[A-Za-z_][A-Za-z0-9_]*%$/.test(v)) return true; // %TOKEN%
  if (/^\$\{env:/.test(v) || /^(?:sys\.)?env\(/.test(v) || v.startsWith("{{") || v.startsWith("${{"))
    return true;
  if (/^(?:local|var|data|module|env|secret|sys)\.[A-Za-z_][A-Za-z0-9_.[\]"]*$/.test(v)) return true; // HCL refs
  if (/^(?:your|my)[_-]/i.test(v) || /_here$/i.test(v)) return true;
  if (v.includes(MASK)) return true;
  // A bare keyword that only introduces the real value (`Authorization: Bearer`) is not a secret.
  return /^(?:bearer|basic|token)$/i.test(v);
}

/** Every credential found in the text, placeholders excluded, in order of position. */
export function findSecrets(text: string): SecretHit[] {
  const hits: SecretHit[] = [];
  const lower = text.toLowerCase();
  let budget = 2 * text.length + 65_536;
  for (const rule of RULES) {
    if (rule.needles && !rule.needles.some((n) => lower.includes(n))) continue;
    // The rule's own global regex, rewound: a copy per call cost more than the matching (V8 hashes
    // the source, thousands of characters for the vendor keys, to find its compiled form).
    const pattern = rule.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const found = rule.secret(m);
      if (found === null) {
        // Not a secret after all (`CONNECTION_STRING="…;AccountKey=…"`): look inside what it spanned,
        // within a budget of re-read characters so crafted input (`a=a=a=…`) stays linear.
        const lead = Math.max(1, m[1]?.length ?? 0);
        const reread = m[0].length - lead;
        if (reread > 0 && budget >= reread) {
          budget -= reread;
          pattern.lastIndex = m.index + lead;
        }
        continue;
      }
      if (isPlaceholder(found.value)) continue;
      hits.push({ kind: rule.kind, index: m.index + found.at, length: found.value.length });
    }
  }
  return hits.sort((a, b) => a.index - b.index || b.length - a.length);
}

/** The text with every credential replaced by `****`. */
export function maskSecrets(text: string): string {
  const hits = findSecrets(text);
  if (hits.length === 0) return text;
  let out = "";
  let at = 0;
  for (const hit of hits) {
    const end = hit.index + hit.length;
    if (end <= at) continue; // inside a span already masked
    out += text.slice(at, Math.max(at, hit.index)) + (hit.index < at ? "" : MASK);
    at = end;
  }
  return out + text.slice(at);
}

/**
 * True when the text holds a credential that looks live rather than a placeholder: long enough and
 * varied enough to be a real key. Used to warn the author to delete the message and rotate it.
 */
export function hasLiveLookingSecret(text: string): boolean {
  return findSecrets(text).some((hit) => {
    const value = text.slice(hit.index, hit.index + hit.length);
    return value.length >= 12 && new Set(value).size >= 8;
  });
}
