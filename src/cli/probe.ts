import { readFile } from "node:fs/promises";
import { userInfo } from "node:os";
import { parseArgs } from "node:util";
import { CliError } from "../entry/CliError.ts";
import { type CliIo, readAll } from "../entry/CliIo.ts";
import { runCli } from "../entry/runCli.ts";
import { probeResultJson, renderProbeText } from "../probe/renderProbeText.ts";
import { runGuardedProbe } from "../probe/runGuardedProbe.ts";
import { readSettings } from "../settings/readSettings.ts";
import { CLIENT_IDS, type ClientId } from "../vocabulary/clients.ts";
import { maskSecrets } from "../vocabulary/maskSecrets.ts";

const USAGE = `usage: npm run probe -- --url URL [--tenant ID] [--client ${CLIENT_IDS.join("|")}]
                         [--token-stdin | --token-file FILE] [--allow-private] [--json]

The token comes from PROBE_TOKEN, --token-stdin or --token-file, never from the command line.
Environment: PROBE_ALLOW_NETWORKS=10.0.0.0/8,fd12:3456::/48 (private ranges to open; link-local and
metadata addresses stay refused), PROBE_ALLOWED_PORTS=9009,8443, PROBE_ALLOWED_HOSTS=example.com,
PROBE_ALLOW_PLAIN_HTTP_TOKEN=1, PROBE_TIMEOUT_MS, PROBE_DNS_TIMEOUT_MS, PROBE_FINGERPRINT_KEY (unset: a
new key each run, as the CLI has no store to keep one in).
--allow-private (like PROBE_ALLOW_PRIVATE=1) opens loopback only, for local testing.
Exit status: 0 every check passed, 1 a check failed, 2 bad usage or a refused destination.`;

/** Bad usage: the message and the usage, exit status 2. */
const usageError = (message: string) => new CliError(`${message}\n\n${USAGE}`, 2);

/** One line ending, as `echo` or an editor leaves it; anything else is for the hygiene check to see. */
const chompOnce = (s: string) => s.replace(/\r?\n$/, "");

/**
 * `npm run probe`: one live probe from the command line. The token comes from PROBE_TOKEN (an input,
 * like standard input, not a setting), --token-stdin or --token-file.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv.some((a) => a === "--token" || a.startsWith("--token="))) {
    throw usageError(
      "--token is not accepted: arguments are visible to every user in `ps`. Use PROBE_TOKEN, --token-stdin or --token-file.",
    );
  }
  let values: ReturnType<typeof parse>["values"];
  try {
    values = parse(argv).values;
  } catch (error) {
    throw usageError(maskSecrets((error as Error).message));
  }
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!values.url) throw usageError("--url is required");
  const client = values.client;
  if (client !== undefined && !(CLIENT_IDS as readonly string[]).includes(client))
    throw usageError(`--client must be one of ${CLIENT_IDS.join(", ")}`);
  if (values["token-stdin"] && values["token-file"])
    throw usageError("use --token-stdin or --token-file, not both");

  const { probe: policy } = readSettings(io.env, ["probe"]);
  const token = values["token-stdin"]
    ? chompOnce((await readAll(io.stdin)).toString("utf8"))
    : values["token-file"]
      ? chompOnce(await readFile(values["token-file"], "utf8"))
      : io.env.PROBE_TOKEN;

  const destination = {
    ...policy.destination,
    loopbackAnyPort: policy.destination.loopbackAnyPort || values["allow-private"] === true,
  };
  const result = await runGuardedProbe(
    {
      url: values.url,
      ...(values.tenant !== undefined ? { tenantId: values.tenant } : {}),
      ...(token !== undefined ? { token } : {}),
      ...(client !== undefined ? { client: client as ClientId } : {}),
      requestedBy: `cli:${userInfo().username}`,
    },
    {
      ...policy,
      audit: (line) => io.stderr.write(`${JSON.stringify(line)}\n`),
    },
    { destination, ...(policy.fingerprintKey ? { fingerprintKey: policy.fingerprintKey } : {}) },
  );
  io.stdout.write(values.json ? `${JSON.stringify(probeResultJson(result))}\n` : renderProbeText(result));
  return result.refused ? 2 : result.ok ? 0 : 1;
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      url: { type: "string" },
      tenant: { type: "string" },
      client: { type: "string" },
      "token-stdin": { type: "boolean" },
      "token-file": { type: "string" },
      "allow-private": { type: "boolean" },
      json: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
}

await runCli(import.meta.url, "probe", main);
