import { lookup as dnsLookup } from "node:dns/promises";
import net from "node:net";
import tls from "node:tls";
import { Agent, type buildConnector } from "undici";
import { isMetadataName } from "./DestinationPolicy.ts";
import { ProbeRefusedError } from "./ProbeRefusedError.ts";
import type { Lookup } from "./types.ts";
import { vetAddress } from "./vetAddress.ts";

export interface SafeDialerOptions {
  allowPrivate: boolean;
  lookup?: Lookup;
  ca?: readonly string[];
  connectTimeoutMs: number;
  /** Upper bound for one DNS lookup (default: the connect timeout); the deadline's signal ends it too. */
  dnsTimeoutMs?: number;
  /** Aborts every connection attempt when the probe's deadline passes. */
  signal: AbortSignal;
}

export type Resolution =
  | { ok: true; ip: string; all: string[] }
  | { ok: false; reason: "refused" }
  | { ok: false; reason: "dns"; code: string };

/** A connection attempt failed after the destination was vetted (refused, timeout, TLS). */
export interface DialError extends Error {
  code?: string;
}

const systemLookup: Lookup = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/** `[::1]` → `::1`; URL.hostname keeps the brackets on IPv6 literals. */
export function bareHost(hostname: string): string {
  return hostname.replace(/^\[|\]$/g, "");
}

/**
 * Every byte the probe sends goes through here: a name is resolved once per probe, refused unless
 * every address passes `vetAddress`, and the connection goes to the vetted IP with the original
 * name as TLS servername (so a second, rebinding lookup never happens).
 */
export class SafeDialer {
  readonly #options: SafeDialerOptions;
  readonly #resolutions = new Map<string, Promise<Resolution>>();

  constructor(options: SafeDialerOptions) {
    this.#options = options;
  }

  resolve(hostname: string): Promise<Resolution> {
    const host = bareHost(hostname).toLowerCase();
    let pending = this.#resolutions.get(host);
    if (!pending) {
      pending = this.#resolveOnce(host);
      this.#resolutions.set(host, pending);
    }
    return pending;
  }

  async #resolveOnce(host: string): Promise<Resolution> {
    const { allowPrivate } = this.#options;
    if (net.isIP(host)) {
      return vetAddress(host, allowPrivate)
        ? { ok: true, ip: host, all: [host] }
        : { ok: false, reason: "refused" };
    }
    if (isMetadataName(host)) return { ok: false, reason: "refused" };
    let addresses: { address: string }[];
    try {
      addresses = await this.#lookupBounded(host);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      return { ok: false, reason: "dns", code: typeof code === "string" ? code : "ENOTFOUND" };
    }
    if (addresses.length === 0) return { ok: false, reason: "dns", code: "ENODATA" };
    const all = addresses.map((a) => a.address);
    // One bad address refuses the name: a later connection could otherwise land on it.
    if (!all.every((a) => vetAddress(a, allowPrivate))) return { ok: false, reason: "refused" };
    const ip = all[0];
    return ip === undefined ? { ok: false, reason: "refused" } : { ok: true, ip, all };
  }

  /** The lookup, ended by its own timeout or the probe's deadline, whichever comes first: a slow resolver cannot stall a probe. */
  #lookupBounded(host: string): Promise<{ address: string }[]> {
    const { signal } = this.#options;
    const ms = this.#options.dnsTimeoutMs ?? this.#options.connectTimeoutMs;
    return new Promise((resolve, reject) => {
      const fail = (message: string) => {
        cleanup();
        reject(Object.assign(new Error(message), { code: "ETIMEOUT" }));
      };
      const onAbort = () => fail("the probe's overall deadline passed during DNS");
      const timer = setTimeout(() => fail(`DNS lookup timed out after ${ms} ms`), ms);
      const cleanup = () => {
        clearTimeout(timer);
        signal.removeEventListener("abort", onAbort);
      };
      if (signal.aborted) return onAbort();
      signal.addEventListener("abort", onAbort, { once: true });
      (this.#options.lookup ?? systemLookup)(host).then(
        (a) => {
          cleanup();
          resolve(a);
        },
        (error: unknown) => {
          cleanup();
          reject(error);
        },
      );
    });
  }

  /** TCP (and TLS when `tlsMode` is given) to the vetted address of `hostname`. */
  async connect(
    hostname: string,
    port: number,
    tlsMode?: { verify: boolean; alpn?: string[] },
  ): Promise<net.Socket | tls.TLSSocket> {
    const resolution = await this.resolve(hostname);
    if (!resolution.ok) {
      if (resolution.reason === "refused" || !this.#options.allowPrivate) throw new ProbeRefusedError();
      throw Object.assign(new Error(`could not resolve the host (${resolution.code})`), {
        code: resolution.code,
      });
    }
    const socket = await this.#withTimeout(
      net.connect({ host: resolution.ip, port }),
      "connect",
      "connect",
      "ETIMEDOUT",
    );
    if (!tlsMode) return socket;
    const host = bareHost(hostname);
    const secure = tls.connect({
      socket,
      // SNI must be a name, never an IP; for an IP literal the certificate is checked against `host`.
      ...(net.isIP(host) ? { host } : { servername: host, host }),
      ...(this.#options.ca ? { ca: [...this.#options.ca] } : {}),
      rejectUnauthorized: tlsMode.verify,
      ...(tlsMode.alpn ? { ALPNProtocols: tlsMode.alpn } : {}),
    });
    return this.#withTimeout(secure, "secureConnect", "TLS handshake", "ETIMEDOUT");
  }

  #withTimeout<S extends net.Socket>(socket: S, event: string, what: string, code: string): Promise<S> {
    const { connectTimeoutMs, signal } = this.#options;
    return new Promise<S>((resolve, reject) => {
      const fail = (error: DialError) => {
        cleanup();
        socket.destroy();
        reject(error);
      };
      const onError = (error: Error) => fail(error);
      const onAbort = () =>
        fail(Object.assign(new Error("the probe's overall deadline passed"), { code: "ETIMEDOUT" }));
      const timer = setTimeout(
        () => fail(Object.assign(new Error(`${what} timed out after ${connectTimeoutMs} ms`), { code })),
        connectTimeoutMs,
      );
      const onReady = () => {
        cleanup();
        resolve(socket);
      };
      const cleanup = () => {
        clearTimeout(timer);
        socket.off("error", onError);
        socket.off(event, onReady);
        signal.removeEventListener("abort", onAbort);
      };
      if (signal.aborted) return onAbort();
      signal.addEventListener("abort", onAbort, { once: true });
      socket.once("error", onError);
      socket.once(event, onReady);
    });
  }

  /** The one undici Agent all probe requests use: its connector is this dialer, TLS always verified. */
  agent(options: { headersTimeoutMs: number; bodyTimeoutMs: number; maxResponseBytes: number }): Agent {
    const connector: buildConnector.connector = (opts, callback) => {
      const port = Number(opts.port) || (opts.protocol === "https:" ? 443 : 80);
      this.connect(
        opts.hostname,
        port,
        opts.protocol === "https:" ? { verify: true, alpn: ["http/1.1"] } : undefined,
      )
        .then((socket) => callback(null, socket))
        .catch((error: Error) => callback(error, null));
    };
    return new Agent({
      connect: connector,
      headersTimeout: options.headersTimeoutMs,
      bodyTimeout: options.bodyTimeoutMs,
      maxResponseSize: options.maxResponseBytes,
      maxHeaderSize: 16 * 1024,
      connections: 2,
    });
  }
}
