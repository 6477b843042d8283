import { asText } from './field-values';
import type { FrontMatterFields } from './front-matter-fields';
import { LIMITS } from './limits';
import type { ParseContext } from './types';

/**
 * Publishers whose postings do not name the organization in a key: recognized by the source
 * (repository in the source id or file URL) or by a front-matter key only their generator writes.
 */
const KNOWN_PUBLISHERS: ReadonlyArray<{ organization: string; source?: RegExp; signatureKey?: string }> = [
  // multi.coop's site (qloridant/multi-site-contents) is the one writing `job_status: [ open, urgent ]`.
  { organization: 'multi.coop', source: /qloridant\/multi-site-contents|multi\.coop/i, signatureKey: 'job_status' },
];

/** Who hires: `startup` (beta.gouv.fr), `friend`/`equipe`, `organization`…, else a known publisher. */
export function readOrganization(fields: FrontMatterFields, context: ParseContext): string | undefined {
  const declared = asText(fields.find('organization')?.value);
  if (declared) return declared.slice(0, LIMITS.maxFieldText);
  const source = `${context.sourceId ?? ''} ${context.url ?? ''}`;
  const publisher = KNOWN_PUBLISHERS.find(
    (known) => known.source?.test(source) || (known.signatureKey !== undefined && fields.get(known.signatureKey) !== undefined),
  );
  return publisher?.organization;
}
