import { beforeAll, describe, expect, it } from "vitest";
import type { KnownBlock } from "../../src/slack/blocks/slackTypes.ts";
import { botPerFile, NO_ORG_ID, REAL_KB, TOKEN } from "./support/botPerFile.ts";
import {
  blockTexts,
  buttons,
  clickPayload,
  interact,
  nextTs,
  sendEvent,
  submitPayload,
} from "./support/interactions.ts";

/** A private paste: a database host and a private address that must never leave the DM. */
const PRIVATE =
  'psql: error: connection to server at "billing-db.prod.acme.internal" (10.42.7.19), port 5432 failed: FATAL: password authentication failed for user "ledger"';
const IN_CHANNEL = 'level=error msg="flux capacitor desynchronised on node-17 after 3 retries"';

const suite = botPerFile(
  { ESCALATION_CHANNEL: "CESC", ADMIN_USERS: "UADMIN", PROBE_ALLOWED_USERS: "UPROBE" },
  { knowledgeDir: REAL_KB },
);
const { fake } = suite;

beforeAll(async () => {
  // U1 asks privately; U2 asks in a channel, twice, and escalates one of them.
  await sendEvent(suite.running, {
    type: "message",
    channel: "D1",
    channel_type: "im",
    user: "U1",
    text: PRIVATE,
    ts: nextTs(),
  });
  const asked = nextTs();
  await sendEvent(suite.running, {
    type: "app_mention",
    channel: "CSUP",
    user: "U2",
    text: `<@UBOT> ${NO_ORG_ID}`,
    ts: asked,
  });
  const reply = fake.callsTo("chat.postMessage").at(-1);
  await sendEvent(suite.running, {
    type: "app_mention",
    channel: "CSUP",
    user: "U2",
    text: `<@UBOT> ${IN_CHANNEL}`,
    ts: nextTs(),
  });
  await interact(
    suite.running,
    clickPayload(fake, {
      user: "U2",
      channel: "CSUP",
      replyTs: String(reply?.answer?.ts),
      threadTs: asked,
      actionId: "escalate",
      value: buttons(reply?.body.blocks as never).get("escalate")?.value ?? "",
    }),
  );
});

async function openHome(user: string, channel = `D-${user}`) {
  await sendEvent(suite.running, { type: "app_home_opened", user, channel, tab: "home", ts: nextTs() });
  const [publish] = fake.callsTo("views.publish");
  expect(publish?.body).toMatchObject({ user_id: user });
  const view = publish?.body.view as { type: string; private_metadata?: string; blocks: KnownBlock[] };
  expect(view.type).toBe("home");
  expect(view.blocks.length).toBeLessThanOrEqual(100);
  return { view, text: blockTexts(view.blocks) };
}

function homeButtons(blocks: KnownBlock[]): string[] {
  return blocks.flatMap((b) =>
    b.type === "section" && b.accessory?.type === "button" ? [b.accessory.action_id ?? ""] : [],
  );
}

describe("the App Home of someone who is not an admin", () => {
  it("shows their own recent diagnoses and the paste button, and nothing of anyone else's", async () => {
    const { view, text } = await openHome("U2");
    expect(homeButtons(view.blocks)).toEqual(["home_diagnose_paste"]);
    expect(text).toContain("Your recent diagnoses");
    expect(text).toMatch(
      /_no confident match_ · <!date\^\d+\^[^>]*> in <#CSUP> · <https:\/\/example\.slack\.com\/archives\/CSUP\/p\d+\|open>\n`level=error msg="flux capacitor/,
    );
    expect(text).toMatch(/\*Tenant header missing[^*]*\* · <!date/);
    expect(text).toContain("Only you see this list.");
    // Nobody else's paste, no team statistics, no gaps, no escalations, no operator commands.
    for (const leak of [
      "billing-db",
      "10.42.7.19",
      "psql",
      "Knowledge gaps",
      "npm run",
      "Escalations",
      "<@U1>",
      "Team",
    ]) {
      expect(text).not.toContain(leak);
    }
  });

  it("shows a person their own DM paste, and only to them", async () => {
    const { text } = await openHome("U1");
    expect(text).toContain("in your DM with me");
    expect(text).toContain("billing-db.prod.acme.internal");
    expect(text).not.toContain("flux capacitor");
    expect(text).not.toContain("Knowledge gaps");
  });

  it("offers in its help only what that person can do: Escalate, and a live probe only to who may run one", async () => {
    const { text } = await openHome("U2");
    expect(text).toContain("How to use me");
    expect(text).toContain(
      "*Escalate* on a reply: support is asked to pick it up, and you'll hear back in that reply's thread.",
    );
    expect(text).not.toMatch(/hand-off|escalation channel|<#CESC>/); // what happens, never where
    expect(text).toContain("Live probes are run by a few named people in this workspace");
    expect(text).not.toContain("/diagnose probe");
    fake.reset();
    const { text: prober } = await openHome("UPROBE");
    expect(prober).toContain("• A live probe of your endpoint, tenant and token: `/diagnose probe`");
    // The paste box's files are the bot's own limit (SLACK_FILE_MAX_BYTES=4096 here), not the default.
    expect(text).toContain("attached log files of 4 KiB each");
  });

  it("says so when there is nothing yet", async () => {
    const { text } = await openHome("U-new");
    expect(text).toContain("None yet. What you ask me shows up here");
  });
});

describe("the App Home of an admin", () => {
  it("adds the team's statistics, gaps with kb draft commands and escalations, but no DM text", async () => {
    const { text } = await openHome("UADMIN");
    expect(text).toContain("Team (admins only)");
    expect(text).toContain("Knowledge gaps, largest first");
    expect(text).toMatch(
      /\*\d+×\* `level=error msg="flux capacitor[^`]*`\n1 no match, 0 not helpful · last [^·]+ · `npm run kb -- draft [0-9a-f]{12}`/,
    );
    expect(text).toMatch(/\*1×\* _seen only in direct messages: the text stays private/);
    expect(text).not.toContain("billing-db");
    expect(text).not.toContain("10.42.7.19");
    expect(text).toMatch(
      /\*Tenant header missing[^*]*\*: \d+× top diagnosis \(\d+× offered\) · 👍 \d+ 👎 \d+/,
    );
    expect(text).toMatch(
      /<#CSUP> by <@U2> → <https:\/\/example\.slack\.com\/archives\/CESC\/p\d+\|hand-off> · waiting/,
    );
    expect(text).toContain("None yet. What you ask me shows up here"); // their own part is their own
  });
});

interface PasteBox {
  callback_id: string;
  private_metadata: string;
  blocks: KnownBlock[];
}

/** Opens the Home tab, then clicks its "Diagnose a paste": the box Slack was asked to open. */
async function openPasteBox(user: string, dm: string): Promise<PasteBox> {
  const { view: home } = await openHome(user, dm);
  expect(JSON.parse(home.private_metadata ?? "{}")).toEqual({ dm });
  fake.reset();
  await interact(suite.running, {
    type: "block_actions",
    user: { id: user },
    trigger_id: "trig-home",
    container: { type: "view", view_id: "VHOME" },
    view: { id: "VHOME", type: "home", private_metadata: home.private_metadata },
    actions: [{ type: "button", action_id: "home_diagnose_paste", block_id: "b", value: "home" }],
  });
  const modal = fake.callsTo("views.open")[0]?.body.view as PasteBox;
  expect(modal.callback_id).toBe("home_diagnose_paste");
  return modal;
}

/** A Home paste box submitted with these files attached (and no text). */
function submitFiles(user: string, modal: PasteBox, files: { id: string; name: string }[]) {
  const payload = submitPayload(user, modal, {});
  payload.view.state.values = {
    paste: { paste_input: { type: "plain_text_input", value: null } },
    paste_file: { paste_file_input: { type: "file_input", files } },
  };
  return interact(suite.running, payload);
}

/** A file Slack knows (files.info) and serves from its own host. */
function serveFile(id: string, name: string, body: string, mimetype = "text/plain") {
  fake.fileInfo.set(id, {
    id,
    name,
    mimetype,
    filetype: mimetype === "text/plain" ? "text" : "binary",
    size: body.length,
    url_private_download: fake.fileUrl(`/files/${id}/${name}`),
  });
  fake.files.set(`/files/${id}/${name}`, { contentType: mimetype, body });
}

describe("Diagnose a paste, from the Home tab", () => {
  it("opens the paste box and answers in the person's DM: the masked paste, then the diagnosis in its thread", async () => {
    const modal = await openPasteBox("U3", "D3");

    const submit = (value: string) => {
      const payload = submitPayload("U3", modal, {});
      payload.view.state.values = { paste: { paste_input: { type: "plain_text_input", value } } };
      return interact(suite.running, payload);
    };
    const blank = await submit(" ");
    expect(blank).toMatchObject({ response_action: "errors" });

    await submit(`${NO_ORG_ID}\nAuthorization: Bearer ${TOKEN}`);
    const [echo, answer, ...rest] = fake.callsTo("chat.postMessage");
    expect(rest).toHaveLength(0);
    expect(echo?.body.channel).toBe("D3");
    expect(String(echo?.body.text)).toContain("no org id");
    expect(String(echo?.body.text)).not.toContain(TOKEN.slice(4, 20));
    expect(answer?.body).toMatchObject({ channel: "D3", thread_ts: echo?.answer?.ts });
    expect(blockTexts(answer?.body.blocks as never)).toContain("Tenant header missing");
    expect(blockTexts(answer?.body.blocks as never)).toContain("live credential");

    const [own] = await suite.running.store.recentReplies("U3");
    expect(own).toMatchObject({ channel: "D3", askedBy: "U3", threadTs: echo?.answer?.ts });
    expect(own?.excerpt).not.toContain(TOKEN.slice(4, 20));
  });

  it("answers a bare status code with what it usually means, and 'help' with the help, in the DM thread", async () => {
    const modal = await openPasteBox("U7", "D7");
    const submit = (value: string) => {
      const payload = submitPayload("U7", modal, {});
      payload.view.state.values = { paste: { paste_input: { type: "plain_text_input", value } } };
      return interact(suite.running, payload);
    };
    await submit("429");
    const [echo, answer, ...rest] = fake.callsTo("chat.postMessage");
    expect(rest).toHaveLength(0);
    expect(answer?.body).toMatchObject({ channel: "D7", thread_ts: echo?.answer?.ts });
    const shown = blockTexts(answer?.body.blocks as never);
    expect(shown).toContain("HTTP 429");
    expect(shown).not.toContain("No confident match");
    expect(JSON.stringify(answer?.body.blocks)).toContain('"status_client:');

    fake.reset();
    await submit("help");
    const [helpEcho, help] = fake.callsTo("chat.postMessage");
    expect(help?.body).toMatchObject({ channel: "D7", thread_ts: helpEcho?.answer?.ts });
    expect(blockTexts(help?.body.blocks as never)).toContain("I diagnose telemetry-pipeline failures");
    const gaps = (await suite.running.store.summary()).gaps.map((g) => g.sample);
    expect(gaps).not.toContain("429");
    expect(gaps).not.toContain("help");
  });

  it("takes log files like the /diagnose box: reads them, names them in the echo and diagnoses them", async () => {
    const modal = await openPasteBox("U4", "D4");
    const file = modal.blocks.find((b) => b.block_id === "paste_file") as
      | { element: { type: string; max_files: number }; hint: { text: string } }
      | undefined;
    expect(file?.element).toMatchObject({ type: "file_input", max_files: 3 });
    expect(file?.hint.text).toContain("up to 4 KiB each");

    serveFile("FLOG", "prometheus.log", `${NO_ORG_ID}\n`);
    expect(await submitFiles("U4", modal, [{ id: "FLOG", name: "prometheus.log" }])).toEqual({});
    expect(fake.downloads.map((d) => d.path)).toEqual(["/files/FLOG/prometheus.log"]);
    const [echo, answer, ...rest] = fake.callsTo("chat.postMessage");
    expect(rest).toHaveLength(0);
    expect(echo?.body.channel).toBe("D4");
    expect(String(echo?.body.text)).toContain("with `prometheus.log`");
    expect(String(echo?.body.text)).toContain("no org id");
    expect(answer?.body).toMatchObject({ channel: "D4", thread_ts: echo?.answer?.ts });
    expect(blockTexts(answer?.body.blocks as never)).toContain("Tenant header missing");
    const [own] = await suite.running.store.recentReplies("U4");
    expect(own?.excerpt).toContain("no org id");
  });

  it("masks a credential in a file's name, in the echo and in the note on a file it could not read", async () => {
    const modal = await openPasteBox("U6", "D6");
    const logName = `prom-${TOKEN}.log`;
    const pngName = `shot-${TOKEN}.png`;
    serveFile("FTOK", logName, `${NO_ORG_ID}\n`);
    serveFile("FTPNG", pngName, "\u0089PNG", "image/png");
    await submitFiles("U6", modal, [
      { id: "FTOK", name: logName },
      { id: "FTPNG", name: pngName },
    ]);
    const [echo, answer] = fake.callsTo("chat.postMessage");
    expect(String(echo?.body.text)).toContain("with `prom-glc_****.log`");
    const shown = `${String(echo?.body.text)}\n${String(answer?.body.text)}\n${blockTexts(answer?.body.blocks as never)}`;
    expect(shown).toContain("shot-glc_****.png: not a text file or snippet");
    expect(shown).not.toContain(TOKEN.slice(4, 20));
  });

  it("says which file it could not read, and diagnoses nothing when nothing was readable", async () => {
    const modal = await openPasteBox("U5", "D5");
    serveFile("FPNG", "screenshot.png", "\u0089PNG", "image/png");
    expect(await submitFiles("U5", modal, [{ id: "FPNG", name: "screenshot.png" }])).toEqual({});
    expect(fake.downloads).toHaveLength(0);
    const posts = fake.callsTo("chat.postMessage");
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body.channel).toBe("D5");
    expect(String(posts[0]?.body.text)).toContain("screenshot.png: not a text file or snippet");
    expect(String(posts[0]?.body.text)).toContain("Paste the error lines instead");
  });
});
