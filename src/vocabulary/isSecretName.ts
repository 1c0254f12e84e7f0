/**
 * True when a config key, environment variable, flag or header name says its value is a credential:
 * `password`, `DD_API_KEY`, `GITLAB_TOKEN`, `AccountKey`, `private_key_id`, `secureJsonData.privateKey`,
 * `sasl.password`, `--client-secret`, `httpHeaderValue1`. Names whose value is only about a credential
 * (`token_url`, `bearer_token_file`, `password_file`, `secret_name`, `max_token_age`) are not.
 *
 * The name is split into words at `_`, `.`, `-` and camelCase boundaries, so a secret word matches
 * however it is joined: a plain `\b` would never see `token` in `GITLAB_TOKEN`.
 */
export function isSecretName(name: string): boolean {
  if (name.length === 0 || name.length > 120) return false;
  // Most names in a log (`ts`, `caller`, `level`, `url`) hold none of the words: decide those at once.
  if (!SECRETISH.test(name)) return false;
  let known = cache.get(name);
  if (known === undefined) {
    known = classify(name);
    if (cache.size >= 2048) cache.clear();
    cache.set(name, known);
  }
  return known;
}

const SECRETISH = /pass|pwd|secret|token|credential|key|sig|httpheadervalue/i;
const cache = new Map<string, boolean>();

function classify(name: string): boolean {
  if (/^httpHeaderValue\d{0,3}$/i.test(name)) return true;
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "");
  if (words.length === 0) return false;
  const last = words[words.length - 1] ?? "";
  // `private_key_id` is secret enough (it names which key leaked); every other `_id`, `_file` … is not.
  if (words.join("_").endsWith("private_key_id")) return true;
  if (ABOUT_A_SECRET.has(last)) return false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? "";
    if (SECRET_WORDS.has(w)) return true;
    if (w === "key" && i > 0 && KEY_QUALIFIERS.has(words[i - 1] ?? "")) return true;
  }
  return false;
}

/** Words that name a credential on their own. */
const SECRET_WORDS = new Set([
  "password",
  "passwd",
  "pwd",
  "passphrase",
  "secret",
  "secrets",
  "token",
  "credential",
  "credentials",
  "apikey",
  "accesskey",
  "secretkey",
  "privatekey",
  "authkey",
  "sastoken",
  "sig",
  "signature",
]);

/** `<qualifier>_key` names a credential: `api_key`, `AccountKey`, `license_key`, `x-insert-key`. */
const KEY_QUALIFIERS = new Set([
  "api",
  "access",
  "account",
  "private",
  "secret",
  "license",
  "licence",
  "signing",
  "auth",
  "shared",
  "master",
  "encryption",
  "app",
  "application",
  "client",
  "insert",
  "ingest",
  "ingestion",
  "subscription",
  "functions",
  "service",
  "admin",
  "write",
  "primary",
  "secondary",
  "storage",
  "hec",
]);

/** A last word that says the value is about a credential, not the credential itself. */
const ABOUT_A_SECRET = new Set([
  "file",
  "files",
  "path",
  "dir",
  "url",
  "uri",
  "endpoint",
  "name",
  "names",
  "type",
  "id",
  "ids",
  "env",
  "ref",
  "header",
  "expiry",
  "expires",
  "expiration",
  "ttl",
  "age",
  "length",
  "size",
  "count",
  "enabled",
  "required",
  "limit",
  "timeout",
  "usage",
  "kind",
  "format",
  "source",
  "provider",
  "command",
  "cmd",
  "helper",
  "tokens",
  "policy",
  "rotation",
  "version",
]);
