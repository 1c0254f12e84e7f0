import { BACKEND_CATALOGS } from "./catalogs/backendCatalogs.ts";
import { CLIENT_CATALOGS } from "./catalogs/clientCatalogs.ts";
import type { FailureClass, FailureClassId } from "./failureClasses/FailureClass.ts";
import { FAILURE_CLASSES } from "./failureClasses/failureClasses.ts";
import { indexWordings, type WordingMeaning } from "./VocabularyWording.ts";

const CLASSES: readonly FailureClass[] = FAILURE_CLASSES;

/** Every failure class by id, for the words a reply and the probe use. */
export const FAILURE_CLASS_BY_ID: ReadonlyMap<FailureClassId, FailureClass> = new Map(
  CLASSES.map((c) => [c.id, c]),
);

/**
 * The shipped vocabulary: failure classes and client and backend catalogs, every literal with what
 * it means. Built once; the knowledge base adds its literals to the one needle scan of a paste.
 */
export const VOCABULARY_WORDINGS: ReadonlyMap<string, readonly WordingMeaning[]> = indexWordings(
  CLASSES,
  CLIENT_CATALOGS,
  BACKEND_CATALOGS,
);
