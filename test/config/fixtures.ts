import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../fixtures/config/", import.meta.url));

/** A config fixture as text. */
export function fixture(path: string): string {
  return readFileSync(`${root}${path}`, "utf8");
}

/** The expected correction of `client/scenario.ext`: `client/scenario.fixed.ext`, without its final newline. */
export function fixedFixture(path: string): string {
  const dot = path.indexOf(".");
  return fixture(`${path.slice(0, dot)}.fixed${path.slice(dot)}`).replace(/\n$/, "");
}

/** Every secret the fixtures hold: none of them may appear in a report. */
export const FIXTURE_SECRETS = [
  "glc_eyJvIjoiNjk2MzYzIiwibiI6InN0YWNrLXdyaXRlLXRlc3QifQ==",
  "eyJvIjoiNjk2MzYzIiwibiI6InN0YWNrLXdyaXRlLXRlc3QifQ",
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhY21lIn0.c2lnbmF0dXJl",
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9",
  "c2lnbmF0dXJl",
];
