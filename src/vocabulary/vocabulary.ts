import { BACKEND_CATALOGS } from "./catalogs/backendCatalogs.ts";
import { CLIENT_CATALOGS } from "./catalogs/clientCatalogs.ts";
import { FAILURE_CLASSES } from "./failureClasses/failureClasses.ts";
import { indexWordings, type WordingMeaning } from "./indexWordings.ts";
import { OTLP_EXPORTER_NAMES } from "./otlpTransports.ts";

/**
 * The shipped vocabulary: failure classes, client and backend catalogs and the OTLP exporters' names, every literal with what
 * it means. Built once; the knowledge base adds its literals to the one needle scan of a paste.
 */
export const VOCABULARY_WORDINGS: ReadonlyMap<string, readonly WordingMeaning[]> = indexWordings(
  FAILURE_CLASSES,
  CLIENT_CATALOGS,
  BACKEND_CATALOGS,
  OTLP_EXPORTER_NAMES,
);
