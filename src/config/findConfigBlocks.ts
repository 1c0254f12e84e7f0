import { setsOtlpEnv } from "./readOtlpEnv.ts";

/**
 * Finds the configuration blocks in a paste: inside ``` fences or not, among log lines. Works on
 * lines, so a block's lines are the paste's lines and line numbers carry over.
 */

export interface RawBlock {
  language: "yaml" | "alloy" | "shell" | "env";
  text: string;
  /** 1-based line of the block's first line in the paste. */
  startLine: number;
  fenced: boolean;
}

/** Slack's escaping undone: entities, <url|label> links, CRLF. Line count is kept. */
export function normalisePaste(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/<((?:https?|mailto):[^|>\s]+)(?:\|[^>\n]*)?>/g, "$1");
}

const CURL_START = /^[ \t]*(?:\$[ \t]+)?curl[ \t]/;
/** Lines that go with SDK settings: other variables, other Java properties, a continued command line. */
const ENV_COMPANION = /^[ \t]*(?:export[ \t]+)?[A-Z][A-Z0-9_]*=|^[ \t]*-D[\w.-]+=|\\[ \t]*$/;
const ALLOY_START = /^[ \t]*[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)+[ \t]*(?:"[^"\n]*"[ \t]*)?\{/;
const YAML_KEY = /^[ \t]*(?:-[ \t]+)?(?:"[^"\n]+"|'[^'\n]+'|[A-Za-z_][\w.\-/]*)[ \t]*:(?:[ \t]|$)/;
const YAML_OTHER = /^[ \t]*(?:#|---[ \t]*$|-[ \t]+\S|-$)/;
const KNOWN_KEY =
  /^[ \t]*(?:-[ \t]+)?(?:remote_write|exporters|datasources|url|endpoint|headers|authorization|basic_auth|bearer_token|queue_config|tls_config|otlp|otlphttp|prometheusremotewrite|jsonData|secureJsonData|basicAuth)(?:\/[\w.-]*)?[ \t]*:/m;
const FENCE_TAG = /^(?:ya?ml|alloy|river|hcl|sh|bash|shell|console|text|txt|json|ini|conf)?[ \t]*$/i;

const indent = (l: string): number => /^[ \t]*/.exec(l)?.[0].length ?? 0;

/** Counts `{` minus `}` outside strings and comments. */
function braceDelta(line: string): number {
  let d = 0;
  let inStr = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (inStr) {
      if (c === "\\") i++;
      else if (c === '"') inStr = false;
    } else if (c === '"') inStr = true;
    else if (c === "/" && line[i + 1] === "/") break;
    else if (c === "{") d++;
    else if (c === "}") d--;
  }
  return d;
}

function scan(lines: string[], firstLine: number, fenced: boolean, out: RawBlock[]): void {
  const emit = (language: RawBlock["language"], from: number, to: number): void => {
    let a = from;
    let b = to;
    while (a < b && (lines[a] ?? "").trim() === "") a++;
    while (b > a && (lines[b - 1] ?? "").trim() === "") b--;
    if (a < b) out.push({ language, text: lines.slice(a, b).join("\n"), startLine: firstLine + a, fenced });
    consumed = to;
  };
  let i = 0;
  let consumed = 0;
  while (i < lines.length) {
    const line = lines[i] ?? "";
    if (CURL_START.test(line)) {
      let j = i;
      while (j + 1 < lines.length && /\\[ \t]*$/.test(lines[j] ?? "")) j++;
      emit("shell", i, j + 1);
      i = j + 1;
      continue;
    }
    if (ALLOY_START.test(line)) {
      // The comment lines just above a block belong to it.
      let from = i;
      while (from > consumed && /^[ \t]*\/\//.test(lines[from - 1] ?? "")) from--;
      let j = i;
      let depth = 0;
      for (; j < lines.length; j++) {
        const l = lines[j] ?? "";
        if (depth === 0 && j > i && !ALLOY_START.test(l) && l.trim() !== "" && !/^[ \t]*\/\//.test(l)) break;
        depth += braceDelta(l);
        if (depth < 0) depth = 0;
      }
      emit("alloy", from, j);
      i = j;
      continue;
    }
    if (setsOtlpEnv(line) && !YAML_KEY.test(line) && !YAML_OTHER.test(line)) {
      let j = i + 1;
      while (j < lines.length && (setsOtlpEnv(lines[j] ?? "") || ENV_COMPANION.test(lines[j] ?? ""))) j++;
      emit("env", i, j);
      i = j;
      continue;
    }
    if (YAML_KEY.test(line) || YAML_OTHER.test(line)) {
      let j = i + 1;
      for (; j < lines.length; j++) {
        const l = lines[j] ?? "";
        if (CURL_START.test(l) || ALLOY_START.test(l)) break;
        if (l.trim() === "") {
          let k = j + 1;
          while (k < lines.length && (lines[k] ?? "").trim() === "") k++;
          const nl = lines[k];
          if (nl === undefined || !(indent(nl) > 0 || YAML_KEY.test(nl) || YAML_OTHER.test(nl))) break;
          continue;
        }
        if (indent(l) > 0 || YAML_KEY.test(l) || YAML_OTHER.test(l)) continue;
        break;
      }
      // A trailing "alloy:" or "here it is:" is the paste's prose, not the config's last key.
      let end = j;
      for (;;) {
        let k = end;
        while (k > i && (lines[k - 1] ?? "").trim() === "") k--;
        if (
          k - 1 > i &&
          /^[A-Za-z][^:]*:[ \t]*$/.test(lines[k - 1] ?? "") &&
          (lines[k - 2] ?? "").trim() === ""
        )
          end = k - 1;
        else break;
      }
      const text = lines.slice(i, end).join("\n");
      if (KNOWN_KEY.test(text)) emit("yaml", i, end);
      // A compose file's or a manifest's `environment:` with the SDK's settings in it.
      else if (lines.slice(i, end).some(setsOtlpEnv)) emit("env", i, end);
      i = j;
      continue;
    }
    i++;
  }
}

/** The config-looking blocks of a (normalised) paste, in order. */
export function findConfigBlocks(paste: string): RawBlock[] {
  const lines = paste.split("\n");
  const out: RawBlock[] = [];
  let outside: string[] = [];
  let outsideStart = 0;
  let fence: { lines: string[]; start: number } | undefined;
  lines.forEach((line, idx) => {
    let rest = line;
    let lineNo = idx;
    for (;;) {
      const at = rest.indexOf("```");
      if (fence === undefined) {
        if (at < 0) {
          if (outside.length === 0) outsideStart = lineNo;
          outside.push(rest);
          return;
        }
        if (at > 0 && rest.slice(0, at).trim() !== "") {
          if (outside.length === 0) outsideStart = lineNo;
          outside.push(rest.slice(0, at));
        }
        scan(outside, outsideStart + 1, false, out);
        outside = [];
        const after = rest.slice(at + 3);
        const tagged = !after.includes("```") && FENCE_TAG.test(after);
        fence = { lines: [], start: tagged ? lineNo + 1 : lineNo };
        if (tagged) return;
        rest = after;
        continue;
      }
      if (at < 0) {
        fence.lines.push(rest);
        return;
      }
      if (rest.slice(0, at).trim() !== "" || fence.lines.length > 0 || at > 0)
        fence.lines.push(rest.slice(0, at));
      scan(fence.lines, fence.start + 1, true, out);
      fence = undefined;
      rest = rest.slice(at + 3);
      if (rest.trim() === "") return;
      lineNo = idx;
      outsideStart = idx;
    }
  });
  if (fence) scan(fence.lines, fence.start + 1, true, out);
  scan(outside, outsideStart + 1, false, out);
  return out;
}
