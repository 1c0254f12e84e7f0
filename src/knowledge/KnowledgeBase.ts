import type { ClientId, Direction } from "../vocabulary/clients.ts";
import type { FailureClassId } from "../vocabulary/failureClasses/FailureClass.ts";
import type { WordingMeaning } from "../vocabulary/indexWordings.ts";
import type { VocabularyName } from "../vocabulary/namedVocabularies.ts";
import type { Pattern } from "./compilePattern.ts";
import type { KnowledgeEntry } from "./entrySchema.ts";
import type { NeedleIndex } from "./NeedleIndex.ts";

export interface CompiledCondition {
  client?: ReadonlySet<ClientId>;
  notClient?: ReadonlySet<ClientId>;
  direction?: ReadonlySet<Direction>;
  notDirection?: ReadonlySet<Direction>;
  mentions?: Pattern;
  notMentions?: Pattern;
  vocab?: ReadonlySet<VocabularyName>;
  notVocab?: ReadonlySet<VocabularyName>;
  classes?: ReadonlySet<FailureClassId>;
  notClasses?: ReadonlySet<FailureClassId>;
}

export type CompiledSignal = {
  weight: number;
  when?: readonly CompiledCondition[];
  /** How the signal reads in evidence and in `kb check` output. */
  label: string;
  /** One of the entry's topic words (entrySchema `topic`): evidence only when nothing else is. */
  topic?: true;
} & (
  | { kind: "phrase"; phrase: string }
  | { kind: "phrases"; phrases: readonly string[] }
  | { kind: "class"; classes: ReadonlySet<FailureClassId> }
  | { kind: "backend"; meanings: ReadonlySet<string> }
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
  /** The vocabulary's literals (failure classes, catalogs) and what each means; they are needles too. */
  wordings: ReadonlyMap<string, readonly WordingMeaning[]>;
  /** Which entries a found needle, status, gRPC code or failure class can make score. */
  candidates: CandidateIndex;
}

/**
 * The entries each piece of evidence can raise, so a diagnosis scores only the entries whose
 * evidence occurs in the paste: its work follows the needles found, not the number of entries.
 */
export interface CandidateIndex {
  byNeedle: ReadonlyMap<string, readonly CompiledEntry[]>;
  byStatus: ReadonlyMap<number, readonly CompiledEntry[]>;
  byGrpc: ReadonlyMap<string, readonly CompiledEntry[]>;
  byClass: ReadonlyMap<FailureClassId, readonly CompiledEntry[]>;
  byBackendMeaning: ReadonlyMap<string, readonly CompiledEntry[]>;
  /** Entries with a signal no literal can announce (a regex with no required literal): always scored. */
  always: readonly CompiledEntry[];
}
