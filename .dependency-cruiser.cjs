/**
 * The layers of src/, bottom to top. Imports go down, never up or sideways between adapters:
 *   vocabulary (clients, failure classes, masking)
 *   knowledge, config            (each knows only the vocabulary)
 *   diagnosis                    (text in, ranked diagnoses out)
 *   probe, store                 (adapters to the network and to storage)
 *   settings                     (the environment, read and validated once, into plain settings
 *                                 objects for the Slack app, the probe and the store)
 *   entry                        (what every entry point shares: its io and the one runner that
 *                                 owns exit statuses)
 *   slack, cli                   (entry points; may use every layer below)
 * `npm test` runs this through `npm run layers`.
 */
const layer = (name, allowed) => ({
  name: `${name}-imports-only-${allowed.join("-") || "itself"}`,
  comment: `src/${name} may import only ${[name, ...allowed].join(", ")}`,
  severity: "error",
  from: { path: `^src/${name}/` },
  to: { path: "^src/", pathNot: `^src/(?:${[name, ...allowed].join("|")})/` },
});

module.exports = {
  forbidden: [
    layer("vocabulary", []),
    layer("knowledge", ["vocabulary"]),
    layer("config", ["vocabulary"]),
    layer("diagnosis", ["vocabulary", "knowledge", "config"]),
    layer("probe", ["vocabulary"]),
    layer("store", ["vocabulary", "knowledge"]),
    layer("settings", ["vocabulary", "probe", "store"]),
    layer("entry", ["vocabulary"]),
    layer("cli", ["vocabulary", "knowledge", "config", "diagnosis", "probe", "store", "settings", "entry"]),
    layer("slack", ["vocabulary", "knowledge", "config", "diagnosis", "probe", "store", "settings", "entry"]),
    {
      name: "no-cycles",
      comment: "modules that import each other, however far round, cannot be layered",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "listeners-do-not-import-listeners",
      comment:
        "a listener (src/slack/listeners/<kind>/<name>.ts) only registers and answers its own event: what two listeners share lives in src/slack/, beside them",
      severity: "error",
      from: { path: "^src/slack/listeners/[^/]+/" },
      to: { path: "^src/slack/listeners/" },
    },
    {
      name: "src-does-not-import-tests",
      comment: "nothing in src/ imports from test/ or bench/",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^(?:test|bench)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".js"] },
  },
};
