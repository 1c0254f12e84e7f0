import { indentAt, lineOf, splice } from "./editText.ts";
import { type CurlCommand, parseCurl } from "./parseCurl.ts";
import type { Fix, HeaderVal, Target } from "./Target.ts";

/** The curl commands of a snippet as targets. */
export function readCurl(text: string): Target[] {
  return parseCurl(text).map((cmd, i) => curlTarget(text, cmd, i));
}

function addHeaderAfter(text: string, cmd: CurlCommand, name: string, value: string): string {
  const anchor = cmd.headers[cmd.headers.length - 1]?.word ?? cmd.url ?? cmd.words[0];
  const at = anchor?.end ?? cmd.end;
  const arg = `-H ${JSON.stringify(`${name}: ${value}`)}`;
  if (cmd.multiline && cmd.headers.length > 0) {
    const ind = indentAt(text, cmd.headers[cmd.headers.length - 1]?.option.start ?? at);
    return splice(text, at, at, ` \\\n${ind}${arg}`);
  }
  return splice(text, at, at, ` ${arg}`);
}

function curlTarget(text: string, cmd: CurlCommand, index: number): Target {
  const again = (t: string): CurlCommand | undefined => parseCurl(t)[index];
  const headers: HeaderVal[] = cmd.headers.map((h) => ({
    name: h.name,
    value: {
      value: h.value,
      start: h.valueStart,
      end: h.valueEnd,
      line: lineOf(text, h.valueStart),
      style: "inner",
    },
  }));
  const path = cmd.url ? (/^(?:https?:\/\/)?[^/]+(\/[^?#]*)?/.exec(cmd.url.value)?.[1] ?? "") : "";
  const t: Target = {
    key: `curl #${index + 1}`,
    kind: "curl",
    client: "curl",
    role: "curl",
    line: lineOf(text, cmd.start),
    headers,
    writes: cmd.sendsBody || /\/(push|write)$/.test(path),
    secrets: [],
    addHeader:
      (name, value): Fix =>
      (t0) => {
        const c = again(t0);
        return c && addHeaderAfter(t0, c, name, value);
      },
    replaceBasicAuth:
      (tenant): Fix =>
      (t0) => {
        const c = again(t0);
        if (!c?.user) return undefined;
        const hasAuth = c.headers.some((h) => /^authorization$/i.test(h.name));
        const replacement = hasAuth ? "" : `-H "Authorization: Bearer <token>"`;
        let out = splice(t0, c.user.option.start, c.user.word.end, replacement);
        if (hasAuth) out = out.replace(/[ \t]+(?=\n|$)/, "");
        const c2 = again(out);
        if (!c2) return undefined;
        return c2.headers.some((h) => /^x-scope-orgid$/i.test(h.name))
          ? out
          : addHeaderAfter(out, c2, "X-Scope-OrgID", tenant);
      },
    removeInsecure: (t0) => {
      const c = again(t0);
      if (!c) return undefined;
      let out = t0;
      for (const w of [...c.insecure].reverse()) {
        if (w.value === "-k" || w.value === "--insecure") {
          let s = w.start;
          while (s > 0 && (out[s - 1] === " " || out[s - 1] === "\t")) s--;
          out = splice(out, s, w.end, "");
        } else {
          const src = out.slice(w.start, w.end);
          out = splice(out, w.start, w.end, src.replace("k", ""));
        }
      }
      return out;
    },
  };
  if (cmd.url) {
    t.url = {
      value: cmd.url.value,
      start: cmd.url.quote ? cmd.url.start + 1 : cmd.url.start,
      end: cmd.url.quote ? cmd.url.end - 1 : cmd.url.end,
      line: lineOf(text, cmd.url.start),
      style: "inner",
    };
  }
  if (cmd.user) {
    const colon = cmd.user.word.value.indexOf(":");
    const u = cmd.user.word;
    const inner = u.quote ? u.start + 1 : u.start;
    t.basicAuth = {
      line: lineOf(text, cmd.user.option.start),
      username: {
        value: cmd.user.username,
        start: inner,
        end: inner + cmd.user.username.length,
        line: lineOf(text, u.start),
        style: "inner",
      },
    };
    if (cmd.user.password !== undefined && colon >= 0) {
      t.basicAuth.password = {
        value: cmd.user.password,
        start: inner + colon + 1,
        end: u.quote ? u.end - 1 : u.end,
        line: lineOf(text, u.start),
        style: "inner",
      };
    }
  }
  if (cmd.insecure.length > 0) {
    const w = cmd.insecure[0];
    if (w)
      t.insecureSkipVerify = {
        value: "true",
        start: w.start,
        end: w.end,
        line: lineOf(text, w.start),
        style: "inner",
      };
  }
  t.secrets = [
    ...headers
      .filter((h) => /^authorization$/i.test(h.name))
      .map((h) => ({ start: h.value.start, end: h.value.end })),
    ...(t.basicAuth?.password ? [{ start: t.basicAuth.password.start, end: t.basicAuth.password.end }] : []),
  ];
  return t;
}
