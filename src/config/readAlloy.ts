import { indentAt, lineEnd, lineOf, lineStart, splice } from "./editText.ts";
import { type AlloyBlock, type AlloyExpr, type AlloyFile, parseAlloy } from "./parseAlloy.ts";
import type { Fix, HeaderVal, Target, Val } from "./Target.ts";

export interface AlloyRead {
  file: AlloyFile;
  targets: Target[];
  partial: boolean;
}

function exprVal(text: string, e: AlloyExpr | undefined): Val | undefined {
  if (e === undefined) return undefined;
  const line = lineOf(text, e.start);
  if (e.kind === "string")
    return { value: String(e.value), start: e.start, end: e.end, line, style: "alloy-string" };
  if (e.kind === "number" || e.kind === "bool")
    return { value: String(e.value), start: e.start, end: e.end, line, style: "raw" };
  return undefined;
}

function attr(b: AlloyBlock, name: string): AlloyExpr | undefined {
  return b.attrs.find((a) => a.name === name)?.value;
}

function child(b: AlloyBlock, name: string): AlloyBlock | undefined {
  return b.blocks.find((c) => c.name === name);
}

/** Lines to insert just before a block's closing brace, indented like its body. */
function insertInBlock(text: string, b: AlloyBlock, lines: string[]): string | undefined {
  if (!b.closed) return undefined;
  const firstChild = [...b.attrs.map((a) => a.start), ...b.blocks.map((c) => c.start)].sort(
    (x, y) => x - y,
  )[0];
  const outer = indentAt(text, b.start);
  const inner =
    firstChild !== undefined && lineOf(text, firstChild) !== lineOf(text, b.start)
      ? indentAt(text, firstChild)
      : `${outer}  `;
  const ls = lineStart(text, b.close);
  if (text.slice(ls, b.close).trim() === "") {
    return splice(text, ls, ls, lines.map((l) => `${inner}${l}\n`).join(""));
  }
  return splice(text, b.close, b.close, `${lines.map((l) => `\n${inner}${l}`).join("")}\n${outer}`);
}

/** Finds the block again in re-read text by its position in the tree. */
type Locator = (file: AlloyFile) => AlloyBlock | undefined;

function addHeaderFix(loc: Locator): (name: string, value: string) => Fix {
  return (name, value) => (text) => {
    const b = loc(parseAlloy(text));
    if (!b) return undefined;
    const entry = `${JSON.stringify(name)} = ${JSON.stringify(value)},`;
    const h = attr(b, "headers");
    if (h === undefined) return insertInBlock(text, b, ["headers = {", `  ${entry}`, "}"]);
    if (h.kind !== "object" || h.entries === undefined) return undefined;
    const close = h.end - 1;
    const last = h.entries[h.entries.length - 1];
    if (last === undefined)
      return splice(
        text,
        h.start,
        h.end,
        `{\n${indentAt(text, h.start)}  ${entry}\n${indentAt(text, h.start)}}`,
      );
    const ls = lineStart(text, close);
    if (text.slice(ls, close).trim() === "") {
      // Multi-line object: a new line like the last entry; make sure the last entry ends with a comma.
      let out = text;
      const afterLast = out.slice(last.value.end, ls);
      let shift = 0;
      if (!afterLast.includes(",")) {
        out = splice(out, last.value.end, last.value.end, ",");
        shift = 1;
      }
      return splice(out, ls + shift, ls + shift, `${indentAt(text, last.keyStart)}${entry}\n`);
    }
    const lastEnd = last.value.end;
    const comma = text.slice(lastEnd, close).includes(",") ? "" : ",";
    return splice(text, lastEnd, close, `${comma} ${entry.slice(0, -1)} `);
  };
}

/** Reads an Alloy snippet: its prometheus.remote_write endpoints and otelcol exporters. */
export function readAlloy(text: string): AlloyRead {
  const file = parseAlloy(text);
  const targets: Target[] = [];
  const partial = file.blocks.some(function open(b): boolean {
    return !b.closed || b.blocks.some(open);
  });
  file.blocks.forEach((top, ti) => {
    const label = top.label === undefined ? "" : ` "${top.label}"`;
    if (top.name === "prometheus.remote_write") {
      top.blocks.forEach((ep, ei) => {
        if (ep.name !== "endpoint") return;
        const epIndex = top.blocks.filter((c, k) => k < ei && c.name === "endpoint").length;
        const loc: Locator = (f) => f.blocks[ti]?.blocks.filter((c) => c.name === "endpoint")[epIndex];
        targets.push(remoteWriteTarget(text, ep, `${top.name}${label} endpoint`, loc));
      });
    } else if (top.name === "otelcol.exporter.otlp" || top.name === "otelcol.exporter.otlphttp") {
      const client = child(top, "client");
      if (!client) return;
      const loc: Locator = (f) => {
        const b = f.blocks[ti];
        return b && child(b, "client");
      };
      targets.push(exporterTarget(text, top.name, client, `${top.name}${label}`, loc));
    }
  });
  return { file, targets, partial };
}

function objectHeaders(text: string, e: AlloyExpr | undefined): HeaderVal[] {
  if (e?.kind !== "object") return [];
  const out: HeaderVal[] = [];
  for (const en of e.entries ?? []) {
    const v = exprVal(text, en.value);
    if (v) out.push({ name: en.key, value: v });
  }
  return out;
}

function remoteWriteTarget(text: string, ep: AlloyBlock, key: string, loc: Locator): Target {
  const headers = objectHeaders(text, attr(ep, "headers"));
  const auth = child(ep, "authorization");
  const basic = child(ep, "basic_auth");
  const queue = child(ep, "queue_config");
  const tls = child(ep, "tls_config");
  const t: Target = {
    key,
    kind: "alloy",
    client: "alloy",
    role: "remote-write",
    line: lineOf(text, ep.start),
    headers,
    externalAuth: child(ep, "oauth2") !== undefined || child(ep, "sigv4") !== undefined,
    secrets: [],
    addHeader: addHeaderFix(loc),
    replaceBasicAuth: (tenant) => (text0) => {
      const b = loc(parseAlloy(text0));
      const ba = b && child(b, "basic_auth");
      if (!b || !ba?.closed) return undefined;
      const hasAuth = child(b, "authorization") !== undefined || attr(b, "bearer_token") !== undefined;
      const ind = indentAt(text0, ba.start);
      const replacement = hasAuth
        ? ""
        : `authorization {\n${ind}  type        = "Bearer"\n${ind}  credentials = "<token>"\n${ind}}`;
      const ls = lineStart(text0, ba.start);
      const le = lineEnd(text0, ba.close);
      const wholeLines =
        text0.slice(ls, ba.start).trim() === "" && text0.slice(ba.close + 1, le).trim() === "";
      const out =
        hasAuth && wholeLines
          ? splice(text0, ls, Math.min(text0.length, le + 1), "")
          : splice(text0, ba.start, ba.close + 1, replacement);
      const again = loc(parseAlloy(out));
      const has = objectHeaders(out, again && attr(again, "headers")).some((h) =>
        /^x-scope-orgid$/i.test(h.name),
      );
      return has ? out : addHeaderFix(loc)("X-Scope-OrgID", tenant)(out);
    },
  };
  const url = exprVal(text, attr(ep, "url"));
  if (url) t.url = url;
  const type = auth && exprVal(text, attr(auth, "type"));
  if (type) t.authType = type;
  const cred = auth && exprVal(text, attr(auth, "credentials"));
  if (cred) t.credentials = cred;
  const bt = exprVal(text, attr(ep, "bearer_token"));
  if (bt) t.bearerToken = bt;
  if (basic) {
    const u = exprVal(text, attr(basic, "username"));
    const p = exprVal(text, attr(basic, "password"));
    t.basicAuth = {
      line: lineOf(text, basic.start),
      ...(u ? { username: u } : {}),
      ...(p ? { password: p } : {}),
    };
  }
  const skip = tls && exprVal(text, attr(tls, "insecure_skip_verify"));
  if (skip) t.insecureSkipVerify = skip;
  const ms = queue && exprVal(text, attr(queue, "max_shards"));
  if (ms) t.maxShards = ms;
  const bsd = queue && exprVal(text, attr(queue, "batch_send_deadline"));
  if (bsd) t.batchSendDeadline = bsd;
  t.secrets = [
    cred,
    bt,
    t.basicAuth?.password,
    ...headers.filter((h) => /^authorization$/i.test(h.name)).map((h) => h.value),
  ]
    .filter((v): v is Val => v !== undefined)
    .map((v) => ({ start: v.start, end: v.end }));
  return t;
}

function exporterTarget(text: string, name: string, client: AlloyBlock, key: string, loc: Locator): Target {
  const headers = objectHeaders(text, attr(client, "headers"));
  const tls = child(client, "tls");
  const t: Target = {
    key,
    kind: "alloy",
    client: "alloy",
    role: name.endsWith("otlphttp") ? "otlp-http" : "otlp-grpc",
    line: lineOf(text, client.start),
    headers,
    externalAuth: attr(client, "auth") !== undefined,
    secrets: headers
      .filter((h) => /^authorization$/i.test(h.name))
      .map((h) => ({ start: h.value.start, end: h.value.end })),
    addHeader: addHeaderFix(loc),
    replaceBasicAuth: () => () => undefined,
  };
  const endpoint = exprVal(text, attr(client, "endpoint"));
  if (endpoint) t.url = endpoint;
  const skip = tls && exprVal(text, attr(tls, "insecure_skip_verify"));
  if (skip) t.insecureSkipVerify = skip;
  const insecure = tls && exprVal(text, attr(tls, "insecure"));
  if (insecure) t.tlsInsecure = insecure;
  const ca = tls && (exprVal(text, attr(tls, "ca_file")) ?? exprVal(text, attr(tls, "ca_pem")));
  if (ca) t.caFile = ca;
  return t;
}
