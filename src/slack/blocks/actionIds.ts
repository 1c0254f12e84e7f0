/** The ids that tie Block Kit elements to their listeners. */
export const ACTION = {
  helpful: "feedback_helpful",
  notHelpful: "feedback_not_helpful",
  snippetClient: "snippet_client",
  share: "share_reply",
} as const;

export const VIEW = { paste: "diagnose_paste" } as const;
export const PASTE_BLOCK = "paste";
export const PASTE_INPUT = "paste_input";
export const SHORTCUT = { diagnoseMessage: "diagnose_message" } as const;
export const COMMAND = "/diagnose";
