import { z } from "zod";
import { CLIENT_IDS, DIRECTIONS, GRPC_CODE_NAMES } from "../vocabulary/clients.ts";

/**
 * The contract of one knowledge-base entry (one YAML file under knowledge/).
 * Loading checks every file against it and reports each problem with its file, line and field.
 */

const clientId = z.enum(CLIENT_IDS);
const direction = z.enum(DIRECTIONS);
const weight = z.number().min(0.05).max(1);
const nonEmpty = z.string().trim().min(1);

/** The live-probe checks (src/probe) that can confirm a symptom. */
export const PROBE_CHECK_IDS = ["url", "dns", "tcp", "tls", "token", "write", "read", "otlp"] as const;

/**
 * A condition on what the paste shows as a whole. Every key given must hold (AND);
 * a list of conditions holds when any one of them does (OR).
 */
export const conditionSchema = z
  .object({
    client: z.array(clientId).min(1).optional(),
    direction: z.array(direction).min(1).optional(),
    /** An RE2 regex (case-insensitive) that must occur somewhere in the normalised paste. */
    mentions: nonEmpty.optional(),
    /** The paste must NOT show any of these directions. */
    not_direction: z.array(direction).min(1).optional(),
    /** An RE2 regex that must NOT occur anywhere in the paste. */
    not_mentions: nonEmpty.optional(),
  })
  .strict()
  .refine((c) => Object.keys(c).length > 0, { message: "a condition needs at least one key" });
export type Condition = z.infer<typeof conditionSchema>;

const when = z.array(conditionSchema).min(1).optional();

const signalBase = { weight, when, note: z.string().optional() };

/** One piece of evidence that points at the symptom. Exactly one of phrase, regex, status, grpc, path. */
export const signalSchema = z.union([
  z.object({ phrase: nonEmpty, ...signalBase }).strict(),
  z.object({ regex: nonEmpty, ...signalBase }).strict(),
  z.object({ status: z.number().int().min(100).max(599), ...signalBase }).strict(),
  z
    .object({
      grpc: z.enum(GRPC_CODE_NAMES),
      ...signalBase,
    })
    .strict(),
  /** An RE2 regex matched against the path of each URL found in the paste. */
  z.object({ path: nonEmpty, ...signalBase }).strict(),
]);
export type Signal = z.infer<typeof signalSchema>;

const snippetSchema = z
  .object({
    language: z.enum(["yaml", "alloy", "shell", "text", "ini", "json"]),
    title: z.string().optional(),
    /** The right form. Placeholders <host>, <tenant-id>, <token> are filled from the paste (never the token). */
    right: nonEmpty,
    /** The wrong form, where the source doc shows one. */
    wrong: z.string().optional(),
  })
  .strict();
export type Snippet = z.infer<typeof snippetSchema>;

export const entrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "ids are lower-case words joined by '-'"),
    title: nonEmpty,
    product: z.enum(["opentelemetry", "xscaler"]),
    source: z.object({ doc: nonEmpty, section: nonEmpty }).strict(),
    clients: z.array(clientId).min(1),
    /** What the symptom involves: shown to people and used by the config rules. */
    involves: z
      .object({
        status: z.array(z.number().int().min(100).max(599)).default([]),
        grpc: z.array(z.string()).default([]),
        paths: z.array(z.string()).default([]),
        ports: z.array(z.number().int().min(1).max(65535)).default([]),
        headers: z.array(z.string()).default([]),
      })
      .strict()
      .default({ status: [], grpc: [], paths: [], ports: [], headers: [] }),
    /** The entry is only considered when one of these holds. */
    requires: when,
    /** The entry is ruled out when any of these holds. */
    excludes: when,
    signals: z.array(signalSchema).min(1),
    cause: nonEmpty,
    fix: z.array(nonEmpty).min(1),
    snippets: z.partialRecord(clientId, snippetSchema).default({}),
    probe: z.array(z.enum(PROBE_CHECK_IDS)).default([]),
    /** Ids of config rules (src/config) that find this symptom in a pasted configuration. */
    config_rules: z.array(nonEmpty).default([]),
    related: z.array(nonEmpty).default([]),
    /** The problem people usually meet once this one is fixed. */
    next: nonEmpty.optional(),
    examples: z
      .object({
        match: z.array(nonEmpty).min(1),
        no_match: z.array(nonEmpty).default([]),
      })
      .strict(),
  })
  .strict();

export type KnowledgeEntry = z.infer<typeof entrySchema>;
