/** The ids that tie Block Kit elements to their listeners. */
export const ACTION = {
  helpful: "feedback_helpful",
  notHelpful: "feedback_not_helpful",
  snippetClient: "snippet_client",
  share: "share_reply",
  probe: "run_probe",
  escalate: "escalate",
  showDetails: "show_details",
  hideDetails: "hide_details",
  acknowledgeEscalation: "escalation_acknowledge",
  resolveEscalation: "escalation_resolve",
  homePaste: "home_diagnose_paste",
  /** A bare status code's "which client sent it" buttons: `status_client:<client>` (ids differ within a block). */
  statusClient: "status_client",
  /** "Paste the error line": opens the paste box from a reply. */
  openPaste: "open_paste_box",
} as const;

export const VIEW = {
  paste: "diagnose_paste",
  probe: "live_probe",
  notHelpful: "feedback_not_helpful",
  notice: "notice",
  resolveEscalation: "escalation_resolve",
  homePaste: "home_diagnose_paste",
} as const;
export const PASTE_BLOCK = "paste";
export const PASTE_INPUT = "paste_input";
/** The paste box's file input (a log to diagnose instead of, or besides, the text). */
export const PASTE_FILE_BLOCK = "paste_file";
export const PASTE_FILE_INPUT = "paste_file_input";
/** Block and action ids of the probe modal's inputs (block id = action id). */
export const PROBE_FIELD = {
  url: "probe_url",
  tenant: "probe_tenant",
  token: "probe_token",
  client: "probe_client",
} as const;
/** Block and action ids of the "Not helpful" modal's inputs. */
export const FEEDBACK_FIELD = { symptom: "feedback_symptom", note: "feedback_note" } as const;
/** Block and action ids of the Resolve modal's inputs. */
export const RESOLVE_FIELD = { cause: "resolve_cause", fix: "resolve_fix" } as const;
export const SHORTCUT = { diagnoseMessage: "diagnose_message", probe: "live_probe" } as const;
export const COMMAND = "/diagnose";
