import type { CliIo } from "../entry/CliIo.ts";
import { runCli } from "../entry/runCli.ts";
import { readSettings } from "../settings/readSettings.ts";
import { openStore } from "../store/openStore.ts";
import { renderSummaryText } from "../store/renderSummaryText.ts";
import { StoreError } from "../store/StoreError.ts";
import { maskSecrets } from "../vocabulary/maskSecrets.ts";

export { renderSummaryText };

const USAGE = `npm run report [-- --gaps N] [-- --json]

Prints the knowledge gaps (largest first, with a sample and the count), how often each symptom was
diagnosed and how it was rated, and the escalations, from the bot's store: DATABASE_URL when set,
else the embedded database under DATA_DIR (default ./data).`;

/** `npm run report`: the summary of the store the bot uses. Returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const gapsAt = argv.indexOf("--gaps");
  const gapLimit = gapsAt >= 0 ? Number(argv[gapsAt + 1]) : 20;
  if (!Number.isInteger(gapLimit) || gapLimit < 1) {
    io.stderr.write(`--gaps needs a whole number above 0\n\n${USAGE}\n`);
    return 2;
  }
  const { store: options } = readSettings(io.env, ["store"]);
  try {
    const store = await openStore(options);
    try {
      const summary = await store.summary({ gapLimit, escalationLimit: 20 });
      io.stdout.write(
        argv.includes("--json") ? `${JSON.stringify(summary, null, 2)}\n` : renderSummaryText(summary),
      );
    } finally {
      await store.close();
    }
    return 0;
  } catch (error) {
    if (error instanceof StoreError) {
      io.stderr.write(`report: ${maskSecrets(error.message)} [${error.code}]\n`);
      return 1;
    }
    throw error;
  }
}

await runCli(import.meta.url, "report", main);
