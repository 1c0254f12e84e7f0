import type { KnowledgeBase } from "../../knowledge/KnowledgeBase.ts";
import { FEEDBACK_FIELD, VIEW } from "./actionIds.ts";
import type { PlainTextOption, View } from "./slackTypes.ts";

/** Which reply the "Not helpful" is about. */
export interface NotHelpfulMetadata {
  channel: string;
  replyTs: string;
}

const plain = (text: string) => ({ type: "plain_text" as const, text });
/** Slack's limit for an option's text. */
const OPTION_CHARS = 75;

/** The knowledge base's symptoms as select options, by title (Slack allows at most 100). */
export function symptomOptions(kb: KnowledgeBase): PlainTextOption[] {
  return kb.entries.slice(0, 100).map(({ entry }) => ({
    text: plain(
      entry.title.length > OPTION_CHARS ? `${entry.title.slice(0, OPTION_CHARS - 1)}…` : entry.title,
    ),
    value: entry.id,
  }));
}

export function notHelpfulModal(kb: KnowledgeBase, metadata: NotHelpfulMetadata): View {
  return {
    type: "modal",
    callback_id: VIEW.notHelpful,
    private_metadata: JSON.stringify(metadata),
    title: plain("Not helpful"),
    submit: plain("Send"),
    close: plain("Skip"),
    blocks: [
      {
        type: "section",
        text: {
          type: "mrkdwn",
          text: "Thanks for telling me. What was it really? Either answer helps whoever keeps the knowledge base.",
        },
      },
      {
        type: "input",
        block_id: FEEDBACK_FIELD.symptom,
        optional: true,
        label: plain("It was really this known problem"),
        element: {
          type: "static_select",
          action_id: FEEDBACK_FIELD.symptom,
          placeholder: plain("Pick a symptom"),
          options: symptomOptions(kb),
        },
      },
      {
        type: "input",
        block_id: FEEDBACK_FIELD.note,
        optional: true,
        label: plain("Or describe it"),
        element: {
          type: "plain_text_input",
          action_id: FEEDBACK_FIELD.note,
          multiline: true,
          max_length: 1000,
          placeholder: plain("e.g. the tenant was right, but the token had expired"),
        },
      },
    ],
  };
}
