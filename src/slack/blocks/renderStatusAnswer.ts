import { STATUS_CODES } from "node:http";
import { clientsWithMeanings, type StatusMeaning, statusMeanings } from "../../diagnosis/statusMeanings.ts";
import type { KnowledgeBase } from "../../knowledge/KnowledgeBase.ts";
import { CLIENT_IDS, CLIENT_NAMES, type ClientId } from "../../vocabulary/clients.ts";
import { escapeMrkdwn } from "../escapeMrkdwn.ts";
import type { RecentReply } from "../RecentReplies.ts";
import { ACTION } from "./actionIds.ts";
import { codeBlock, formatKbText } from "./formatKbText.ts";
import { fitBlocks } from "./limits.ts";
import { button, context, section } from "./mrkdwnBlocks.ts";
import type { KnownBlock, RenderedMessage } from "./slackTypes.ts";

/** Meanings listed before a client is known; the rest are counted. */
const MAX_LISTED = 3;
const MAX_FIX_STEPS = 3;

export interface StatusAnswerOptions {
  replyId: string;
  /** The client that sent it, once known (from the text, or a click on its button). */
  client?: ClientId;
  /** The actions this audience may take (whoMayAct). */
  probe?: boolean;
  escalate?: boolean;
  share?: boolean;
}

/** The action id of one client's button: ids must differ within a block, so the client is in it. */
export const statusClientActionId = (client: ClientId) => `${ACTION.statusClient}:${client}`;

function statusLabel(code: number): string {
  const reason = STATUS_CODES[code];
  return reason ? `HTTP ${code} (${reason})` : `HTTP ${code}`;
}

/** The clients each meaning holds for, as people name them. */
function clientsOf(kb: KnowledgeBase, code: number, meaning: StatusMeaning): string {
  return CLIENT_IDS.filter((c) => statusMeanings(kb, code, c).some((m) => m.entry === meaning.entry))
    .map((c) => CLIENT_NAMES[c])
    .join(", ");
}

function clientButtons(kb: KnowledgeBase, code: number, options: StatusAnswerOptions) {
  return clientsWithMeanings(kb, code).map((client) =>
    button(
      statusClientActionId(client),
      CLIENT_NAMES[client],
      `${options.replyId}|${client}`,
      client === options.client,
    ),
  );
}

const PASTE_ASK =
  "For a sure answer, paste the whole error line the client logged, with the response body after the status.";

/**
 * A bare status code ("429", "HTTP 401", "got a 503") answered with what it usually means, from
 * the knowledge base's entries that carry that status: before the client is known, the likeliest
 * few and a button per client to say which sent it; once known, the likeliest for that client with
 * its fix and snippet, the others by name, and the buttons to change the client or vote.
 */
export function renderStatusAnswer(
  kb: KnowledgeBase,
  code: number,
  options: StatusAnswerOptions,
): RenderedMessage {
  const label = statusLabel(code);
  const { client, replyId } = options;
  const meanings = statusMeanings(kb, code, client);
  const footer: KnownBlock[] = [];
  const body: KnownBlock[] = [];

  if (client === undefined) {
    const listed = meanings.slice(0, MAX_LISTED);
    body.push(section(`:mag: *${escapeMrkdwn(label)}* on its own usually means one of these:`));
    body.push(
      section(
        listed
          .map(
            (m) =>
              `• *${formatKbText(m.entry.entry.title)}* (${escapeMrkdwn(clientsOf(kb, code, m))})\n   Fix: ${formatKbText(m.entry.entry.fix[0] ?? "")}`,
          )
          .join("\n"),
      ),
    );
    if (meanings.length > listed.length)
      body.push(context(`…and ${meanings.length - listed.length} less likely.`));
    body.push(section("*Which client sent it?* I'll narrow it down to that client's causes and config."));
    footer.push({
      type: "actions",
      block_id: `status:${replyId}`,
      elements: [
        ...clientButtons(kb, code, options),
        button(ACTION.openPaste, "Paste the error line", replyId),
      ],
    });
    footer.push(context(escapeMrkdwn(PASTE_ASK)));
    return {
      text: `${label} usually means one of ${meanings.length} things: which client sent it?`,
      blocks: fitBlocks(body, footer),
    };
  }

  const name = CLIENT_NAMES[client];
  const [top, ...others] = meanings;
  if (!top) {
    body.push(
      section(
        `:mag: I know no usual cause of *${escapeMrkdwn(label)}* from ${escapeMrkdwn(name)}. ${escapeMrkdwn(PASTE_ASK)}`,
      ),
    );
  } else {
    const entry = top.entry.entry;
    const steps = entry.fix.slice(0, MAX_FIX_STEPS);
    body.push(
      section(
        `:mag: *${escapeMrkdwn(label)}* from ${escapeMrkdwn(name)} usually means: *${formatKbText(entry.title)}*`,
      ),
    );
    body.push(section(`*Fix*\n${steps.map((s, i) => `${i + 1}. ${formatKbText(s)}`).join("\n")}`));
    const snippet = entry.snippets[client];
    if (snippet)
      body.push(section(`*${escapeMrkdwn(snippet.title ?? `For ${name}`)}*\n${codeBlock(snippet.right)}`));
    if (others.length > 0)
      body.push(
        context(`Also possible: ${others.map((m) => formatKbText(m.entry.entry.title)).join(" · ")}`),
      );
    body.push(context(`Going by the status code alone. ${escapeMrkdwn(PASTE_ASK)}`));
  }
  const vote = `${replyId}|${top?.entry.entry.id ?? "none"}`;
  footer.push({
    type: "actions",
    block_id: `feedback:${replyId}`,
    elements: [
      ...(top
        ? [button(ACTION.helpful, "Helpful", vote), button(ACTION.notHelpful, "Not helpful", vote)]
        : []),
      button(ACTION.openPaste, "Paste the error line", replyId),
      ...(options.probe ? [button(ACTION.probe, "Run live probe", replyId)] : []),
      ...(options.escalate ? [button(ACTION.escalate, "Escalate", replyId)] : []),
      ...(options.share && top
        ? [{ ...button(ACTION.share, "Share in channel", replyId), style: "primary" as const }]
        : []),
    ],
  });
  footer.push({
    type: "actions",
    block_id: `status:${replyId}`,
    elements: clientButtons(kb, code, options),
  });
  return {
    text: top ? `${label} from ${name}: ${entry0Title(top)}` : `${label} from ${name}: no usual cause known`,
    blocks: fitBlocks(body, footer),
  };
}

const entry0Title = (m: StatusMeaning) => m.entry.entry.title;

/** What Share posts for a status answer: the likeliest cause for the chosen client and its first fix. */
export function shareLead(kb: KnowledgeBase, reply: RecentReply): { title: string; fix: string } | undefined {
  const status = reply.status;
  if (!status?.client) return undefined;
  const top = statusMeanings(kb, status.code, status.client)[0];
  if (!top) return undefined;
  return {
    title: `${statusLabel(status.code)} from ${CLIENT_NAMES[status.client]}: ${top.entry.entry.title}`,
    fix: top.entry.entry.fix[0] ?? "",
  };
}
