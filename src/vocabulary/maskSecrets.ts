/**
 * Finds and masks credentials in pasted text: everything the bot shows or logs goes through here.
 * Hosts, paths and status codes stay readable; the secret part becomes `****` (a well-known prefix
 * such as `glc_` is kept so people can still tell which kind of key it was).
 *
 * Every pattern is a single pass over bounded character classes with no nested quantifiers, so
 * masking stays linear in the length of the paste.
 */

export const MASK = "****";

export type SecretKind =
  | "authorization-header"
  | "bearer"
  | "basic"
  | "jwt"
  | "url-password"
  | "query-secret"
  | "config-secret"
  | "api-key-header"
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
  /** Index of the capture group holding the secret value. */
  group: number;
  /** Characters of the value kept visible (a vendor prefix, never a secret part). */
  keep?: (value: string) => number;
}

const VALUE = String.raw`[^\s"'\`,;&<>)}\]]{1,4096}`;

const KNOWN_PREFIXES = [
  "glc_",
  "glsa_",
  "xoxb-",
  "xoxp-",
  "xoxa-",
  "xapp-",
  "ghp_",
  "gho_",
  "ghs_",
  "ghu_",
  "ghr_",
  "github_pat_",
];

const RULES: readonly Rule[] = [
  // Whole header values: `Authorization: Bearer abc`, `"Authorization": "Token abc"`, `-H 'Authorization: abc'`.
  {
    kind: "authorization-header",
    pattern:
      /(authorization["']?[ \t]{0,4}[:=→][ \t]{0,4}["']?(?:(?:bearer|basic|token|apikey|api-key)[ \t]{1,4})?)([^\s"'`,;]{1,4096})/gi,
    group: 2,
  },
  {
    kind: "api-key-header",
    pattern:
      /((?:x-api-key|api-key|apikey|x-honeycomb-team|dd-api-key|x-auth-token|private-token|signalfx-access-token|lightstep-access-token)["']?[ \t]{0,4}[:=][ \t]{0,4}["']?)([^\s"'`,;]{1,4096})/gi,
    group: 2,
  },
  { kind: "bearer", pattern: /(\bbearer[ \t]{1,4})([A-Za-z0-9._~+/=-]{6,4096})/gi, group: 2 },
  { kind: "basic", pattern: /(\bbasic[ \t]{1,4})([A-Za-z0-9+/=]{8,4096})/gi, group: 2 },
  {
    kind: "jwt",
    pattern: /()(\beyJ[A-Za-z0-9_-]{4,2048}\.[A-Za-z0-9_-]{4,4096}\.[A-Za-z0-9_-]{0,4096})/g,
    group: 2,
  },
  // https://user:password@host
  {
    kind: "url-password",
    pattern: /(\b[a-z][a-z0-9+.-]{0,20}:\/\/[^\s/:@]{1,256}:)([^\s/@]{1,1024})(@)/gi,
    group: 2,
  },
  {
    kind: "query-secret",
    pattern:
      /([?&](?:token|access_token|api_key|apikey|api-key|key|password|passwd|secret|sig|signature|auth)=)([^&\s"'#]{1,4096})/gi,
    group: 2,
  },
  // Config values: `bearer_token: abc`, `password = "abc"`, `credentials = "abc"`, `httpHeaderValue1: abc`.
  {
    kind: "config-secret",
    pattern: new RegExp(
      String.raw`(\b(?:bearer_token|password|passwd|credentials|api_key|apikey|client_secret|secret_key|secret|token|auth_token|access_token|httpHeaderValue\d{0,3}|basicAuthPassword|aws_secret_access_key)["']?[ \t]{0,4}[:=][ \t]{0,4}["']?)(${VALUE})`,
      "gi",
    ),
    group: 2,
  },
  {
    kind: "known-key",
    pattern:
      /()(\b(?:glc_|glsa_)[A-Za-z0-9+/=_-]{16,4096}|\bxox[abposr]-[A-Za-z0-9-]{8,512}|\bxapp-[A-Za-z0-9-]{8,512}|\bgh[posur]_[A-Za-z0-9]{20,255}|\bgithub_pat_[A-Za-z0-9_]{20,255}|\b(?:AKIA|ASIA)[0-9A-Z]{16}\b)/g,
    group: 2,
    keep: (v) => KNOWN_PREFIXES.find((p) => v.startsWith(p))?.length ?? 0,
  },
];

/** Values that are already placeholders or references, not secrets: left as they are. */
function isPlaceholder(value: string): boolean {
  const v = value.replace(/^["']|["']$/g, "");
  if (v.length === 0) return true;
  if (/^(?:\*{2,}|x{3,}|X{3,}|\.{3}|…|-+|null|none|true|false|redacted|\[redacted\]|<[^>]*>?)$/i.test(v))
    return true;
  if (/^<[^>]{0,80}>$/.test(v) || v.startsWith("<")) return true;
  if (/^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(v)) return true; // $TOKEN, ${TOKEN}
  if (/^\$\{env:/.test(v) || /^(?:sys\.)?env\(/.test(v) || v.startsWith("{{")) return true;
  if (/^(?:your|my)[_-]/i.test(v) || /_here$/i.test(v)) return true;
  if (v.includes(MASK)) return true;
  // A bare keyword that only introduces the real value (`Authorization: Bearer`) is not a secret.
  return /^(?:bearer|basic|token)$/i.test(v);
}

/** Every credential found in the text, placeholders excluded, in order of position. */
export function findSecrets(text: string): SecretHit[] {
  const hits: SecretHit[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      const value = m[rule.group];
      if (value === undefined || isPlaceholder(value)) continue;
      const prefixLength = m.slice(1, rule.group).reduce((n, g) => n + (g?.length ?? 0), 0);
      const keep = rule.keep?.(value) ?? 0;
      hits.push({
        kind: rule.kind,
        index: (m.index ?? 0) + prefixLength + keep,
        length: value.length - keep,
      });
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
    out += text.slice(at, Math.max(at, hit.index)) + MASK;
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
