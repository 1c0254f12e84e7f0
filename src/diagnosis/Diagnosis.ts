import type { ConfigFinding, ConfigReport } from "../config/ConfigReport.ts";
import type { ClientId, Direction } from "../vocabulary/clients.ts";
import type { FailureClassId } from "../vocabulary/failureClasses/FailureClass.ts";

/** A line of the paste that supports a diagnosis. Text is already masked. */
export interface Evidence {
  /** 1-based line number in the normalised paste. */
  line: number;
  /** The line, masked and cut to a readable length. */
  text: string;
  /** The words (or code) in that line that matched, masked. */
  matched: string;
  /** Which signal of the entry matched, e.g. `HTTP 401` or `"no org id"`. */
  signal: string;
}

/** One ranked offer: a knowledge-base symptom the bot stands behind for this paste. */
export interface DiagnosisMatch {
  id: string;
  title: string;
  /** 0..1 */
  score: number;
  confidence: "high" | "medium" | "low";
  evidence: Evidence[];
  cause: string;
  fix: string[];
  /** The corrected snippet for the detected client (or the entry's first one), placeholders filled. */
  snippet?: RenderedSnippet;
  /** Every client's snippet, for "show it for another client". */
  snippets: Partial<Record<ClientId, RenderedSnippet>>;
  /** What the client that printed the error did with the data, when its rules or its words say. */
  dataFate?: DataFate;
  /** Present when the answer rests on the failure class the paste shows rather than on its context. */
  basis?: AnswerBasis;
  next?: { id: string; title: string };
  source: { doc: string; section: string };
  /** Findings in the user's own pasted config that name this symptom, each with its corrected snippet and diff. */
  configFindings: ConfigFinding[];
  /** True when this is a distinct problem; false when it competes with a better match for the same evidence. */
  distinct: boolean;
  /** In a thread's diagnosis: the index of the message it was seen in (see diagnoseThread). */
  fromMessage?: number;
}

/** Queued and retried (it arrives late, or piles up) or dropped, for the client that printed the error. */
export interface DataFate {
  fate: "retried" | "dropped";
  /** One sentence for the reply. */
  summary: string;
  /** The client, as people name it. */
  client: string;
  /** The source file whose retry rule decided it. */
  source: string;
}

/**
 * A direct question whose paste shows one plain failure and nothing else: the answer is labelled
 * for what it is ("likely: the connection was refused") with what would confirm it.
 */
export interface AnswerBasis {
  kind: "failure-class";
  class: FailureClassId;
  /** "likely: the connection was refused" */
  label: string;
  confirm: string;
}

export interface RenderedSnippet {
  client: ClientId;
  language: string;
  title?: string;
  code: string;
  wrong?: string;
}

/** What the diagnosis saw in the paste, for people and for "what detail would help". */
export interface PasteFacts {
  client?: ClientId;
  clients: ClientId[];
  directions: Direction[];
  statuses: number[];
  grpcCodes: string[];
  hosts: string[];
  tenant?: string;
}

export interface InputReport {
  bytes: number;
  lines: number;
  /** Only a head and a tail of a huge paste are analysed. */
  truncated: boolean;
  /** Why the input could not be analysed (empty, binary), or what was done to it. */
  notes: string[];
  kind: "text" | "empty" | "binary";
}

export interface Diagnosis {
  input: InputReport;
  facts: PasteFacts;
  /** Best first, only offers above the confidence floor; empty means "no confident match". */
  matches: DiagnosisMatch[];
  /** What the config checker found when the paste holds a configuration (absent when it holds none). */
  config?: ConfigReport;
}
