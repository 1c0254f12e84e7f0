import { maskSecrets } from "../vocabulary/maskSecrets.ts";

/**
 * The shape of an error: the text with what varies from one occurrence to the next masked
 * (timestamps, URLs, hosts and IPs, uuids, hex ids, numbers, short quoted values), so the same
 * error from a thousand hosts is one knowledge gap. Pure; secrets are masked first.
 *
 * HTTP status codes are kept where the text says they are statuses (`status 400`, `HTTP 401`,
 * `(429)`, `503 Service Unavailable`): a 400 and a 401 are different errors.
 */
export function errorShape(text: string): string {
  let s = maskSecrets(text).replace(/\s+/g, " ").trim();
  const statuses: string[] = [];
  // Kept values wait behind a placeholder without digits, so the number masking below skips them.
  const keep = (value: string) => `\uE000${toLetters(statuses.push(value) - 1)}\uE000`;
  s = s
    .replace(/\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s"'`<>)\]}]+/gi, "<url>")
    .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, "<uuid>")
    .replace(
      /\b\d{4}[-/]\d{2}[-/]\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}| ?UTC)?)?/g,
      "<ts>",
    )
    .replace(/\b\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?\b/g, "<ts>")
    .replace(/\b(?:\d{1,3}\.){3}\d{1,3}(?::\d{1,5})?\b/g, "<ip>")
    .replace(/\[[0-9a-f:]*:[0-9a-f:]+\](?::\d{1,5})?/gi, "<ip>")
    .replace(/\b(?:[0-9a-f]{1,4}:){2,7}[0-9a-f]{1,4}\b/gi, "<ip>")
    .replace(HOST, "<host>")
    .replace(
      /\b(?:0x)?[0-9a-f]*\d[0-9a-f]*[a-f][0-9a-f]*\b|\b[0-9a-f]*[a-f][0-9a-f]*\d[0-9a-f]*\b/gi,
      (hex) => (hex.length >= 8 ? "<hex>" : hex),
    )
    .replace(
      /\b(status(?:[ _]?code)?|http(?:\/\d(?:\.\d)?)?|code)(\W{1,3})([1-5]\d\d)\b/gi,
      (_m, word, sep, n) => `${word}${sep}${keep(n)}`,
    )
    .replace(/\(([1-5]\d\d)\)/g, (_m, n) => `(${keep(n)})`)
    .replace(REASON, (_m, n, reason) => `${keep(n)} ${reason}`)
    // Quoted single words are values (names, tenants, ids); quoted prose is the message itself. JSON keys stay.
    .replace(
      /(?:"[^"\s\uE000]{1,200}"|'[^'\s\uE000]{1,200}'|\\"[^"\s\\\uE000]{1,200}\\")(?!\s{0,2}:)/g,
      (q) => (q.startsWith('\\"') ? '\\"<v>\\"' : `${q[0]}<v>${q[0]}`),
    )
    .replace(/\d+(?:\.\d+)?/g, "<n>")
    .replace(/\uE000([a-j]+)\uE000/g, (_m, i) => statuses[fromLetters(i)] ?? "");
  return s.length > 500 ? `${s.slice(0, 500)}…` : s;
}

function toLetters(n: number): string {
  return [...String(n)].map((d) => String.fromCharCode(97 + Number(d))).join("");
}

function fromLetters(s: string): number {
  return Number([...s].map((c) => c.charCodeAt(0) - 97).join(""));
}

const TLDS =
  "com|net|org|io|dev|cloud|app|ai|co|us|eu|de|uk|fr|nl|jp|in|info|biz|me|tech|sh|xyz|local|localhost|internal|lan|svc|cluster|example|test|corp|intra";
const HOST = new RegExp(
  String.raw`\blocalhost(?::\d{1,5})?\b|\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:${TLDS})(?::\d{1,5})?\b(?![.-]\w)|\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?!(?:go|ts|js|mjs|py|rs|java|rb|c|cc|cpp|h|yml|yaml|json|alloy|river|conf|txt|log|sh):)[a-z][a-z0-9-]{0,61}:\d{1,5}\b`,
  "gi",
);

const REASON =
  /\b([1-5]\d\d) (Bad Request|Unauthorized|Forbidden|Not Found|Method Not Allowed|Request Timeout|Conflict|Payload Too Large|Request Entity Too Large|Unsupported Media Type|Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Timeout|OK|Created|Accepted|No Content)\b/g;

const ERROR_WORDS =
  /error|fail|refused|denied|invalid|unauthori[sz]ed|forbidden|timeout|timed out|exceeded|reject|unavailable|cannot|can't|could not|unable|no org id|panic|fatal|exception|\b[45]\d\d\b/i;

/**
 * The line of a paste that names the error: the first that reads like one, else the first
 * non-empty line. Gaps are grouped on the shape of this line, so a long paste with a familiar
 * error in it joins that error's group.
 */
export function errorLine(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const line = lines.find((l) => ERROR_WORDS.test(l)) ?? lines[0] ?? "";
  return line.length > 1_000 ? `${line.slice(0, 1_000)}…` : line;
}
