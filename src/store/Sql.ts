/**
 * The little of a PostgreSQL connection the store needs. Both backends (PGlite and a `pg` pool)
 * implement it, so every query and migration is the same SQL text on both.
 */
export interface Sql {
  /** One statement with `$1`-style parameters. */
  query<T>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /** Several statements, no parameters (migrations). */
  exec(text: string): Promise<void>;
  /** Runs `fn` in one transaction on one connection: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: SqlTx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** Which backend this is, for messages. */
  readonly describe: string;
}

export type SqlTx = Pick<Sql, "query" | "exec">;
