// npm run capture-real-clients: drives every real client once and writes what each printed to
// test/fixtures/realClients/<client>-<signal>-<protocol>-<mode>.txt, for reading the clients' wording.
// The Vitest suites never read these: they drive the clients live.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Capture, captureName } from "./Capture.ts";
import { runCurl } from "./runCurl.ts";
import { runOtel } from "./runOtel.ts";
import { prometheusPath, runPrometheus } from "./runPrometheus.ts";
import { startModeServers } from "./servers/startModeServers.ts";
import { stabilise } from "./stabilise.ts";

const out = fileURLToPath(new URL("../fixtures/realClients", import.meta.url));
const servers = await startModeServers();
try {
  let prometheus: Promise<Capture[]> = Promise.resolve([]);
  if (existsSync(prometheusPath)) prometheus = runPrometheus(servers);
  else console.warn(`skipping Prometheus: ${prometheusPath} not found (apt-get install prometheus)`);
  const all = (await Promise.all([runOtel(servers), runCurl(servers), prometheus])).flat();
  mkdirSync(out, { recursive: true });
  for (const f of readdirSync(out)) if (f.endsWith(".txt")) rmSync(join(out, f));
  for (const c of all) writeFileSync(join(out, captureName(c)), stabilise(c.output));
  console.log(`wrote ${all.length} captures to ${out}`);
} finally {
  await servers.close();
}
