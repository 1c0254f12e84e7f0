import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { Logger } from "pino";
import { maskSecrets } from "../vocabulary/maskSecrets.ts";

const text = (parts: unknown[]): string =>
  maskSecrets(
    parts
      .map((p) => (p instanceof Error ? p.message : typeof p === "string" ? p : JSON.stringify(p)))
      .join(" "),
  );

/** Bolt's and the Web API client's logs, into our pino logger, masked. */
export function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.INFO;
  let child = log.child({ component: "bolt" });
  return {
    debug: (...msg: unknown[]) => child.debug(text(msg)),
    info: (...msg: unknown[]) => child.info(text(msg)),
    warn: (...msg: unknown[]) => child.warn(text(msg)),
    error: (...msg: unknown[]) => child.error(text(msg)),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: (name: string) => {
      child = log.child({ component: name });
    },
  };
}
