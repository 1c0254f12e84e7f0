import { z } from "zod";
import type { StoreOptions } from "./openStore.ts";

/** The store's part of the environment: DATABASE_URL (a PostgreSQL server) or DATA_DIR (embedded). */
export const storeEnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(
      /^postgres(?:ql)?:\/\//,
      "must be a postgres:// or postgresql:// URL, e.g. postgres://user@host:5432/db",
    )
    .optional()
    .or(z.literal("").transform(() => undefined)),
  DATA_DIR: z.string().trim().min(1).default("./data"),
});

/**
 * Reads the store's options from the environment (once, at an entry point). Throws a zod error
 * naming each malformed variable.
 */
export function readStoreConfig(env: Record<string, string | undefined>): StoreOptions {
  const parsed = storeEnvSchema.parse({
    DATABASE_URL: env.DATABASE_URL,
    DATA_DIR: env.DATA_DIR || undefined,
  });
  return parsed.DATABASE_URL === undefined
    ? { dataDir: parsed.DATA_DIR }
    : { databaseUrl: parsed.DATABASE_URL, dataDir: parsed.DATA_DIR };
}
