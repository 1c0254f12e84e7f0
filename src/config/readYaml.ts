import { isMap, isScalar, isSeq, type Node, type Pair, parseDocument, type YAMLMap } from "yaml";
import type { ConfigKind } from "./ConfigKind.ts";
import { lineOf } from "./editText.ts";
import type { Fix, HeaderVal, Target, Val } from "./Target.ts";
import { addEntry, findPair, getMap, keyName, replacePair, scalarVal, type YamlPath } from "./yamlEdit.ts";

export interface YamlRead {
  kind?: ConfigKind;
  partial: boolean;
  targets: Target[];
  notes: string[];
  /** The YAML could not be read at all. */
  error?: { line: number; message: string };
}

const REMOTE_WRITE_KEYS = [
  "authorization",
  "bearer_token",
  "bearer_token_file",
  "basic_auth",
  "headers",
  "queue_config",
  "write_relabel_configs",
  "tls_config",
  "remote_timeout",
  "metadata_config",
  "oauth2",
  "sigv4",
];
const EXPORTER_RE = /^(otlp|otlphttp|prometheusremotewrite)(\/.*)?$/;

function keys(map: YAMLMap): string[] {
  return (map.items as Pair[]).map(keyName);
}

/** Reads a YAML snippet: which config it is, and its targets. */
export function readYaml(text: string): YamlRead {
  const doc = parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const line = e?.linePos?.[0]?.line ?? 1;
    return {
      partial: false,
      targets: [],
      notes: [],
      error: {
        line,
        message: ((e?.message ?? "").split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?\s*$/, ""),
      },
    };
  }
  const root = doc.contents;
  const at = (pos: number): number => lineOf(text, pos);
  const res: YamlRead = { partial: false, targets: [], notes: [] };

  if (isMap(root)) {
    const k = keys(root);
    const rw = root.get("remote_write", true);
    if (k.includes("remote_write") && (isSeq(rw) || rw === null || rw === undefined)) {
      res.kind = "prometheus";
      if (isSeq(rw))
        rw.items.forEach((item, i) => {
          pushRemoteWrite(res, item, ["remote_write", i], at);
        });
      return res;
    }
    if (k.includes("exporters")) {
      res.kind = "otelcol";
      readExporters(res, root.get("exporters", true), ["exporters"], at);
      readPipelines(res, root);
      return res;
    }
    if (k.includes("datasources")) {
      res.kind = "grafana";
      const ds = root.get("datasources", true);
      if (isSeq(ds))
        ds.items.forEach((item, i) => {
          pushDatasource(res, item, ["datasources", i], at);
        });
      return res;
    }
    if (
      k.includes("url") &&
      (k.includes("jsonData") || k.includes("secureJsonData") || k.includes("access"))
    ) {
      res.kind = "grafana";
      res.partial = true;
      pushDatasource(res, root, [], at);
      return res;
    }
    if (k.includes("url") && k.some((x) => REMOTE_WRITE_KEYS.includes(x))) {
      res.kind = "prometheus";
      res.partial = true;
      pushRemoteWrite(res, root, [], at);
      return res;
    }
    if (k.length > 0 && k.every((x) => EXPORTER_RE.test(x))) {
      res.kind = "otelcol";
      res.partial = true;
      readExporters(res, root, [], at);
      return res;
    }
    if (
      k.some((x) => EXPORTER_RE.test(x)) &&
      k.some((x) => /^(receivers|processors|service|extensions)$/.test(x))
    ) {
      res.kind = "otelcol";
      return res;
    }
  }
  if (isSeq(root)) {
    const maps = root.items.filter((x) => isMap(x)) as unknown as YAMLMap[];
    if (maps.length > 0 && maps.every((m) => keys(m).includes("url"))) {
      const grafana = maps.some((m) =>
        keys(m).some((x) => /^(jsonData|secureJsonData|access|basicAuth|type)$/.test(x)),
      );
      res.kind = grafana ? "grafana" : "prometheus";
      res.partial = true;
      root.items.forEach((item, i) => {
        if (!item) return;
        if (grafana) pushDatasource(res, item, [i], at);
        else pushRemoteWrite(res, item, [i], at);
      });
      return res;
    }
  }
  return res;
}

function get(map: YAMLMap, key: string): unknown {
  return findPair(map, key)?.value;
}

function mapAt(map: YAMLMap, key: string): YAMLMap | undefined {
  const v = get(map, key);
  return isMap(v) ? v : undefined;
}

function headerVals(map: YAMLMap | undefined, at: (pos: number) => number): HeaderVal[] {
  if (!map) return [];
  const out: HeaderVal[] = [];
  for (const p of map.items as Pair[]) {
    const v = scalarVal(p.value, at);
    if (v) out.push({ name: keyName(p), value: v });
  }
  return out;
}

function secretSpans(...vals: (Val | undefined)[]): { start: number; end: number }[] {
  return vals.filter((v): v is Val => v !== undefined).map((v) => ({ start: v.start, end: v.end }));
}

function lineOfNode(node: unknown, at: (pos: number) => number): number {
  return at((node as Node | undefined)?.range?.[0] ?? 0);
}

/** Header adder shared by Prometheus and the Collector: keys in `headers:` under the map at `path`. */
function yamlAddHeader(path: YamlPath): (name: string, value: string) => Fix {
  return (name, value) => (text) => addEntry(text, path, "headers", name, value);
}

function pushRemoteWrite(res: YamlRead, node: unknown, path: YamlPath, at: (n: number) => number): void {
  if (!isMap(node)) return;
  const auth = mapAt(node, "authorization");
  const basic = mapAt(node, "basic_auth");
  const headers = headerVals(mapAt(node, "headers"), at);
  const queue = mapAt(node, "queue_config");
  const tls = mapAt(node, "tls_config");
  const t: Target = {
    key: path.length === 0 ? "remote_write" : `remote_write[${path[path.length - 1]}]`,
    kind: "prometheus",
    client: "prometheus",
    role: "remote-write",
    line: lineOfNode(node, at),
    headers,
    externalAuth: get(node, "oauth2") !== undefined || get(node, "sigv4") !== undefined,
    secrets: [],
    addHeader: yamlAddHeader(path),
    replaceBasicAuth: (tenant) => (text0) => {
      const m = getMap(text0, path);
      if (!m) return undefined;
      const hasAuth = findPair(m, "authorization") !== undefined || findPair(m, "bearer_token") !== undefined;
      let out = replacePair(
        text0,
        path,
        "basic_auth",
        hasAuth ? [] : ["authorization:", "  credentials: <token>"],
      );
      if (out === undefined) return undefined;
      const hm = getMap(out, [...path, "headers"]);
      if (!hm || findPair(hm, "X-Scope-OrgID", true) === undefined)
        out = addEntry(out, path, "headers", "X-Scope-OrgID", tenant);
      return out;
    },
  };
  const url = scalarVal(get(node, "url"), at);
  if (url) t.url = url;
  const authType = auth && scalarVal(get(auth, "type"), at);
  if (authType) t.authType = authType;
  const cred = auth && scalarVal(get(auth, "credentials"), at);
  if (cred) t.credentials = cred;
  const bt = scalarVal(get(node, "bearer_token"), at);
  if (bt) t.bearerToken = bt;
  if (basic) {
    const u = scalarVal(get(basic, "username"), at);
    const p = scalarVal(get(basic, "password"), at);
    t.basicAuth = {
      line: lineOfNode(findPair(node, "basic_auth")?.key, at),
      ...(u ? { username: u } : {}),
      ...(p ? { password: p } : {}),
    };
  }
  const skip = tls && scalarVal(get(tls, "insecure_skip_verify"), at);
  if (skip) t.insecureSkipVerify = skip;
  const ms = queue && scalarVal(get(queue, "max_shards"), at);
  if (ms) t.maxShards = ms;
  const bsd = queue && scalarVal(get(queue, "batch_send_deadline"), at);
  if (bsd) t.batchSendDeadline = bsd;
  const authHeaders = headers.filter((h) => /^authorization$/i.test(h.name)).map((h) => h.value);
  t.secrets = secretSpans(cred, bt, t.basicAuth?.password, ...authHeaders);
  res.targets.push(t);
}

function readExporters(res: YamlRead, node: unknown, path: YamlPath, at: (n: number) => number): void {
  if (!isMap(node)) return;
  for (const pair of node.items as Pair[]) {
    const name = keyName(pair);
    const type = /^([^/]+)/.exec(name)?.[1] ?? name;
    if (type !== "otlp" && type !== "otlphttp" && type !== "prometheusremotewrite") continue;
    const ex = pair.value;
    const p = [...path, name];
    if (!isMap(ex)) {
      res.notes.push(`exporter ${name} has no settings`);
      continue;
    }
    const headers = headerVals(mapAt(ex, "headers"), at);
    const tls = mapAt(ex, "tls");
    const auth = mapAt(ex, "auth");
    const t: Target = {
      key: `exporters.${name}`,
      kind: "otelcol",
      client: "otelcol",
      role: type === "otlp" ? "otlp-grpc" : type === "otlphttp" ? "otlp-http" : "remote-write",
      line: lineOfNode(pair.key, at),
      headers,
      externalAuth: auth !== undefined && get(auth, "authenticator") !== undefined,
      secrets: headers
        .filter((h) => /^authorization$/i.test(h.name))
        .map((h) => ({ start: h.value.start, end: h.value.end })),
      addHeader: yamlAddHeader(p),
      replaceBasicAuth: () => () => undefined,
    };
    const endpoint = scalarVal(get(ex, "endpoint"), at);
    if (endpoint) t.url = endpoint;
    const skip = tls && scalarVal(get(tls, "insecure_skip_verify"), at);
    if (skip) t.insecureSkipVerify = skip;
    const insecure = tls && scalarVal(get(tls, "insecure"), at);
    if (insecure) t.tlsInsecure = insecure;
    const ca = tls && (scalarVal(get(tls, "ca_file"), at) ?? scalarVal(get(tls, "ca_pem"), at));
    if (ca) t.caFile = ca;
    res.targets.push(t);
  }
}

function readPipelines(res: YamlRead, root: YAMLMap): void {
  const service = mapAt(root, "service");
  const pipelines = service && mapAt(service, "pipelines");
  if (!pipelines) return;
  const exporters = mapAt(root, "exporters");
  const defined = new Set(exporters ? keys(exporters) : []);
  const used = new Set<string>();
  for (const pl of pipelines.items as Pair[]) {
    const ex = isMap(pl.value) ? pl.value.get("exporters", true) : undefined;
    if (!isSeq(ex)) continue;
    for (const item of ex.items) {
      if (!isScalar(item)) continue;
      const name = String(item.value);
      used.add(name);
      if (!defined.has(name))
        res.notes.push(`pipeline ${keyName(pl)} uses exporter ${name}, which is not defined under exporters`);
    }
  }
  for (const t of res.targets) {
    const name = t.key.replace(/^exporters\./, "");
    if (!used.has(name))
      res.notes.push(
        `exporter ${name} is not used by any pipeline in service.pipelines, so it sends nothing`,
      );
  }
}

function pushDatasource(res: YamlRead, node: unknown, path: YamlPath, at: (n: number) => number): void {
  if (!isMap(node)) return;
  const type = get(node, "type");
  if (isScalar(type) && !/prometheus|mimir|cortex/i.test(String(type.value))) return;
  const json = mapAt(node, "jsonData");
  const secure = mapAt(node, "secureJsonData");
  const headers: HeaderVal[] = [];
  const secrets: { start: number; end: number }[] = [];
  for (const p of (json?.items ?? []) as Pair[]) {
    const m = /^httpHeaderName(\d+)$/.exec(keyName(p));
    if (!m || !isScalar(p.value)) continue;
    const v = secure && scalarVal(get(secure, `httpHeaderValue${m[1]}`), at);
    if (v) {
      headers.push({ name: String(p.value.value), value: v });
      if (!/^x-scope-orgid$/i.test(String(p.value.value))) secrets.push({ start: v.start, end: v.end });
    }
  }
  const basicPassword = secure && scalarVal(get(secure, "basicAuthPassword"), at);
  if (basicPassword) secrets.push({ start: basicPassword.start, end: basicPassword.end });
  const addHeaders = (text0: string, pairs: [string, string][]): string | undefined => {
    const m = getMap(text0, path);
    if (!m) return undefined;
    const j = mapAt(m, "jsonData");
    let n = Math.max(
      0,
      ...((j?.items ?? []) as Pair[]).map((p) => Number(/^httpHeaderName(\d+)$/.exec(keyName(p))?.[1] ?? 0)),
    );
    let out: string | undefined = text0;
    for (const [name, value] of pairs) {
      n++;
      if (out === undefined) return undefined;
      out = addEntry(out, path, "jsonData", `httpHeaderName${n}`, name);
      if (out === undefined) return undefined;
      out = addEntry(out, path, "secureJsonData", `httpHeaderValue${n}`, value);
    }
    return out;
  };
  const name = get(node, "name");
  const t: Target = {
    key: isScalar(name)
      ? `datasource "${String(name.value)}"`
      : path.length === 0
        ? "datasource"
        : `datasources[${path[path.length - 1]}]`,
    kind: "grafana",
    client: "grafana",
    role: "datasource",
    line: lineOfNode(node, at),
    headers,
    secrets,
    addHeader: (hname, value) => (text0) => addHeaders(text0, [[hname, value]]),
    replaceBasicAuth: (tenant) => (text0) => {
      const m = getMap(text0, path);
      if (!m) return undefined;
      let out: string | undefined = text0;
      const hasBasic = findPair(m, "basicAuth") !== undefined;
      if (hasBasic) out = replacePair(out, path, "basicAuth", ["basicAuth: false"]);
      for (const k of ["basicAuthUser", "basicAuthPassword"]) {
        if (out === undefined) return undefined;
        const mm = getMap(out, path);
        if (mm && findPair(mm, k)) out = replacePair(out, path, k, []);
        if (out === undefined) return undefined;
        const sj = getMap(out, [...path, "secureJsonData"]);
        if (sj && findPair(sj, k)) {
          out =
            sj.items.length === 1
              ? replacePair(out, path, "secureJsonData", [])
              : replacePair(out, [...path, "secureJsonData"], k, []);
        }
      }
      if (out === undefined) return undefined;
      const now = readYaml(out).targets.find((x) => x.key === t.key);
      const names = new Set((now?.headers ?? []).map((h) => h.name.toLowerCase()));
      const add: [string, string][] = [];
      if (!names.has("authorization")) add.push(["Authorization", "Bearer <token>"]);
      if (!names.has("x-scope-orgid")) add.push(["X-Scope-OrgID", tenant]);
      return add.length === 0 ? out : addHeaders(out, add);
    },
  };
  const url = scalarVal(get(node, "url"), at);
  if (url) t.url = url;
  const basic = scalarVal(get(node, "basicAuth"), at);
  const user = scalarVal(get(node, "basicAuthUser"), at);
  if ((basic && basic.value === "true") || user) {
    t.basicAuth = {
      line: (basic ?? user)?.line ?? t.line,
      ...(user ? { username: user } : {}),
      ...(basicPassword ? { password: basicPassword } : {}),
    };
  }
  const skip = json && scalarVal(get(json, "tlsSkipVerify"), at);
  if (skip) t.insecureSkipVerify = skip;
  t.secrets = secrets;
  res.targets.push(t);
}
