import { z } from "zod";
import { BACKEND_MEANINGS } from "../vocabulary/catalogs/Catalog.ts";
import { CLIENT_IDS, DIRECTIONS, GRPC_CODE_NAMES } from "../vocabulary/clients.ts";
import { FAILURE_CLASS_IDS } from "../vocabulary/failureClasses/FailureClass.ts";
import { VOCABULARY_NAMES } from "../vocabulary/namedVocabularies.ts";

/**
 * The contract of one knowledge-base entry (one YAML file under knowledge/).
 * Loading checks every file against it and reports each problem with its file, line and field.
 */

const clientId = z.enum(CLIENT_IDS);
const direction = z.enum(DIRECTIONS);
const weight = z.number().min(0.05).max(1);
const nonEmpty = z.string().trim().min(1);

const failureClass = z.enum(FAILURE_CLASS_IDS);
const vocabulary = z.enum(VOCABULARY_NAMES);

/**
 * A condition on what the paste shows as a whole. Every key given must hold (AND);
 * a list of conditions holds when any one of them does (OR).
 */
export const conditionSchema = z
  .object({
    client: z.array(clientId).min(1).optional(),
    /** The client that printed the paste is none of these (or none was detected). */
    not_client: z.array(clientId).min(1).optional(),
    direction: z.array(direction).min(1).optional(),
    /** An RE2 regex (case-insensitive) that must occur somewhere in the normalised paste. */
    mentions: nonEmpty.optional(),
    /** The paste must NOT show any of these directions. */
    not_direction: z.array(direction).min(1).optional(),
    /** An RE2 regex that must NOT occur anywhere in the paste. */
    not_mentions: nonEmpty.optional(),
    /** The paste uses a word of one of these shared vocabularies (src/vocabulary/namedVocabularies.ts). */
    vocab: z.array(vocabulary).min(1).optional(),
    /** The paste uses no word of any of these vocabularies. */
    not_vocab: z.array(vocabulary).min(1).optional(),
    /** The paste shows one of these failure classes. */
    classes: z.array(failureClass).min(1).optional(),
    /** The paste shows none of these failure classes. */
    not_classes: z.array(failureClass).min(1).optional(),
  })
  .strict()
  .refine((c) => Object.keys(c).length > 0, { message: "a condition needs at least one key" });
export type Condition = z.infer<typeof conditionSchema>;

const when = z.array(conditionSchema).min(1).optional();

const signalBase = { weight, when, note: z.string().optional() };

/** Phrases are found as literals in the normalised paste, which is lower-case with single spaces. */
const phrase = nonEmpty
  .refine((p) => p === p.toLowerCase(), "a phrase is lower-case (the paste is matched lower-cased)")
  .refine(
    (p) => !/\s{2}|[\t\n]/.test(p),
    "a phrase has single spaces (white space in the paste is collapsed)",
  );

/**
 * One piece of evidence that points at the symptom. Exactly one of phrase, phrases, class, regex,
 * status, grpc, path. A list (`phrases`, `class`) counts once, however many of it occur.
 */
export const signalSchema = z.union([
  z.object({ phrase, ...signalBase }).strict(),
  z.object({ phrases: z.array(phrase).min(1), ...signalBase }).strict(),
  /** What a backend answered, in its own words (src/vocabulary/catalogs/backends): unavailable, overloaded… */
  z.object({ backend: z.array(z.enum(BACKEND_MEANINGS)).min(1), ...signalBase }).strict(),
  /** A failure class (src/vocabulary/failureClasses) found in the paste, whatever runtime worded it. */
  z.object({ class: z.array(failureClass).min(1), ...signalBase }).strict(),
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
    product: z.enum(["opentelemetry", "xscaler", "protocols", "mimir", "loki", "tempo"]),
    source: z.object({ doc: nonEmpty, section: nonEmpty }).strict(),
    clients: z.array(clientId).min(1),
    /** The entry is only considered when one of these holds. */
    requires: when,
    /** The entry is ruled out when any of these holds. */
    excludes: when,
    /**
     * How people describe the symptom in their own words when they have no error to paste ("stream
     * limit", "lines that are too long"): lower-case phrases. Any one of them is weak evidence
     * (TOPIC_WEIGHT), enough for a "possible" answer to a direct ask within the entry's context, and
     * never enough to answer unasked.
     */
    topic: z.array(phrase).min(1).optional(),
    signals: z.array(signalSchema).min(1),
    cause: nonEmpty,
    fix: z.array(nonEmpty).min(1),
    snippets: z.partialRecord(clientId, snippetSchema).default({}),
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
