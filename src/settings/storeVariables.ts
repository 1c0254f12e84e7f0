import { z } from "zod";
import type { StoreOptions } from "../store/openStore.ts";
import { definePart, text, variable } from "./variable.ts";

const postgresUrl = z
  .string()
  .optional()
  .refine(
    (v) => v === undefined || /^postgres(?:ql)?:\/\//.test(v),
    "is not a PostgreSQL URL (it should start with postgres:// or postgresql://)",
  )
  .refine((v) => v === undefined || URL.canParse(v), "is not a URL");

export const storeVariables = {
  DATA_DIR: variable({
    schema: text(),
    needed: "optional (`./data`)",
    meaning: "where the embedded store (PGlite) keeps its files",
    fix: "use a directory the bot may write to, e.g. DATA_DIR=./data",
  }),
  DATABASE_URL: variable({
    schema: postgresUrl,
    needed: "optional",
    meaning: "a PostgreSQL server instead, so several copies of the bot can run at once",
    fix: "use e.g. DATABASE_URL=postgres://user:password@host:5432/db, or unset it to use the embedded store under DATA_DIR",
  }),
};

export const storePart = definePart({
  variables: storeVariables,
  check: () => [],
  build(e): StoreOptions {
    const dataDir = e.DATA_DIR ?? "./data";
    return e.DATABASE_URL === undefined ? { dataDir } : { databaseUrl: e.DATABASE_URL, dataDir };
  },
});
