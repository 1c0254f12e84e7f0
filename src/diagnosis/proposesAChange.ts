/**
 * The paste proposes a change instead of reporting a failure: a feature request, a design proposal,
 * a pull request's description. Such texts name limits, statuses and settings while discussing them
 * ("Cortex should answer 429 instead of 500", "support tenant_id_key for the Loki output"), and the
 * person is not asking what went wrong. Only an error the text quotes is evidence then.
 */
export function proposesAChange(norm: string): boolean {
  return PROPOSAL.test(norm);
}

/**
 * GitHub's feature-request template headings, and the phrases a proposal is written in. A report that
 * ends in a wish ("it would be nice to config grpc to allow larger batches") is still a report: only a
 * wish for a new thing to have or support counts.
 */
const PROPOSAL =
  /is your feature request related to a problem|\bfeature request\b|describe the solution you(?:'|’)?d like|describe the solution you would like|describe alternatives you(?:'|’)?ve considered|\bi (?:would like to )?propose\b|\bwe (?:could|should) (?:make|add|have|change|introduce|support|allow|expose|return)\b|\b(?:it )?would be (?:great|nice|good|useful|helpful) to (?:have|add|support|be able to|allow)\b|\bthis (?:pr|pull request|patch|change) (?:adds|introduces|implements|makes|allows|changes|fixes)\b|\badd support for\b|\bshould (?:be able to )?support\b/;
