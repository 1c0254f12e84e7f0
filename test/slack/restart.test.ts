import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, it } from "vitest";
import { FakeSlack } from "./support/FakeSlack.ts";
import { actOnReplies, privateReplies } from "./support/replyButtons.ts";
import { type RunningBot, startBot } from "./support/startBot.ts";

/** The bot stopped and started again on the same embedded store, as a deploy or a crash does. */
describe("a restart", () => {
  const fake = new FakeSlack();
  const dataDir = mkdtempSync(join(tmpdir(), "slack-restart-"));
  let after: RunningBot | undefined;

  beforeAll(async () => {
    await fake.start();
  });

  afterAll(async () => {
    await after?.stop();
    await fake.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("keeps Share, the snippet menu and the client choice of replies made before it", async () => {
    const before = await startBot(fake, {}, { store: { dataDir } });
    const replies = await privateReplies(fake, before);
    await before.stop();
    after = await startBot(fake, {}, { store: { dataDir } });
    await actOnReplies(fake, after, replies);
  });
});
