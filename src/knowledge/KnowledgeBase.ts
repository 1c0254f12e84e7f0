import type { ClientId, Direction } from "../vocabulary/clients.ts";
import type { Pattern } from "./compilePattern.ts";
import type { KnowledgeEntry } from "./entrySchema.ts";
import type { NeedleIndex } from "./NeedleIndex.ts";

export interface CompiledCondition {
  client?: ReadonlySet<ClientId>;
  direction?: ReadonlySet<Direction>;
  notDirection?: ReadonlySet<Direction>;
  mentions?: Pattern;
  notMentions?: Pattern;
}

export type CompiledSignal = {
  weight: number;
  when?: readonly CompiledCondition[];
  /** How the signal reads in evidence and in `kb check` output. */
  label: string;
} & (
  | { kind: "phrase"; phrase: string }
  | { kind: "regex"; pattern: Pattern }
  | { kind: "status"; status: number }
  | { kind: "grpc"; grpc: string }
  | { kind: "path"; pattern: Pattern }
);

export interface CompiledEntry {
  entry: KnowledgeEntry;
  /** The YAML file it came from, relative to the knowledge directory's parent. */
  file: string;
  signals: readonly CompiledSignal[];
  requires?: readonly CompiledCondition[];
  excludes?: readonly CompiledCondition[];
}

/** The validated, compiled knowledge base: everything the diagnosis needs, loaded once. */
export interface KnowledgeBase {
  entries: readonly CompiledEntry[];
  byId: ReadonlyMap<string, CompiledEntry>;
  /** Every phrase and prefilter literal of every entry, found in one pass over a paste. */
  needles: NeedleIndex;
}
