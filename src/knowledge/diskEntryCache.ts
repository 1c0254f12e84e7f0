import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { Pattern } from "./compilePattern.ts";
import { entrySchema, type KnowledgeEntry } from "./entrySchema.ts";
import type { ValidatedEntryCache } from "./parseKnowledgeBase.ts";
import type { LiteralAlternative } from "./requiredLiterals.ts";

/**
 * Validated entries kept on disk between runs, so a start-up reads JSON instead of parsing YAML and
 * running the schema again: YAML parsing is most of the load time, and grows with the entries.
 * Keyed by a hash of the schema and of each file's exact text, so an edited file or a changed schema
 * is simply a miss. Anything wrong with the cache file (missing, corrupt, not writable) is a miss too,
 * never an error: the cache only ever saves time.
 */
export class DiskEntryCache implements ValidatedEntryCache {
  private readonly file: string;
  private readonly schema: string;
  private readonly stored: Record<string, KnowledgeEntry>;
  private readonly used: Record<string, KnowledgeEntry> = {};
  private readonly storedPatterns: Record<string, readonly LiteralAlternative[] | null>;
  private readonly usedPatterns: Record<string, readonly LiteralAlternative[] | null> = {};
  /** Patterns met in this load, so the same source in two entries is one object. */
  private readonly patterns = new Map<string, Pattern>();
  private changed = false;

  constructor(file: string) {
    this.file = file;
    this.schema = codeVersion();
    const stored = readStored(file, this.schema);
    this.stored = stored.entries;
    this.storedPatterns = stored.patterns;
  }

  getPattern(source: string): Pattern | undefined {
    const met = this.patterns.get(source);
    if (met) return met;
    const prefilter = this.storedPatterns[source];
    if (prefilter === undefined) return undefined;
    const pattern = new Pattern(source, prefilter);
    this.patterns.set(source, pattern);
    this.usedPatterns[source] = prefilter;
    return pattern;
  }

  setPattern(pattern: Pattern): void {
    this.patterns.set(pattern.source, pattern);
    this.usedPatterns[pattern.source] = pattern.prefilter;
    this.changed = true;
  }

  get(text: string): KnowledgeEntry | undefined {
    const key = hash(text);
    const entry = this.stored[key];
    if (entry) this.used[key] = entry;
    return entry;
  }

  set(text: string, entry: KnowledgeEntry): void {
    this.used[hash(text)] = entry;
    this.changed = true;
  }

  /** Writes back the entries this load used (no more, so the file never grows past the base). */
  save(): void {
    const sameSize =
      Object.keys(this.used).length === Object.keys(this.stored).length &&
      Object.keys(this.usedPatterns).length === Object.keys(this.storedPatterns).length;
    if (!this.changed && sameSize) return;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      const temp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(
        temp,
        JSON.stringify({ schema: this.schema, entries: this.used, patterns: this.usedPatterns }),
      );
      renameSync(temp, this.file);
    } catch {
      // A read-only install: every start parses the YAML, as it would with no cache.
    }
  }
}

function hash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/**
 * What makes a cached entry or pattern stale besides its own text: the schema that validated it and
 * the code that checks patterns and finds their literals. Their sources are hashed with it, so a
 * changed rule in any of them is a miss, not a stale answer.
 */
function codeVersion(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const code = ["compilePattern", "requiredLiterals", "parseKnowledgeBase"].map((name) => {
    for (const ext of [".ts", ".js"]) {
      try {
        return readFileSync(join(here, name + ext), "utf8");
      } catch {
        // the other extension (compiled or not)
      }
    }
    return name;
  });
  return hash(JSON.stringify(z.toJSONSchema(entrySchema, { unrepresentable: "any" })) + code.join("\0"));
}

interface Stored {
  entries: Record<string, KnowledgeEntry>;
  patterns: Record<string, readonly LiteralAlternative[] | null>;
}

function readStored(file: string, schema: string): Stored {
  try {
    const data = JSON.parse(readFileSync(file, "utf8")) as Partial<Stored> & { schema?: unknown };
    if (data.schema === schema && data.entries && data.patterns) {
      return { entries: data.entries, patterns: data.patterns };
    }
  } catch {
    // No cache yet, or one we cannot read: start empty.
  }
  return { entries: {}, patterns: {} };
}
