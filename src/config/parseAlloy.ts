/**
 * A small, tolerant parser for the Alloy (River) configuration language: blocks, attributes and the
 * literal values the config rules need, each with its byte offsets so that corrections are surgical.
 * Anything it does not understand (function calls, references, operators) is kept as an opaque span.
 */

export interface AlloyExpr {
  kind: "string" | "number" | "bool" | "null" | "object" | "array" | "other";
  start: number;
  end: number;
  /** Decoded value of a string, number or bool. */
  value?: string | number | boolean;
  entries?: AlloyEntry[];
  items?: AlloyExpr[];
}

export interface AlloyEntry {
  key: string;
  keyStart: number;
  value: AlloyExpr;
}

export interface AlloyAttr {
  name: string;
  start: number;
  value: AlloyExpr;
}

export interface AlloyBlock {
  name: string;
  label?: string;
  start: number;
  /** Offset of the closing `}`; the text length when the block is not closed. */
  close: number;
  closed: boolean;
  attrs: AlloyAttr[];
  blocks: AlloyBlock[];
}

export interface AlloyFile {
  blocks: AlloyBlock[];
  attrs: AlloyAttr[];
  /** Problems found, with their offsets: an unclosed block, an unexpected token. */
  errors: { offset: number; message: string }[];
}

interface Token {
  type: "ident" | "string" | "number" | "punct" | "newline" | "eof";
  text: string;
  start: number;
  end: number;
  value?: string;
}

function lex(src: string, errors: AlloyFile["errors"]): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = src.length;
  while (i < n) {
    const c = src[i] as string;
    if (c === "\n") {
      tokens.push({ type: "newline", text: c, start: i, end: i + 1 });
      i++;
    } else if (c === " " || c === "\t" || c === "\r") {
      i++;
    } else if (c === "/" && src[i + 1] === "/") {
      while (i < n && src[i] !== "\n") i++;
    } else if (c === "#") {
      while (i < n && src[i] !== "\n") i++;
    } else if (c === "/" && src[i + 1] === "*") {
      const end = src.indexOf("*/", i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === '"') {
      const start = i;
      let value = "";
      i++;
      let closed = false;
      while (i < n) {
        const d = src[i] as string;
        if (d === "\\" && i + 1 < n) {
          const e = src[i + 1] as string;
          value += e === "n" ? "\n" : e === "t" ? "\t" : e === "r" ? "\r" : e;
          i += 2;
        } else if (d === '"') {
          i++;
          closed = true;
          break;
        } else {
          value += d;
          i++;
        }
      }
      if (!closed) errors.push({ offset: start, message: "a string is not closed" });
      tokens.push({ type: "string", text: src.slice(start, i), start, end: i, value });
    } else if (c === "`") {
      const end = src.indexOf("`", i + 1);
      const stop = end < 0 ? n : end + 1;
      if (end < 0) errors.push({ offset: i, message: "a raw string is not closed" });
      tokens.push({
        type: "string",
        text: src.slice(i, stop),
        start: i,
        end: stop,
        value: src.slice(i + 1, end < 0 ? n : end),
      });
      i = stop;
    } else if (/[A-Za-z_]/.test(c)) {
      const start = i;
      while (i < n && /[A-Za-z0-9_]/.test(src[i] as string)) i++;
      tokens.push({ type: "ident", text: src.slice(start, i), start, end: i });
    } else if (/[0-9]/.test(c)) {
      const start = i;
      while (i < n && /[0-9._eE]/.test(src[i] as string)) i++;
      tokens.push({ type: "number", text: src.slice(start, i), start, end: i });
    } else {
      const two = src.slice(i, i + 2);
      const len = ["==", "!=", "<=", ">=", "&&", "||"].includes(two) ? 2 : 1;
      tokens.push({ type: "punct", text: src.slice(i, i + len), start: i, end: i + len });
      i += len;
    }
  }
  tokens.push({ type: "eof", text: "", start: n, end: n });
  return tokens;
}

const BINARY = new Set(["+", "-", "*", "/", "%", "^", "==", "!=", "<", ">", "<=", ">=", "&&", "||"]);

export function parseAlloy(src: string): AlloyFile {
  const errors: AlloyFile["errors"] = [];
  const tokens = lex(src, errors);
  let p = 0;
  const peek = (k = 0): Token => tokens[Math.min(p + k, tokens.length - 1)] as Token;
  const next = (): Token => tokens[Math.min(p++, tokens.length - 1)] as Token;
  const skipNewlines = (): void => {
    while (peek().type === "newline") p++;
  };

  function parseExpr(): AlloyExpr {
    const first = parseUnary();
    let expr = first;
    while (peek().type === "punct" && BINARY.has(peek().text)) {
      next();
      skipNewlines();
      const right = parseUnary();
      expr = { kind: "other", start: first.start, end: right.end };
    }
    return expr;
  }

  function parseUnary(): AlloyExpr {
    const t = peek();
    if (t.type === "punct" && (t.text === "-" || t.text === "!")) {
      next();
      const inner = parseUnary();
      return { kind: "other", start: t.start, end: inner.end };
    }
    return parsePostfix(parsePrimary());
  }

  function parsePostfix(expr: AlloyExpr): AlloyExpr {
    let e = expr;
    for (;;) {
      const t = peek();
      if (t.type === "punct" && t.text === "." && peek(1).type === "ident") {
        p += 2;
        e = { kind: "other", start: e.start, end: peek(-1).end };
      } else if (t.type === "punct" && (t.text === "(" || t.text === "[") && e.kind === "other") {
        const close = t.text === "(" ? ")" : "]";
        next();
        skipNewlines();
        while (!(peek().type === "punct" && peek().text === close) && peek().type !== "eof") {
          parseExpr();
          skipNewlines();
          if (peek().type === "punct" && peek().text === ",") next();
          skipNewlines();
        }
        const end = next();
        e = { kind: "other", start: e.start, end: end.end };
      } else {
        return e;
      }
    }
  }

  function parsePrimary(): AlloyExpr {
    const t = next();
    if (t.type === "string") return { kind: "string", start: t.start, end: t.end, value: t.value ?? "" };
    if (t.type === "number") return { kind: "number", start: t.start, end: t.end, value: Number(t.text) };
    if (t.type === "ident") {
      if (t.text === "true" || t.text === "false")
        return { kind: "bool", start: t.start, end: t.end, value: t.text === "true" };
      if (t.text === "null") return { kind: "null", start: t.start, end: t.end };
      return { kind: "other", start: t.start, end: t.end };
    }
    if (t.type === "punct" && t.text === "{") return parseObject(t);
    if (t.type === "punct" && t.text === "[") return parseArray(t);
    if (t.type === "punct" && t.text === "(") {
      skipNewlines();
      const inner = parseExpr();
      skipNewlines();
      const close = peek().type === "punct" && peek().text === ")" ? next() : peek();
      return { kind: "other", start: t.start, end: Math.max(inner.end, close.end) };
    }
    errors.push({
      offset: t.start,
      message: `unexpected ${t.type === "eof" ? "end of text" : `"${t.text}"`}`,
    });
    return { kind: "other", start: t.start, end: t.end };
  }

  function parseObject(open: Token): AlloyExpr {
    const entries: AlloyEntry[] = [];
    for (;;) {
      skipNewlines();
      const t = peek();
      if (t.type === "punct" && t.text === "}") {
        next();
        return { kind: "object", start: open.start, end: t.end, entries };
      }
      if (t.type === "eof") {
        errors.push({ offset: open.start, message: "an object { ... } is not closed" });
        return { kind: "object", start: open.start, end: t.start, entries };
      }
      if ((t.type === "string" || t.type === "ident") && peek(1).type === "punct" && peek(1).text === "=") {
        p += 2;
        skipNewlines();
        const value = parseExpr();
        entries.push({ key: t.type === "string" ? (t.value ?? "") : t.text, keyStart: t.start, value });
      } else {
        errors.push({ offset: t.start, message: `unexpected "${t.text}" in an object` });
        next();
      }
      skipNewlines();
      if (peek().type === "punct" && peek().text === ",") next();
    }
  }

  function parseArray(open: Token): AlloyExpr {
    const items: AlloyExpr[] = [];
    for (;;) {
      skipNewlines();
      const t = peek();
      if (t.type === "punct" && t.text === "]") {
        next();
        return { kind: "array", start: open.start, end: t.end, items };
      }
      if (t.type === "eof") {
        errors.push({ offset: open.start, message: "a list [ ... ] is not closed" });
        return { kind: "array", start: open.start, end: t.start, items };
      }
      items.push(parseExpr());
      skipNewlines();
      if (peek().type === "punct" && peek().text === ",") next();
    }
  }

  /** Body of a block (or the file): attributes and nested blocks until `}` or the end. */
  function parseBody(
    into: { attrs: AlloyAttr[]; blocks: AlloyBlock[] },
    inBlock: boolean,
  ): Token | undefined {
    for (;;) {
      skipNewlines();
      const t = peek();
      if (t.type === "eof") return undefined;
      if (t.type === "punct" && t.text === "}") {
        if (inBlock) return next();
        errors.push({ offset: t.start, message: 'unexpected "}"' });
        next();
        continue;
      }
      if (t.type !== "ident") {
        errors.push({ offset: t.start, message: `unexpected "${t.text}"` });
        next();
        continue;
      }
      const start = t.start;
      let name = next().text;
      while (peek().type === "punct" && peek().text === "." && peek(1).type === "ident") {
        p++;
        name += `.${next().text}`;
      }
      const after = peek();
      if (after.type === "punct" && after.text === "=") {
        next();
        skipNewlines();
        into.attrs.push({ name, start, value: parseExpr() });
        continue;
      }
      let label: string | undefined;
      if (after.type === "string") {
        label = after.value ?? "";
        next();
      }
      if (peek().type === "punct" && peek().text === "{") {
        next();
        const block: AlloyBlock = { name, start, close: src.length, closed: false, attrs: [], blocks: [] };
        if (label !== undefined) block.label = label;
        const close = parseBody(block, true);
        if (close === undefined) {
          errors.push({
            offset: start,
            message: `block ${name}${label === undefined ? "" : ` "${label}"`} is not closed`,
          });
        } else {
          block.close = close.start;
          block.closed = true;
        }
        into.blocks.push(block);
        continue;
      }
      errors.push({ offset: after.start, message: `expected "=" or "{" after ${name}` });
    }
  }

  const file: AlloyFile = { blocks: [], attrs: [], errors };
  parseBody(file, false);
  return file;
}
