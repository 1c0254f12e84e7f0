import { readFile } from "node:fs/promises";
import { userInfo } from "node:os";
import { parseArgs } from "node:util";
import { readProbeConfig } from "../probe/readProbeConfig.ts";
import { probeResultJson, renderProbeText } from "../probe/renderProbeText.ts";
import { runGuardedProbe } from "../probe/runGuardedProbe.ts";
import { CLIENT_IDS, type ClientId } from "../vocabulary/clients.ts";
import { maskSecrets } from "../vocabulary/maskSecrets.ts";

const USAGE = `usage: npm run probe -- --url URL [--tenant ID] [--client ${CLIENT_IDS.join("|")}]
                         [--token-stdin | --token-file FILE] [--allow-private] [--json]

The token comes from PROBE_TOKEN, --token-stdin or --token-file, never from the command line.
Environment: PROBE_ALLOW_NETWORKS=10.0.0.0/8,fd12:3456::/48 (private ranges to open; link-local and
metadata addresses stay refused), PROBE_ALLOWED_PORTS=9009,8443, PROBE_ALLOWED_HOSTS=example.com,
PROBE_ALLOW_PLAIN_HTTP_TOKEN=1, PROBE_DNS_TIMEOUT_MS, PROBE_FINGERPRINT_KEY (unset: a new key each run,
as the CLI has no store to keep one in).
--allow-private (like PROBE_ALLOW_PRIVATE=1) opens loopback only, for local testing.
Exit status: 0 every check passed, 1 a check failed, 2 bad usage or a refused destination.`;

class UsageError extends Error {
  readonly code = "PROBE_USAGE";
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** One line ending, as `echo` or an editor leaves it; anything else is for the hygiene check to see. */
const chompOnce = (s: string) => s.replace(/\r?\n$/, "");

async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  if (argv.some((a) => a === "--token" || a.startsWith("--token="))) {
    throw new UsageError(
      "--token is not accepted: arguments are visible to every user in `ps`. Use PROBE_TOKEN, --token-stdin or --token-file.",
    );
  }
  let values: ReturnType<typeof parse>["values"];
  try {
    values = parse(argv).values;
  } catch (error) {
    throw new UsageError(maskSecrets((error as Error).message));
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!values.url) throw new UsageError("--url is required");
  const client = values.client;
  if (client !== undefined && !(CLIENT_IDS as readonly string[]).includes(client))
    throw new UsageError(`--client must be one of ${CLIENT_IDS.join(", ")}`);
  if (values["token-stdin"] && values["token-file"])
    throw new UsageError("use --token-stdin or --token-file, not both");

  let policy: ReturnType<typeof readProbeConfig>;
  try {
    policy = readProbeConfig(env);
  } catch (error) {
    const issues = (error as { issues?: { message: string }[] }).issues;
    throw new UsageError(issues?.map((i) => i.message).join("; ") ?? String(error));
  }
  const token = values["token-stdin"]
    ? chompOnce(await readStdin())
    : values["token-file"]
      ? chompOnce(await readFile(values["token-file"], "utf8"))
      : env.PROBE_TOKEN;

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
      audit: (line) => process.stderr.write(`${JSON.stringify(line)}\n`),
    },
    { destination, ...(policy.fingerprintKey ? { fingerprintKey: policy.fingerprintKey } : {}) },
  );
  process.stdout.write(
    values.json ? `${JSON.stringify(probeResultJson(result))}\n` : renderProbeText(result),
  );
  return result.refused ? 2 : result.ok ? 0 : 1;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
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

main(process.argv.slice(2), process.env).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const usage = error instanceof UsageError;
    process.stderr.write(
      `${usage ? `${error.message}\n\n${USAGE}` : `probe failed: ${maskSecrets(String(error))}`}\n`,
    );
    process.exitCode = 2;
  },
);
