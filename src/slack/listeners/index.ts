import type { App } from "@slack/bolt";
import type { BotContext } from "../BotContext.ts";
import * as acknowledgeEscalation from "./actions/acknowledgeEscalation.ts";
import * as escalate from "./actions/escalate.ts";
import * as feedback from "./actions/feedback.ts";
import * as homePaste from "./actions/homePaste.ts";
import * as openPaste from "./actions/openPaste.ts";
import * as resolveEscalation from "./actions/resolveEscalation.ts";
import * as runProbe from "./actions/runProbe.ts";
import * as shareReply from "./actions/shareReply.ts";
import * as snippetClient from "./actions/snippetClient.ts";
import * as statusClient from "./actions/statusClient.ts";
import * as toggleDetails from "./actions/toggleDetails.ts";
import * as diagnoseCommand from "./commands/diagnose.ts";
import * as appHomeOpened from "./events/appHomeOpened.ts";
import * as appMention from "./events/appMention.ts";
import * as appUninstalled from "./events/appUninstalled.ts";
import * as message from "./events/message.ts";
import * as tokensRevoked from "./events/tokensRevoked.ts";
import * as diagnoseMessage from "./shortcuts/diagnoseMessage.ts";
import * as probeShortcut from "./shortcuts/probeShortcut.ts";
import * as homePasteModal from "./views/homePasteModal.ts";
import * as notHelpfulModal from "./views/notHelpfulModal.ts";
import * as pasteModal from "./views/pasteModal.ts";
import * as probeModal from "./views/probeModal.ts";
import * as resolveEscalationModal from "./views/resolveEscalationModal.ts";

export function registerListeners(app: App, bot: BotContext): void {
  for (const listener of [
    message,
    appMention,
    appHomeOpened,
    appUninstalled,
    tokensRevoked,
    diagnoseCommand,
    diagnoseMessage,
    probeShortcut,
    pasteModal,
    probeModal,
    notHelpfulModal,
    feedback,
    snippetClient,
    shareReply,
    runProbe,
    escalate,
    toggleDetails,
    acknowledgeEscalation,
    resolveEscalation,
    resolveEscalationModal,
    homePaste,
    homePasteModal,
    statusClient,
    openPaste,
  ]) {
    listener.register(app, bot);
  }
}
