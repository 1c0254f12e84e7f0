import type { ClientId } from "../vocabulary/clients.ts";
import type { ConfigKind } from "./ConfigKind.ts";
import type { ConfigRuleId } from "./rules/configRules.ts";

export type { ConfigKind };

export interface ConfigCorrection {
  /** The whole snippet corrected; secrets are `<token>`, the user's host and tenant stay. */
  text: string;
  /** Unified diff from the snippet (secrets as `<token>`) to the correction. */
  diff: string;
}

export interface ConfigFinding {
  rule: ConfigRuleId;
  /** Knowledge-base entry id. */
  symptom: string;
  severity: "error" | "warning";
  title: string;
  /** What is wrong, in the user's terms; already masked. */
  message: string;
  /** 1-based line in the snippet (the block). */
  line: number;
  /** 1-based line in the whole paste (after Slack unescaping). */
  pasteLine: number;
  /** Index of the block in ConfigReport.blocks. */
  block: number;
  /** Which part of the config, e.g. `remote_write[0]`, `exporters.otlphttp`, `prometheus.remote_write "default"`. */
  target: string;
  /** What in the target is wrong, e.g. `url`, `headers.Authorization`, `queue_config.max_shards`. */
  field: string;
  /** This finding alone fixed; absent when no correction passed the checks (see note). */
  correction?: ConfigCorrection;
  note?: string;
}

export interface ConfigBlock {
  kind: ConfigKind;
  client: ClientId;
  language: "yaml" | "alloy" | "shell" | "env";
  /** 1-based first and last line of the block in the paste. */
  startLine: number;
  endLine: number;
  /** Inside a ``` fence. */
  fenced: boolean;
  /** Part of a file (an indented section, an unclosed block): read as far as it goes. */
  partial: boolean;
  /** The snippet as pasted, secrets masked (`****`). */
  text: string;
  findings: ConfigFinding[];
  /** Every fix that could be made, together, checked like each single one. */
  corrected?: ConfigCorrection & { rules: ConfigRuleId[] };
  /** Hosts and tenant id seen in the block (never a secret). */
  hosts: string[];
  tenant?: string;
  notes: string[];
}

export interface ConfigReport {
  blocks: ConfigBlock[];
  /** Every block's findings, in paste order. */
  findings: ConfigFinding[];
  /** Knowledge-base symptom ids of the error findings, most findings first. */
  symptoms: string[];
  /** Notes about the paste as a whole: nothing found, a block that could not be read. */
  notes: string[];
}
