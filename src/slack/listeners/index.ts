import type { App } from "@slack/bolt";
import type { BotContext } from "../BotContext.ts";
import * as feedback from "./actions/feedback.ts";
import * as shareReply from "./actions/shareReply.ts";
import * as snippetClient from "./actions/snippetClient.ts";
import * as diagnoseCommand from "./commands/diagnose.ts";
import * as appHomeOpened from "./events/appHomeOpened.ts";
import * as appMention from "./events/appMention.ts";
import * as message from "./events/message.ts";
import * as diagnoseMessage from "./shortcuts/diagnoseMessage.ts";
import * as pasteModal from "./views/pasteModal.ts";

export function registerListeners(app: App, bot: BotContext): void {
  for (const listener of [
    message,
    appMention,
    appHomeOpened,
    diagnoseCommand,
    diagnoseMessage,
    pasteModal,
    feedback,
    snippetClient,
    shareReply,
  ]) {
    listener.register(app, bot);
  }
}
