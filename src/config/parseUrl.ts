/** A URL as written in a config: the scheme and port may be missing (`host:4317`), so not WHATWG URL. */
export interface ParsedUrl {
  scheme: string;
  host: string;
  port: string;
  path: string;
  /** Query and fragment, kept as written. */
  rest: string;
}

/** Undefined for a value that is not a plain URL (a template, an env reference). */
export function parseUrl(value: string): ParsedUrl | undefined {
  const m = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\[[^\]]*\]|[^/?#:\s@]+)(?::(\d*))?([^?#\s]*)(\S*)$/i.exec(
    value.trim(),
  );
  if (!m || /[${}()]/.test(value)) return undefined;
  return { scheme: m[1] ?? "", host: m[2] ?? "", port: m[3] ?? "", path: m[4] ?? "", rest: m[5] ?? "" };
}

/** scheme://host:port as written (the scheme only when there was one), optionally with another port. */
export function urlOrigin(u: ParsedUrl, port = u.port): string {
  return `${u.scheme ? `${u.scheme}://` : ""}${u.host}${port ? `:${port}` : ""}`;
}
