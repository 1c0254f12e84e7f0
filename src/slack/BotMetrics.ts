import { AsyncLocalStorage } from "node:async_hooks";
import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";
import type { Diagnosis } from "../diagnosis/Diagnosis.ts";
import type { ProbeResult } from "../probe/types.ts";
import type { Store } from "../store/Store.ts";

/** What a passive listen in a DIAGNOSE_CHANNELS channel ended in. */
export type PassiveOutcome = "answered" | "reacted" | "quiet" | "not_an_error";
/** How a live probe ended: ran (pass or fail), or was stopped before it ran. */
export type ProbeOutcome = "pass" | "fail" | "refused" | "not_allowed" | "rate_limited";
/** Which kind of delivery a reply answers (the event-to-reply histogram's one label). */
export type DeliveryKind = "event" | "command" | "action" | "shortcut" | "view" | "other";

const PREFIX = "telemetry_doctor_";
/** Slack Web API method names and error codes are Slack's own words; anything else is folded away. */
const SLACK_METHOD = /^[a-z]+(?:\.[a-zA-Z]+)+$/;
const SLACK_ERROR = /^[a-z0-9_]{1,64}$/;

/**
 * The bot's own metrics, one registry per app instance (tests run several bots in one process).
 * Labels carry only ids the bot itself defines (symptom ids, confidences, layers, outcomes, Slack
 * method names and error codes, store error codes): never a user id, a channel or pasted text.
 */
export class BotMetrics {
  readonly registry = new Registry();
  readonly #arrivals = new AsyncLocalStorage<{ at: number; kind: DeliveryKind }>();
  readonly #diagnoses: Counter<"symptom" | "confidence">;
  readonly #noMatch: Counter;
  readonly #statusAnswers: Counter<"status">;
  readonly #passive: Counter<"outcome">;
  readonly #probes: Counter<"outcome" | "layer">;
  readonly #slackErrors: Counter<"method" | "error">;
  readonly #slackRateLimits: Counter<"method">;
  readonly #storeErrors: Counter<"operation" | "code">;
  readonly #storeRetries: Counter;
  readonly #votes: Counter<"vote">;
  readonly #diagnosisSeconds: Histogram;
  readonly #replySeconds: Histogram<"kind">;

  constructor() {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.#diagnoses = new Counter({
      name: `${PREFIX}diagnoses_total`,
      help: "Diagnoses offered in replies, by knowledge-base symptom and confidence (a reply listing two problems counts two).",
      labelNames: ["symptom", "confidence"],
      registers,
    });
    this.#noMatch = new Counter({
      name: `${PREFIX}no_match_answers_total`,
      help: 'Replies that said "no confident match".',
      registers,
    });
    this.#statusAnswers = new Counter({
      name: `${PREFIX}status_answers_total`,
      help: "Replies that told what a bare status code usually means, by status.",
      labelNames: ["status"],
      registers,
    });
    this.#passive = new Counter({
      name: `${PREFIX}passive_messages_total`,
      help: "Messages in DIAGNOSE_CHANNELS read unasked: answered, reacted to (a low-confidence guess), left quiet (no match) or not an error.",
      labelNames: ["outcome"],
      registers,
    });
    this.#probes = new Counter({
      name: `${PREFIX}probes_total`,
      help: "Live probes by outcome and, for a failed one, the layer of its first failure (failure-class layer, or the check).",
      labelNames: ["outcome", "layer"],
      registers,
    });
    this.#slackErrors = new Counter({
      name: `${PREFIX}slack_api_errors_total`,
      help: "Slack Web API calls that failed: Slack's error code, http_<status>, or request_failed (no answer).",
      labelNames: ["method", "error"],
      registers,
    });
    this.#slackRateLimits = new Counter({
      name: `${PREFIX}slack_api_rate_limited_total`,
      help: "Slack Web API answers 429 (rate limited), by method.",
      labelNames: ["method"],
      registers,
    });
    this.#storeErrors = new Counter({
      name: `${PREFIX}store_errors_total`,
      help: "Store calls that failed after their retries, by operation and store error code.",
      labelNames: ["operation", "code"],
      registers,
    });
    this.#storeRetries = new Counter({
      name: `${PREFIX}store_retries_total`,
      help: "Store transactions tried again after a transient failure.",
      registers,
    });
    this.#votes = new Counter({
      name: `${PREFIX}votes_total`,
      help: "Helpful / Not helpful clicks.",
      labelNames: ["vote"],
      registers,
    });
    this.#diagnosisSeconds = new Histogram({
      name: `${PREFIX}diagnosis_duration_seconds`,
      help: "Time one diagnosis of a text took (the pure diagnosis, no Slack calls).",
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    });
    this.#replySeconds = new Histogram({
      name: `${PREFIX}event_to_reply_seconds`,
      help: "Time from a delivery's arrival to its diagnosis reply being posted, by delivery kind.",
      labelNames: ["kind"],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10, 30],
      registers,
    });
  }

  /** Runs a delivery's handlers with its arrival time, so a reply deep inside can say how long it took. */
  received<T>(kind: DeliveryKind, fn: () => Promise<T>): Promise<T> {
    return this.#arrivals.run({ at: performance.now(), kind }, fn);
  }

  /** Times one diagnosis. */
  timed<T>(diagnoseFn: () => T): T {
    const end = this.#diagnosisSeconds.startTimer();
    try {
      return diagnoseFn();
    } finally {
      end();
    }
  }

  /** A diagnosis reply was posted (or handed to Slack's response URL). */
  answered(diagnosis: Diagnosis): void {
    if (diagnosis.matches.length === 0) this.#noMatch.inc();
    for (const m of diagnosis.matches) this.#diagnoses.inc({ symptom: m.id, confidence: m.confidence });
    const arrival = this.#arrivals.getStore();
    if (arrival) this.#replySeconds.observe({ kind: arrival.kind }, (performance.now() - arrival.at) / 1000);
  }

  /** A bare status code was answered with what it usually means: a reply, though not a diagnosis. */
  statusAnswered(status: number): void {
    this.#statusAnswers.inc({ status: String(status) });
    const arrival = this.#arrivals.getStore();
    if (arrival) this.#replySeconds.observe({ kind: arrival.kind }, (performance.now() - arrival.at) / 1000);
  }

  passive(outcome: PassiveOutcome): void {
    this.#passive.inc({ outcome });
  }

  /** A probe that ran (its result), or one stopped before it ran (its outcome). */
  probe(outcome: ProbeOutcome | ProbeResult): void {
    if (typeof outcome === "string") {
      this.#probes.inc({ outcome, layer: "none" });
      return;
    }
    if (outcome.refused) {
      this.#probes.inc({ outcome: "refused", layer: "none" });
      return;
    }
    const failed = outcome.checks.find((c) => c.status === "fail");
    const layer = failed ? (failed.failureClass?.split(".")[0] ?? failed.id) : "none";
    this.#probes.inc({ outcome: outcome.ok ? "pass" : "fail", layer });
  }

  vote(helpful: boolean): void {
    this.#votes.inc({ vote: helpful ? "helpful" : "not_helpful" });
  }

  /** Counted by createApp's store wrapper and by the store's retry hook (main.ts passes it to openStore). */
  storeFailed(operation: string, error: unknown): void {
    const code = (error as { code?: unknown })?.code;
    this.#storeErrors.inc({
      operation,
      code: typeof code === "string" && /^[A-Z0-9_]{1,40}$/.test(code) ? code : "other",
    });
  }

  readonly storeRetried = (): void => {
    this.#storeRetries.inc();
  };

  /** The store, every failing call counted; the same object otherwise. */
  countStore(store: Store): Store {
    return new Proxy(store, {
      get: (target, property, receiver) => {
        const value = Reflect.get(target, property, receiver);
        if (typeof value !== "function" || typeof property !== "string") return value;
        return (...args: unknown[]) => {
          const result = (value as (...a: unknown[]) => unknown).apply(target, args);
          if (result instanceof Promise) {
            return result.catch((error: unknown) => {
              this.storeFailed(property, error);
              throw error;
            });
          }
          return result;
        };
      },
    });
  }

  /** The Web API client's fetch: counts 429s, non-200 answers, `ok: false` bodies and calls with no answer. */
  readonly fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const last = new URL(url).pathname.split("/").pop() ?? "";
    const method = SLACK_METHOD.test(last) ? last : "other";
    let response: Response;
    try {
      response = await fetch(input, init);
    } catch (error) {
      this.#slackErrors.inc({ method, error: "request_failed" });
      throw error;
    }
    if (response.status === 429) {
      this.#slackRateLimits.inc({ method });
    } else if (response.status !== 200) {
      this.#slackErrors.inc({ method, error: `http_${response.status}` });
    } else if (method !== "other" && response.headers.get("content-type")?.includes("json")) {
      const body = (await response
        .clone()
        .json()
        .catch(() => undefined)) as { ok?: unknown; error?: unknown } | undefined;
      if (body?.ok === false) {
        const error = typeof body.error === "string" && SLACK_ERROR.test(body.error) ? body.error : "other";
        this.#slackErrors.inc({ method, error });
      }
    }
    return response;
  };

  /** The Prometheus text exposition. */
  async scrape(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
