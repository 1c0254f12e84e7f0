import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { diagnose } from "../diagnosis/diagnose.ts";
import { findCollisions } from "../diagnosis/findCollisions.ts";
import { selfTest } from "../diagnosis/selfTest.ts";
import type { CliIo } from "../entry/CliIo.ts";
import { runCli } from "../entry/runCli.ts";
import { compileAllPatterns } from "../knowledge/compileAllPatterns.ts";
import { compareImport, type ExistingFile } from "../knowledge/importDoc/compareImport.ts";
import { draftShare } from "../knowledge/importDoc/draftShare.ts";
import { importDoc } from "../knowledge/importDoc/importDoc.ts";
import { renderDraft } from "../knowledge/importDoc/renderDraft.ts";
import type { KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import { formatProblem } from "../knowledge/KnowledgeBaseError.ts";
import { loadKnowledgeBase } from "../knowledge/loadKnowledgeBase.ts";
import { readSettings } from "../settings/readSettings.ts";
import { draftKnowledgeEntry } from "../store/draftEntry.ts";
import { openStore } from "../store/openStore.ts";

const USAGE = `usage: npm run kb -- check
       npm run kb -- draft GAP [--out FILE]
       npm run kb -- import DOC --out DIR
  check   validate every entry under knowledge/, run each entry's examples as a self-test, and report
          entries that take each other's examples (a failure) and signals no example exercises (a warning)
  draft   write a knowledge-entry skeleton for a knowledge gap (an id from \`npm run report\`), read
          from the bot's store (DATABASE_URL, else DATA_DIR); to stdout, or to FILE
  import  write one draft entry per symptom section of a troubleshooting page (Markdown, HTML or plain
          text) into DIR; entries already there are never overwritten: what changed is shown as a diff
exit: 0 all good, 1 an example failed, a collision, the gap is unknown or the page has no sections,
      2 the knowledge base does not load or bad usage`;

function short(text: string): string {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > 140 ? `${one.slice(0, 140)}…` : one;
}

async function check(io: CliIo): Promise<number> {
  const started = performance.now();
  const kb = await loadKnowledgeBase();
  const loadedMs = performance.now() - started;
  const refused = compileAllPatterns(kb);
  for (const p of refused) io.stdout.write(`FAIL ${formatProblem(p)}\n`);
  if (refused.length > 0) return 2;
  // A draft from `kb draft` keeps its TODO markers until someone writes the entry for real.
  const unfinished = kb.entries.filter((e) => /\bTODO\b/.test(JSON.stringify(e.entry)));
  for (const e of unfinished) io.stdout.write(`FAIL ${e.file}: still has TODO markers; finish the draft\n`);
  if (unfinished.length > 0) return 1;
  const result = selfTest(kb);
  for (const f of result.failures) {
    const got = f.got.map((g) => `${g.id} ${g.score.toFixed(2)}`).join(", ") || "no match";
    const want = f.kind === "match" ? "should rank first" : "should not match";
    io.stdout.write(`FAIL ${f.file} examples.${f.kind}: ${want}: "${short(f.example)}" → ${got}\n`);
  }
  const { collisions, unexercised } = findCollisions(kb);
  for (const { a, b } of collisions) {
    io.stdout.write(
      `FAIL ${a.file} and ${b.file} rank each other's examples first: ` +
        `"${short(a.example)}" → ${b.id}; "${short(b.example)}" → ${a.id}\n`,
    );
  }
  for (const u of unexercised) {
    io.stdout.write(`WARN ${u.file} signals[${u.index}]: no example exercises it (${short(u.label)})\n`);
  }
  io.stdout.write(
    `kb check: ${result.entries} entries loaded in ${loadedMs.toFixed(0)} ms; ` +
      `${result.examples - result.failures.length}/${result.examples} examples pass; ` +
      `${collisions.length} collision${collisions.length === 1 ? "" : "s"}, ` +
      `${unexercised.length} unexercised signal${unexercised.length === 1 ? "" : "s"}\n`,
  );
  return result.failures.length === 0 && collisions.length === 0 ? 0 : 1;
}

async function listYaml(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const item of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, item.name);
    if (item.isDirectory()) found.push(...(await listYaml(full)));
    else if (/\.ya?ml$/.test(item.name)) found.push(full);
  }
  return found.sort();
}

/** Writes a new draft without ever replacing a file: a taken name gets a number. */
async function writeNew(dir: string, id: string, text: string): Promise<string> {
  for (let n = 1; ; n++) {
    const file = join(dir, n === 1 ? `${id}.yml` : `${id}-${n}.yml`);
    try {
      await writeFile(file, text, { flag: "wx" });
      return file;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
}

/** The shipped base, for the share; a base someone is editing right now may not load, and then there is none. */
async function shippedBase(): Promise<KnowledgeBase | undefined> {
  try {
    return await loadKnowledgeBase();
  } catch {
    return undefined;
  }
}

async function importPage(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: "string" } },
  });
  const docPath = positionals[0];
  if (!docPath || !values.out) {
    io.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const dir = values.out;
  const doc = basename(docPath);
  const drafts = importDoc(await readFile(docPath, "utf8"), { doc });
  if (drafts.length === 0) {
    io.stderr.write(`kb import: no symptom sections found in ${docPath}\n`);
    return 1;
  }
  await mkdir(dir, { recursive: true });
  const files: ExistingFile[] = await Promise.all(
    (await listYaml(dir)).map(async (p) => ({ path: p, text: await readFile(p, "utf8") })),
  );
  const report = compareImport(drafts, files, doc);
  for (const draft of report.added) {
    const file = await writeNew(dir, draft.id, renderDraft(draft));
    const todo = draft.todo.length > 0 ? ` (TODO: ${draft.todo.join(", ")})` : "";
    io.stdout.write(`new      ${file}  "${draft.section}"${todo}\n`);
  }
  for (const c of report.changed) {
    io.stdout.write(`changed  ${c.file}  "${c.draft.section}": ${c.fields.join(", ")}\n`);
    io.stdout.write(`${c.diff}\n`);
  }
  for (const g of report.gone) {
    io.stdout.write(`gone     ${g.file}  "${g.section}" is no longer in ${doc}\n`);
  }
  let share = "";
  const shipped = report.added.length > 0 || files.length > 0 ? await shippedBase() : undefined;
  if (shipped) {
    const top = (kb: KnowledgeBase, text: string) => diagnose(text, kb).matches[0]?.id;
    const r = draftShare(
      drafts,
      shipped.entries.map((e) => e.entry),
      top,
    );
    if (r.entries > 0) {
      share =
        `; shipped examples the drafts rank first: ${r.matched}/${r.examples} ` +
        `(${(r.share * 100).toFixed(0)}%, ${r.entries} entries of matching sections)`;
    }
  }
  io.stdout.write(
    `kb import: ${drafts.length} sections in ${doc}: ${report.added.length} new drafts written to ${dir}, ` +
      `${report.changed.length} changed, ${report.unchanged.length} unchanged, ${report.gone.length} gone ` +
      `(existing entries are never overwritten)${share}\n`,
  );
  return 0;
}

async function draft(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: "string" } },
  });
  const gapId = positionals[0];
  if (!gapId) {
    io.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const store = await openStore(readSettings(io.env, ["store"]).store);
  try {
    const gap = await store.getGap(gapId);
    if (!gap) {
      io.stderr.write(`kb draft: no knowledge gap "${gapId}" in ${store.describe} (see npm run report)\n`);
      return 1;
    }
    const yaml = draftKnowledgeEntry(gap);
    if (values.out) {
      await writeFile(values.out, yaml, { flag: "wx" });
      io.stdout.write(`kb draft: wrote ${values.out}; fill in the TODOs, then npm run kb -- check\n`);
    } else io.stdout.write(yaml);
    return 0;
  } finally {
    await store.close();
  }
}

/** `npm run kb -- check | draft | import`; see USAGE for the exit statuses. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "check") return check(io);
  if (command === "draft") return draft(rest, io);
  if (command === "import") return importPage(rest, io);
  io.stderr.write(`${USAGE}\n`);
  return command === undefined || command === "help" || command === "--help" ? 0 : 2;
}

await runCli(import.meta.url, "kb", main);
