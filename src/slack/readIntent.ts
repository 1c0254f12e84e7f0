import type { Diagnosis } from "../diagnosis/Diagnosis.ts";
import { diagnose } from "../diagnosis/diagnose.ts";
import { statusMeanings } from "../diagnosis/statusMeanings.ts";
import type { KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import type { ClientId } from "../vocabulary/clients.ts";

/**
 * What a person who asked wants, before the paste is diagnosed: a greeting or "help" gets the help,
 * a bare status code gets what it usually means, anything else is diagnosed.
 */
export type Intent =
  | { kind: "greeting"; greeting: Greeting }
  | { kind: "status"; code: number; client?: ClientId; diagnosis: Diagnosis }
  | { kind: "diagnose" };

export type Greeting = "hello" | "thanks" | "help";

const HELLO = new Set(["hi", "hello", "hey", "hiya", "howdy", "yo", "hola", "greetings", "morning", "sup"]);
const THANKS = new Set(["thanks", "thank", "thx", "ty", "cheers", "thanx", "tnx", "merci", "danke"]);
const HELP = new Set(["help", "usage", "commands", "?", "-h", "--help", "start", "menu"]);
/** Words that may stand beside a greeting without making it a question about a failure. */
const FILLER = new Set([
  "there",
  "all",
  "team",
  "folks",
  "everyone",
  "bot",
  "doctor",
  "good",
  "afternoon",
  "evening",
  "you",
  "so",
  "much",
  "a",
  "lot",
  "many",
  "very",
  "again",
  "ok",
  "okay",
  "great",
  "perfect",
  "please",
  "pls",
  "me",
  "i",
  "need",
  "some",
  "with",
  "this",
  "works",
  "worked",
  "that",
  "it",
  "the",
]);
/** Questions about the bot itself, word for word (after lower-casing and dropping punctuation). */
const HELP_QUESTIONS = new Set([
  "what can you do",
  "what do you do",
  "how does this work",
  "how do i use this",
  "how do i use you",
  "how to use",
  "who are you",
]);
const MAX_GREETING_WORDS = 8;

/** A greeting, thanks or a request for help, and nothing else; undefined for anything more. */
export function readGreeting(text: string): Greeting | undefined {
  const plain = text
    .toLowerCase()
    .replace(/:[a-z0-9_+-]+:/g, " ") // emoji shortcodes (:wave:)
    .replace(/[^\p{L}\p{N}?\s-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (plain === "" || plain === "?") return plain === "?" ? "help" : undefined;
  if (HELP_QUESTIONS.has(plain.replace(/\s*\?+$/, ""))) return "help";
  const words = plain.split(" ").map((w) => w.replace(/\?+$/, "") || "?");
  if (words.length > MAX_GREETING_WORDS) return undefined;
  let kind: Greeting | undefined;
  for (const word of words) {
    if (HELP.has(word)) kind = "help";
    else if (THANKS.has(word)) kind = kind === "help" ? kind : "thanks";
    else if (HELLO.has(word)) kind = kind ?? "hello";
    else if (!FILLER.has(word)) return undefined;
  }
  return kind;
}

/** A status code asked about on its own: one short line ("429", "HTTP 401", "got a 503 from mimir"). */
const BARE_MAX_CHARS = 100;

/**
 * Reads a message someone asked the bot about. A bare status code is one short line with exactly
 * one HTTP status, no gRPC code, no host, and nothing the diagnosis can place better than a low
 * guess; it is answered from the entries that carry that status, when there are any.
 */
export function readIntent(kb: KnowledgeBase, text: string, hasFiles = false): Intent {
  if (hasFiles) return { kind: "diagnose" };
  const greeting = readGreeting(text);
  if (greeting) return { kind: "greeting", greeting };
  const line = text.trim();
  if (line === "" || line.includes("\n") || line.length > BARE_MAX_CHARS) return { kind: "diagnose" };
  const diagnosis = diagnose(line, kb);
  const top = diagnosis.matches[0];
  const { statuses, grpcCodes, hosts, client } = diagnosis.facts;
  const [code] = statuses;
  if (top && top.confidence !== "low") return { kind: "diagnose" };
  if (code === undefined || statuses.length !== 1 || grpcCodes.length > 0 || hosts.length > 0)
    return { kind: "diagnose" };
  if (statusMeanings(kb, code).length === 0) return { kind: "diagnose" };
  return { kind: "status", code, ...(client ? { client } : {}), diagnosis };
}
