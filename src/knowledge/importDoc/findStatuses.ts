import type { DocSection } from "./DocSection.ts";

/** A status code the section names, and how plainly it is the symptom. */
export interface FoundStatus {
  status: number;
  /** heading: the section is about it; reason: named with its reason phrase; bare: a number in a list. */
  where: "heading" | "reason" | "bare";
}

const REASONS: Record<number, string> = {
  400: "bad request",
  401: "unauthorized",
  403: "forbidden",
  404: "not found",
  405: "method not allowed",
  408: "request timeout",
  409: "conflict",
  413: "(?:payload|request entity|content) too large",
  415: "unsupported media type",
  422: "unprocessable",
  429: "too many requests",
  431: "request header fields too large",
  500: "internal server error",
  502: "bad gateway",
  503: "service unavailable",
  504: "gateway timeout",
};

const WITH_REASON = new RegExp(
  `\\b(${Object.keys(REASONS).join("|")})\\s*[-—:]?\\s*(?:${Object.values(REASONS).join("|")})\\b`,
  "gi",
);
const BARE =
  /(?:\b(?:status(?: code)?|http|codes?:?)\s*|(?<=[:,(]\s?))\b([1-5]\d\d)\b|\b([45]\d\d)(?=\s?\()/gi;

/**
 * Status codes in the section: in its heading (`401 Unauthorized`), with their reason phrase in the
 * text (`401 Unauthorized or 403 Forbidden`), or bare where the text says they are codes.
 */
export function findStatuses(section: DocSection): FoundStatus[] {
  const found = new Map<number, FoundStatus["where"]>();
  const rank = { heading: 3, reason: 2, bare: 1 } as const;
  const add = (status: number, where: FoundStatus["where"]) => {
    if (status < 100 || status > 599) return;
    const had = found.get(status);
    if (!had || rank[where] > rank[had]) found.set(status, where);
  };
  const heading = /^\s*([1-5]\d\d)\b/.exec(section.title);
  if (heading?.[1]) add(Number(heading[1]), "heading");
  for (const m of section.heading.matchAll(WITH_REASON)) add(Number(m[1]), "heading");
  const prose = section.lines.filter((l) => !l.code).map((l) => l.text);
  for (const line of [section.summary ?? "", ...prose]) {
    for (const m of line.matchAll(WITH_REASON)) add(Number(m[1]), "reason");
    for (const m of line.matchAll(BARE)) add(Number(m[1] ?? m[2]), "bare");
  }
  return [...found].map(([status, where]) => ({ status, where }));
}
