import { type DestinationStream, type Logger, pino } from "pino";
import { MASK } from "../vocabulary/maskSecrets.ts";

/** Fields that may carry a credential, wherever they sit in a log line. */
export const REDACT_PATHS = [
  "token",
  "botToken",
  "appToken",
  "signingSecret",
  "authorization",
  "*.token",
  "*.botToken",
  "*.appToken",
  "*.signingSecret",
  "*.authorization",
  "headers.authorization",
  "*.headers.authorization",
  'headers["x-slack-signature"]',
];

/** Structured JSON logs with credentials redacted by field; messages are masked by the callers. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = { level, base: { service: "slack-bot" }, redact: { paths: REDACT_PATHS, censor: MASK } };
  return destination ? pino(options, destination) : pino(options);
}
