import { isMap, isScalar, type Node, type Pair, parseDocument, type Scalar, type YAMLMap } from "yaml";
import { column, lineEnd, lineStart, splice, trimEndBefore } from "./editText.ts";
import type { Val } from "./Target.ts";

/** Path-addressed edits of YAML source text that keep comments, order and layout. */

export type YamlPath = (string | number)[];

export function getMap(text: string, path: YamlPath): YAMLMap | undefined {
  const doc = parseDocument(text);
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  return isMap(node) ? node : undefined;
}

export function keyName(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

export function findPair(map: YAMLMap, key: string, ignoreCase = false): Pair | undefined {
  return map.items.find((p) =>
    ignoreCase ? keyName(p).toLowerCase() === key.toLowerCase() : keyName(p) === key,
  ) as Pair | undefined;
}

/** The offsets where a pair's source starts (its key) and ends (after its value). */
function pairSpan(pair: Pair): { start: number; end: number } | undefined {
  const k = (pair.key as Node | null)?.range;
  if (!k) return undefined;
  const v = (pair.value as Node | null)?.range;
  return { start: k[0], end: v ? v[1] : k[1] };
}

/** A YAML scalar for `value`, in the user's quote style when it reads back the same. */
export function yamlScalar(value: string, style: Val["style"] = "plain"): string {
  if (style === "double") return JSON.stringify(value);
  if (style === "single") return `'${value.replace(/'/g, "''")}'`;
  const doc = parseDocument(`k: ${value}`);
  const back = doc.get("k");
  return doc.errors.length === 0 && back === value ? value : JSON.stringify(value);
}

/** Replace a scalar value in place (its quotes included), keeping the user's quote style. */
export function replaceScalar(text: string, val: Val, value: string): string {
  if (val.style === "block") {
    // A block scalar (| or >) ends with its line break; keep the line break.
    const end = trimEndBefore(text, val.end);
    return splice(text, val.start, end, yamlScalar(value, "plain"));
  }
  return splice(text, val.start, val.end, yamlScalar(value, val.style));
}

/** Add `lines` (relative indentation) as new entries of the block map at `path`. */
export function addToMap(text: string, path: YamlPath, lines: string[]): string | undefined {
  const map = getMap(text, path);
  if (!map) return undefined;
  const items = map.items as Pair[];
  const first = items[0];
  const last = items[items.length - 1];
  if (first === undefined || last === undefined) return undefined;
  const span = pairSpan(last);
  const firstKey = (first.key as Node | null)?.range;
  if (!span || !firstKey) return undefined;
  if (map.flow) {
    const close = text.lastIndexOf("}", (map.range?.[1] ?? span.end) - 1);
    if (close < 0 || lines.length !== 1) return undefined;
    return splice(text, trimEndBefore(text, close), trimEndBefore(text, close), `, ${lines[0]}`);
  }
  const indent = " ".repeat(column(text, firstKey[0]));
  const at = lineEnd(text, trimEndBefore(text, span.end));
  return splice(text, at, at, lines.map((l) => `\n${indent}${l}`).join(""));
}

/** Set `key: value` in the map at `path` + `mapKey`, creating `mapKey:` when it is missing or empty. */
export function addEntry(
  text: string,
  path: YamlPath,
  mapKey: string,
  key: string,
  value: string,
): string | undefined {
  const parent = getMap(text, path);
  if (!parent) return undefined;
  const entry = `${yamlScalar(key)}: ${yamlScalar(value)}`;
  const pair = findPair(parent, mapKey);
  if (pair === undefined) return addToMap(text, path, [`${mapKey}:`, `  ${entry}`]);
  if (isMap(pair.value) && pair.value.items.length > 0) return addToMap(text, [...path, mapKey], [entry]);
  // `headers:` with nothing (or `{}`) after it: write the map out.
  return replacePair(text, path, mapKey, [`${mapKey}:`, `  ${entry}`]);
}

/**
 * Replace the pair `key` of the map at `path` with `lines` (relative indentation; the first line
 * goes where the key was), or delete it when `lines` is empty.
 */
export function replacePair(text: string, path: YamlPath, key: string, lines: string[]): string | undefined {
  const map = getMap(text, path);
  const pair = map && findPair(map, key);
  const span = pair && pairSpan(pair);
  if (!span) return undefined;
  const col = column(text, span.start);
  const end = lineEnd(text, trimEndBefore(text, span.end));
  const before = text.slice(lineStart(text, span.start), span.start);
  if (lines.length > 0) {
    const indent = " ".repeat(col);
    return splice(text, span.start, end, lines.map((l, i) => (i === 0 ? l : `\n${indent}${l}`)).join(""));
  }
  if (before.trim() === "") {
    const ls = lineStart(text, span.start);
    return end >= text.length ? splice(text, Math.max(0, ls - 1), end, "") : splice(text, ls, end + 1, "");
  }
  // The pair follows a `- `: pull the next line's entry up onto it.
  const next = /^\n[ \t]*/.exec(text.slice(end));
  return splice(text, span.start, end + (next?.[0].length ?? 0), "");
}

/** A Val for a scalar node. */
export function scalarVal(node: unknown, lineOfPos: (pos: number) => number): Val | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  const s = node as Scalar;
  const range = s.range as [number, number, number];
  const style: Val["style"] =
    typeof s.value === "number" || typeof s.value === "boolean"
      ? "raw"
      : s.type === "QUOTE_DOUBLE"
        ? "double"
        : s.type === "QUOTE_SINGLE"
          ? "single"
          : s.type === "BLOCK_LITERAL" || s.type === "BLOCK_FOLDED"
            ? "block"
            : "plain";
  return {
    value: s.value === null || s.value === undefined ? "" : String(s.value),
    start: range[0],
    end: range[1],
    line: lineOfPos(range[0]),
    style,
  };
}
