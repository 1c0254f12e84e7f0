/**
 * Reads curl commands the way a POSIX shell splits them (quotes, backslash escapes, `\` line
 * continuations), keeping the offsets of every word so corrections can edit the command in place.
 */

export interface ShellWord {
  /** The word after quote removal. */
  value: string;
  start: number;
  end: number;
  /** The quote the word is wrapped in, when the whole word is one quoted string. */
  quote: "'" | '"' | "";
}

export interface CurlHeader {
  name: string;
  value: string;
  /** The option word (`-H`), or the attached `-Hname: value` word. */
  option: ShellWord;
  word: ShellWord;
  /** Offsets of the value inside the word's source (valid when the value has no escapes). */
  valueStart: number;
  valueEnd: number;
}

export interface CurlCommand {
  start: number;
  end: number;
  words: ShellWord[];
  url?: ShellWord;
  headers: CurlHeader[];
  /** `-u user:password` */
  user?: { option: ShellWord; word: ShellWord; username: string; password?: string };
  /** Every `-k` / `--insecure` (a word of combined flags like `-sk` included). */
  insecure: ShellWord[];
  dataUrlencode: string[];
  /** Sends a body (`-d`, `--data-binary`, `-X POST`). */
  sendsBody: boolean;
  multiline: boolean;
}

const WITH_ARG = new Set([
  "-H",
  "--header",
  "-u",
  "--user",
  "-d",
  "--data",
  "--data-raw",
  "--data-binary",
  "--data-ascii",
  "--data-urlencode",
  "-X",
  "--request",
  "-o",
  "--output",
  "--url",
  "-A",
  "--user-agent",
  "-e",
  "--referer",
  "-m",
  "--max-time",
  "--connect-timeout",
  "--cacert",
  "--capath",
  "-E",
  "--cert",
  "--key",
  "-x",
  "--proxy",
  "-w",
  "--write-out",
  "-b",
  "--cookie",
  "-F",
  "--form",
  "--resolve",
  "--retry",
  "-T",
  "--upload-file",
]);

/** Splits one command starting at `start`; stops at an unquoted newline, `|`, `;`, `&` or `>`. */
function splitWords(text: string, start: number): { words: ShellWord[]; end: number; multiline: boolean } {
  const words: ShellWord[] = [];
  let i = start;
  let multiline = false;
  const n = text.length;
  while (i < n) {
    const c = text[i] as string;
    if (c === "\\" && (text[i + 1] === "\n" || (text[i + 1] === "\r" && text[i + 2] === "\n"))) {
      i += text[i + 1] === "\n" ? 2 : 3;
      multiline = true;
      continue;
    }
    if (c === " " || c === "\t" || c === "\r") {
      i++;
      continue;
    }
    if (c === "\n" || c === "|" || c === ";" || c === "&" || c === ">" || c === "#") break;
    const wordStart = i;
    let value = "";
    let quotes = 0;
    let quote: ShellWord["quote"] = "";
    while (i < n) {
      const d = text[i] as string;
      if (d === "'") {
        const close = text.indexOf("'", i + 1);
        const stop = close < 0 ? n : close;
        value += text.slice(i + 1, stop);
        i = stop + 1;
        quotes++;
        quote = "'";
      } else if (d === '"') {
        i++;
        while (i < n && text[i] !== '"') {
          if (text[i] === "\\" && i + 1 < n && '"\\$`\n'.includes(text[i + 1] as string)) {
            if (text[i + 1] !== "\n") value += text[i + 1];
            i += 2;
          } else {
            value += text[i];
            i++;
          }
        }
        i++;
        quotes++;
        quote = '"';
      } else if (d === "\\" && i + 1 < n) {
        if (text[i + 1] === "\n") break;
        value += text[i + 1];
        i += 2;
      } else if (" \t\r\n|;&>".includes(d)) {
        break;
      } else {
        value += d;
        i++;
      }
    }
    const end = Math.min(i, n);
    const whole =
      quotes === 1 &&
      (text[wordStart] === "'" || text[wordStart] === '"') &&
      text[end - 1] === text[wordStart];
    words.push({ value, start: wordStart, end, quote: whole ? quote : "" });
  }
  return { words, end: Math.min(i, n), multiline };
}

function header(option: ShellWord, word: ShellWord, raw: string, text: string): CurlHeader | undefined {
  const colon = raw.indexOf(":");
  if (colon < 0) return undefined;
  const name = raw.slice(0, colon).trim();
  const value = raw.slice(colon + 1).replace(/^[ \t]+/, "");
  // Where the value sits in the source: find it after the colon in the word's own text.
  const src = text.slice(word.start, word.end);
  const srcColon = src.indexOf(":");
  let valueStart = word.start + srcColon + 1;
  while (text[valueStart] === " " || text[valueStart] === "\t") valueStart++;
  const valueEnd = word.quote === "" ? word.end : word.end - 1;
  return { name, value, option, word, valueStart, valueEnd: Math.max(valueStart, valueEnd) };
}

/** Every curl command in the text, in order. */
export function parseCurl(text: string): CurlCommand[] {
  const commands: CurlCommand[] = [];
  const re = /(^|\n)[ \t]*(?:\$[ \t]+)?(curl)(?=[ \t])/g;
  for (const m of text.matchAll(re)) {
    const at = (m.index ?? 0) + m[0].length - 4;
    if (commands.some((c) => at < c.end)) continue;
    const { words, end, multiline } = splitWords(text, at);
    const cmd: CurlCommand = {
      start: at,
      end,
      words,
      headers: [],
      insecure: [],
      dataUrlencode: [],
      sendsBody: false,
      multiline,
    };
    for (let k = 1; k < words.length; k++) {
      const w = words[k] as ShellWord;
      const v = w.value;
      const arg = words[k + 1];
      const longEq = /^(--[a-z-]+)=(.*)$/s.exec(v);
      const opt = longEq
        ? (longEq[1] as string)
        : /^-[A-Za-z]/.test(v) && !v.startsWith("--")
          ? v.slice(0, 2)
          : v;
      if (v.startsWith("-") && !v.startsWith("--") && v.length > 2 && !WITH_ARG.has(opt)) {
        if (v.includes("k")) cmd.insecure.push(w);
        continue;
      }
      if (v === "--insecure" || v === "-k") {
        cmd.insecure.push(w);
        continue;
      }
      if (!WITH_ARG.has(opt)) {
        if (
          !v.startsWith("-") &&
          cmd.url === undefined &&
          /^(?:https?:\/\/)?[\w.-]+(?::\d+)?(?:\/|$)/.test(v)
        )
          cmd.url = w;
        continue;
      }
      const attached = longEq
        ? (longEq[2] as string)
        : v.length > 2 && !v.startsWith("--")
          ? v.slice(2)
          : undefined;
      const valueWord = attached === undefined ? arg : w;
      const raw = attached ?? arg?.value;
      if (attached === undefined) k++;
      if (valueWord === undefined || raw === undefined) continue;
      if (opt === "-H" || opt === "--header") {
        const h = attached === undefined ? header(w, valueWord, raw, text) : undefined;
        if (h) cmd.headers.push(h);
        else if (attached !== undefined) {
          const colon = raw.indexOf(":");
          if (colon > 0)
            cmd.headers.push({
              name: raw.slice(0, colon).trim(),
              value: raw.slice(colon + 1).trim(),
              option: w,
              word: w,
              valueStart: w.end,
              valueEnd: w.end,
            });
        }
      } else if (opt === "-u" || opt === "--user") {
        const colon = raw.indexOf(":");
        cmd.user = {
          option: w,
          word: valueWord,
          username: colon < 0 ? raw : raw.slice(0, colon),
          ...(colon < 0 ? {} : { password: raw.slice(colon + 1) }),
        };
      } else if (opt === "--data-urlencode") {
        cmd.dataUrlencode.push(raw);
      } else if (opt === "--url") {
        cmd.url = valueWord;
      } else if (opt.startsWith("-d") || opt.startsWith("--data")) {
        cmd.sendsBody = true;
      } else if ((opt === "-X" || opt === "--request") && /^(POST|PUT)$/i.test(raw)) {
        cmd.sendsBody = true;
      }
    }
    commands.push(cmd);
  }
  return commands;
}
