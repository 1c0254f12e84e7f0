import type { Logger } from "pino";
import type { KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import type { ProbeGate } from "../probe/ProbeGate.ts";
import type { Lookup, ProbePolicy } from "../probe/types.ts";
import type { ProbeAccess, SlackSettings } from "../settings/Settings.ts";
import type { Store } from "../store/Store.ts";
import type { EventDeduper } from "../store/storeDeduper.ts";
import type { BotMetrics } from "./BotMetrics.ts";
import type { EncryptedInstallationStore } from "./EncryptedInstallationStore.ts";
import type { RecentProbes } from "./RecentProbes.ts";
import type { RecentReplies } from "./RecentReplies.ts";
import type { UserNames } from "./UserNames.ts";

/** How live probes run: who may run them, the operator's policy (read once at start) and the shared rate limit. */
export interface ProbeSetup {
  access: ProbeAccess;
  policy: ProbePolicy;
  gate: ProbeGate;
  /** Tests inject a resolver; production uses the system's. */
  lookup?: Lookup;
  /** PEM CAs to trust instead of the system roots (tests). */
  ca?: readonly string[];
}

/** What every listener needs, built once by createApp. */
export interface BotContext {
  config: SlackSettings;
  kb: KnowledgeBase;
  logger: Logger;
  /** Counted only in the adapters (src/slack), never in the diagnosis. */
  metrics: BotMetrics;
  store: Store;
  deduper: EventDeduper;
  replies: RecentReplies;
  probe: ProbeSetup;
  probes: RecentProbes;
  /** People's names for hand-offs and the Home tab (users.info, cached briefly). */
  names: UserNames;
  newReplyId(): string;
  /** Installs in many workspaces (OAuth): where each workspace's token is kept. Absent: one workspace. */
  installations?: EncryptedInstallationStore;
}
