import type { Logger } from "pino";
import type { Diagnosis } from "../diagnosis/Diagnosis.ts";
import type { Store } from "../store/Store.ts";
import type { ClientId } from "../vocabulary/clients.ts";
import type { RenderOptions } from "./blocks/renderDiagnosis.ts";
import type { RenderedMessage } from "./blocks/slackTypes.ts";
import { describeError } from "./describeError.ts";
import type { Audience } from "./whoMayAct.ts";

export interface RecentReply {
  diagnosis: Diagnosis;
  /** The message as posted: its text and blocks (files uploaded beside it are not kept). */
  message: RenderedMessage;
  /** How it was drawn, so "Details" can redraw it expanded with the same buttons. */
  options: RenderOptions;
  /** Where it was posted and for whom: a private copy's buttons carry no message to read this from. */
  where?: Audience & { threadTs?: string };
  /** A bare status code's answer: the code asked about, and the client once someone said which. */
  status?: { code: number; client?: ClientId };
  /** Set once the private copy was shared: by whom, and when (ISO 8601). */
  shared?: { by: string; at: string };
}

/**
 * The state behind recent replies' buttons (Share, the snippet menu, a client choice, Details), in
 * the store by reply id: they work after a restart and on every copy of the bot, however the
 * clicks are spread. The store masks every string of it on the way in.
 */
export class RecentReplies {
  readonly #store: Store;
  readonly #logger: Logger;

  constructor(store: Store, logger: Logger) {
    this.#store = store;
    this.#logger = logger;
  }

  /**
   * Saves a reply's state before it is posted, so its buttons work from the first click. A store
   * failure is logged, not thrown: the answer is still worth posting, and its buttons then say the
   * reply is gone. Returns whether it was saved.
   */
  async set(id: string, reply: RecentReply): Promise<boolean> {
    const { files: _notKept, ...message } = reply.message;
    try {
      await this.#store.saveReplyState(id, { ...reply, message } as unknown as Record<string, unknown>);
      return true;
    } catch (error) {
      this.#logger.error({ err: describeError(error), replyId: id }, "could not save a reply's state");
      return false;
    }
  }

  /** The reply's state, or undefined when there is none (never saved, or too old). Store errors throw. */
  async get(id: string): Promise<RecentReply | undefined> {
    if (id === "") return undefined;
    const state = await this.#store.getReplyState(id);
    return isRecentReply(state) ? state : undefined;
  }
}

function isRecentReply(value: unknown): value is RecentReply {
  const v = value as Partial<RecentReply> | undefined;
  return (
    typeof v?.diagnosis === "object" &&
    v.diagnosis !== null &&
    Array.isArray(v.diagnosis.matches) &&
    typeof v.message === "object" &&
    v.message !== null &&
    Array.isArray(v.message.blocks)
  );
}
