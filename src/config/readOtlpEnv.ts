import { isSecretName } from "../vocabulary/isSecretName.ts";
import { lineEnd, lineOf, lineStart, splice } from "./editText.ts";
import type { Fix, HeaderVal, Target, Val } from "./Target.ts";

/**
 * One OpenTelemetry SDK exporter setting, as the SDKs read it: an environment variable
 * (`OTEL_EXPORTER_OTLP_ENDPOINT=…`, `export …`, a compose `KEY: value`) or the Java agent's system
 * property (`-Dotel.exporter.otlp.endpoint=…`), which the Java SDK maps to the same variable.
 */
const SETTING =
  /(?<![\w.])(?:-D)?(OTEL_EXPORTER_OTLP_[A-Z_]+|otel\.exporter\.otlp\.[a-z.]+)[ \t]*(?:=|:[ \t])[ \t]*("[^"\n]*"|'[^'\n]*'|[^\s"'\\,;]*)/g;

/** SETTING without its global flag: `test` on a global pattern leaves a lastIndex that matchAll would copy. */
const SETS = new RegExp(SETTING.source);

/** Whether a line sets one of the SDK exporter's settings. */
export function setsOtlpEnv(line: string): boolean {
  return SETS.test(line);
}

interface Setting {
  /** The variable's name, `otel.exporter.otlp.traces.endpoint` written as `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`. */
  name: string;
  /** Where the name is written, and how (a Java property or a variable). */
  nameStart: number;
  nameEnd: number;
  property: boolean;
  value: Val;
  quote: string;
}

const SIGNALS = ["TRACES", "METRICS", "LOGS"] as const;

function readSettings(text: string): Setting[] {
  const out: Setting[] = [];
  for (const m of text.matchAll(SETTING)) {
    const written = m[1] ?? "";
    const raw = m[2] ?? "";
    const nameStart = (m.index ?? 0) + m[0].indexOf(written);
    const quote = /^["']/.test(raw) ? (raw[0] ?? "") : "";
    const valueStart = (m.index ?? 0) + m[0].length - raw.length + quote.length;
    const value = quote ? raw.slice(1, -1) : raw;
    out.push({
      name: written.replace(/\./g, "_").toUpperCase(),
      nameStart,
      nameEnd: nameStart + written.length,
      property: written.startsWith("otel."),
      quote,
      value: {
        value,
        start: valueStart,
        end: valueStart + value.length,
        line: lineOf(text, valueStart),
        style: "inner",
      },
    });
  }
  return out;
}

/**
 * `OTEL_EXPORTER_OTLP_HEADERS`: `key=value` pairs joined by commas, values percent-encoded (the
 * specification's "Specifying headers via environment variables").
 */
function readHeaders(setting: Setting | undefined): { headers: HeaderVal[]; unread: Val[] } {
  if (!setting) return { headers: [], unread: [] };
  const out: HeaderVal[] = [];
  const unread: Val[] = [];
  let at = setting.value.start;
  for (const pair of setting.value.value.split(",")) {
    const eq = pair.indexOf("=");
    // `Authorization: Bearer …`, a header as HTTP writes it: the SDKs read name=value only.
    const colon = pair.indexOf(":");
    if ((eq < 0 || (colon > 0 && colon < eq)) && colon > 0 && pair.trim() !== "") {
      const lead = pair.length - pair.trimStart().length;
      const text = pair.trim();
      const start = at + lead;
      unread.push({ value: text, start, end: start + text.length, line: setting.value.line, style: "inner" });
    } else if (eq > 0) {
      const name = pair.slice(0, eq).trim();
      const lead = pair.slice(eq + 1).length - pair.slice(eq + 1).trimStart().length;
      const raw = pair.slice(eq + 1).trim();
      let value = raw;
      try {
        value = decodeURIComponent(raw);
      } catch {
        // A stray % is written as it is: the SDK would keep it too.
      }
      const start = at + eq + 1 + lead;
      out.push({
        name,
        value: { value, start, end: start + raw.length, line: setting.value.line, style: "inner" },
      });
    }
    at += pair.length + 1;
  }
  return { headers: out, unread };
}

/** A new setting on its own line after `after`, written the way `after` is (a variable or a property). */
function addSettingAfter(text: string, after: Setting, name: string, value: string): string {
  const start = lineStart(text, after.nameStart);
  const end = lineEnd(text, after.nameStart);
  const line = text.slice(start, end);
  const written = after.property ? name.toLowerCase().replace(/_/g, ".") : name;
  const quoted = `${after.quote}${value}${after.quote}`;
  const from = after.nameStart - start;
  const valueFrom = after.value.start - after.quote.length - start;
  const valueTo = after.value.end + after.quote.length - start;
  const copy = `${line.slice(0, from)}${written}${line.slice(after.nameEnd - start, valueFrom)}${quoted}${line.slice(valueTo)}`;
  return splice(text, end, end, `\n${copy}`);
}

/**
 * The OTLP exporter settings of a snippet as targets: one for the endpoint every signal shares and one
 * for each signal's own endpoint, each with the protocol and headers that apply to it (the signal's
 * own setting first). With no protocol written, the port decides: 4317 is gRPC, anything else is
 * read as HTTP, the specification's default, but marked as a guess, so no rule blames a protocol or a
 * path nobody chose.
 */
export function readOtlpEnv(text: string): Target[] {
  const settings = readSettings(text);
  const get = (name: string) => settings.find((s) => s.name === name);
  const targets: Target[] = [];
  for (const signal of [undefined, ...SIGNALS]) {
    const prefix = signal ? `OTEL_EXPORTER_OTLP_${signal}_` : "OTEL_EXPORTER_OTLP_";
    const endpoint = get(`${prefix}ENDPOINT`);
    if (!endpoint) continue;
    const protocol = (get(`${prefix}PROTOCOL`) ?? get("OTEL_EXPORTER_OTLP_PROTOCOL"))?.value.value;
    const headersSetting = get(`${prefix}HEADERS`) ?? get("OTEL_EXPORTER_OTLP_HEADERS");
    const { headers, unread } = readHeaders(headersSetting);
    const port = /:(\d+)(?:\/|$)/.exec(endpoint.value.value)?.[1];
    const grpc = protocol ? protocol.startsWith("grpc") : port === "4317";
    const protocolGuessed = protocol === undefined && port !== "4317" && port !== "4318";
    const addHeader =
      (name: string, value: string): Fix =>
      (t0) => {
        const again = readSettings(t0);
        const h = again.find((s) => s.name === headersSetting?.name);
        if (h) {
          const sep = h.value.value.trim() === "" ? "" : ",";
          return splice(t0, h.value.end, h.value.end, `${sep}${name}=${value}`);
        }
        const e = again.find((s) => s.name === endpoint.name);
        return e && addSettingAfter(t0, e, `${prefix}HEADERS`, `${name}=${value}`);
      };
    targets.push({
      key: endpoint.property ? endpoint.name.toLowerCase().replace(/_/g, ".") : endpoint.name,
      kind: "otel-sdk",
      client: "otel-sdk",
      role: grpc ? "otlp-grpc" : "otlp-http",
      line: endpoint.value.line,
      url: endpoint.value,
      headers,
      ...(protocolGuessed ? { protocolGuessed } : {}),
      ...(unread.length > 0 ? { unreadHeaders: unread } : {}),
      ...(signal ? { signal: signal.toLowerCase() as "traces" | "metrics" | "logs" } : {}),
      secrets: [
        // The token only: a scheme word (`Bearer%20`) stays, as the other formats keep theirs.
        ...headers
          .filter((h) => /^authorization$/i.test(h.name) || isSecretName(h.name))
          .map((h) => {
            const raw = text.slice(h.value.start, h.value.end);
            const scheme = /^(?:bearer|basic)(?:%20|\s)+/i.exec(raw)?.[0].length ?? 0;
            return { start: h.value.start + scheme, end: h.value.end };
          }),
        // The value after `Authorization:` of a pair the SDK cannot read is a secret all the same.
        ...unread.map((v) => {
          const token = /:\s*(?:(?:bearer|basic)\s+)?/i.exec(v.value);
          return { start: v.start + (token ? token.index + token[0].length : v.value.length), end: v.end };
        }),
      ],
      addHeader,
      replaceBasicAuth: () => () => undefined,
    });
  }
  return targets;
}
