import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Capture } from "./Capture.ts";
import { programVersion } from "./clientVersions.ts";
import { type Mode, modes } from "./expectedSymptoms.ts";
import type { ModeServers } from "./servers/startModeServers.ts";

export const prometheusPath = "/usr/bin/prometheus";

/** Prometheus speaks HTTP/1.1 to a plain http:// URL, so an HTTP/1.1-only server is not a failure for it. */
export const prometheusModes = modes.filter((m) => m !== "http1-only");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function config(servers: ModeServers, web: number): string {
  const lines = [
    "global:",
    "  scrape_interval: 1s",
    "  evaluation_interval: 1s",
    "scrape_configs:",
    "  - job_name: prometheus",
    "    static_configs:",
    `      - targets: ["127.0.0.1:${web}"]`,
    "remote_write:",
  ];
  for (const mode of prometheusModes) {
    const base = servers.http[mode];
    if (!base) throw new Error(`no server for prometheus in ${mode}`);
    lines.push(
      `  - name: ${mode}`,
      `    url: ${base}/api/v1/push`,
      "    remote_timeout: 1s",
      "    tls_config:",
      `      ca_file: ${servers.caFile}`,
      "    queue_config:",
      "      batch_send_deadline: 1s",
      "      min_backoff: 100ms",
      "      max_backoff: 500ms",
    );
  }
  return `${lines.join("\n")}\n`;
}

/** A remote_write queue's failure lines name it: `remote_name=<mode>`. */
function linesOf(log: string, mode: Mode): string[] {
  const tag = new RegExp(`remote_name=${mode.replace(/-/g, "\\-")}(\\s|$)`);
  return log.split("\n").filter((l) => tag.test(l));
}

const failed = (l: string) => /\berr(or)?="/.test(l);

/**
 * One Prometheus, one remote_write queue per failure mode, scraping itself every second, until every
 * queue has logged its failure (or the deadline passes; a queue that never did gets what it logged).
 */
export async function runPrometheus(servers: ModeServers, deadlineMs = 25_000): Promise<Capture[]> {
  const version = programVersion(prometheusPath)?.match(/version (\S+)/)?.[1] ?? "unknown";
  const dir = mkdtempSync(join(tmpdir(), "real-prometheus-"));
  const web = await freePort();
  writeFileSync(join(dir, "prometheus.yml"), config(servers, web));
  const child = spawn(
    prometheusPath,
    [
      `--config.file=${join(dir, "prometheus.yml")}`,
      `--storage.tsdb.path=${join(dir, "data")}`,
      `--web.listen-address=127.0.0.1:${web}`,
    ],
    { stdio: ["ignore", "pipe", "pipe"], cwd: dir },
  );
  let log = "";
  child.stdout.on("data", (b: Buffer) => (log += b.toString("utf8")));
  child.stderr.on("data", (b: Buffer) => (log += b.toString("utf8")));
  const exited = new Promise<void>((resolve) => child.on("close", () => resolve()));
  try {
    await new Promise<void>((resolve) => {
      const started = Date.now();
      const tick = setInterval(() => {
        const done = prometheusModes.every((m) => linesOf(log, m).some(failed));
        if (done || Date.now() - started > deadlineMs || child.exitCode !== null) {
          clearInterval(tick);
          resolve();
        }
      }, 250);
    });
  } finally {
    child.kill("SIGTERM");
    const killer = setTimeout(() => child.kill("SIGKILL"), 5000);
    await exited;
    clearTimeout(killer);
    rmSync(dir, { recursive: true, force: true });
  }
  if (!prometheusModes.some((m) => linesOf(log, m).length > 0))
    throw new Error(`prometheus logged nothing about its remote_write queues:\n${log.slice(-4000)}`);
  return prometheusModes.map((mode) => ({
    client: "prometheus",
    label: `Prometheus ${version}`,
    signal: "metrics",
    protocol: "remote_write",
    mode,
    output: `${linesOf(log, mode).join("\n")}\n`,
  }));
}
