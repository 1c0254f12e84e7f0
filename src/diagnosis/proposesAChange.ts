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
 * wish for a new thing to have or support counts. The headings are the projects' own templates'
 * (.github/ISSUE_TEMPLATE): Mimir's "Which solution do you envision (roughly)?", Thanos' "Is your
 * proposal related to a problem?", OpenTelemetry Go's "Proposed Solution", Rust's "Considered
 * Alternatives", .NET's "Which alternative solutions or features have you considered?", Grafana's and
 * Kubernetes' "What would you like to be added", Jaeger's "Proposal - what do you suggest", Vector's
 * "Attempted Solutions", and the "Proposal" heading of Prometheus, Alloy, Vector and Telegraf (as a
 * heading only: the word alone is common), and a title that starts "Proposal:" or "Feature request:"
 * (not a conventional commit's "feat:", which titles issues that report an error too). Bug-report headings ("What did you see instead?") mark a
 * report and are not here.
 */
const PROPOSAL =
  /is your feature request related to a problem|is your proposal related to a problem|which solution do you envision|what would you like to be added|which alternative solutions or features have you considered|\bconsidered alternatives\b|proposal - what do you suggest|requirement - what kind of business use case|(?:^|\n)[#*\s]{0,6}(?:proposed solution|attempted solutions|proposal)[*:\s]*(?:\n|$)|^\[feature(?: request)?\]|(?:^|\n)[ \t]{0,3}(?:proposal|feature request):[ \t]|\bfeature request\b|describe the solution you(?:'|’)?d like|describe the solution you would like|describe alternatives you(?:'|’)?ve considered|\bi (?:would like to )?propose\b|\bwe (?:could|should) (?:make|add|have|change|introduce|support|allow|expose|return)\b|\b(?:it )?would be (?:great|nice|good|useful|helpful) to (?:have|add|support|be able to|allow)\b|\bthis (?:pr|pull request|patch|change) (?:adds|introduces|implements|makes|allows|changes|fixes)\b|\badd support for\b|\bshould (?:be able to )?support\b/;
