export type StoreErrorCode =
  /** The PostgreSQL server at DATABASE_URL cannot be reached or refused us. */
  | "STORE_UNREACHABLE"
  /** The embedded database under DATA_DIR cannot be opened: damaged, or not a database. */
  | "STORE_CORRUPT"
  /** Another process already has the embedded database under DATA_DIR open. */
  | "STORE_LOCKED"
  /** A schema migration failed; nothing of it was applied. */
  | "STORE_MIGRATION_FAILED"
  /** A write or read failed, after retries where the failure looked transient. */
  | "STORE_WRITE_FAILED"
  | "STORE_READ_FAILED"
  /** The store was used after close(). */
  | "STORE_CLOSED"
  /** The caller passed something the store cannot keep (an empty key, a bad schema name). */
  | "STORE_INVALID_INPUT";

/** Every failure of the store, with a code to branch on and the underlying error kept as `cause`. */
export class StoreError extends Error {
  readonly code: StoreErrorCode;

  constructor(code: StoreErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "StoreError";
    this.code = code;
  }
}
