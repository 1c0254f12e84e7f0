import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { openStore } from "../store/openStore.ts";
import { renderSummaryText } from "../store/renderSummaryText.ts";
import { StoreError } from "../store/StoreError.ts";
import { readStoreConfig } from "../store/storeConfig.ts";
import { maskSecrets } from "../vocabulary/maskSecrets.ts";

export { renderSummaryText };

const USAGE = `npm run report [-- --gaps N] [-- --json]

Prints the knowledge gaps (largest first, with a sample and the count), how often each symptom was
diagnosed and how it was rated, and the escalations, from the bot's store: DATABASE_URL when set,
else the embedded database under DATA_DIR (default ./data).`;

/** `npm run report`: the summary of the store the bot uses. Returns the exit code. */
export async function main(
  argv: readonly string[] = process.argv.slice(2),
  env: Record<string, string | undefined> = process.env,
  out: (text: string) => void = (t) => process.stdout.write(t),
  err: (text: string) => void = (t) => process.stderr.write(t),
): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    out(`${USAGE}\n`);
    return 0;
  }
  const gapsAt = argv.indexOf("--gaps");
  const gapLimit = gapsAt >= 0 ? Number(argv[gapsAt + 1]) : 20;
  if (!Number.isInteger(gapLimit) || gapLimit < 1) {
    err(`--gaps needs a whole number above 0\n\n${USAGE}\n`);
    return 2;
  }
  let options: ReturnType<typeof readStoreConfig>;
  try {
    options = readStoreConfig(env);
  } catch (error) {
    err(
      `report: bad configuration: ${maskSecrets(error instanceof Error ? error.message : String(error))}\n`,
    );
    return 2;
  }
  try {
    const store = await openStore(options);
    try {
      const summary = await store.summary({ gapLimit, escalationLimit: 20 });
      out(argv.includes("--json") ? `${JSON.stringify(summary, null, 2)}\n` : renderSummaryText(summary));
    } finally {
      await store.close();
    }
    return 0;
  } catch (error) {
    if (error instanceof StoreError) {
      err(`report: ${maskSecrets(error.message)} [${error.code}]\n`);
      return 1;
    }
    throw error;
  }
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  process.exitCode = await main();
}
