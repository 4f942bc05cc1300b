/**
 * Drive's refusals that mean "this Workspace domain does not let files be shared with people
 * outside it", as the Drive API v3 reports them in `errors[].reason`: publishOutNotPermitted
 * (the usual one for an `anyone` permission), shareOutNotPermitted and domainPolicy. The same
 * reasons are listed by GAM's Drive ACL handling (GAM-team/GAM, gamlib/glgapi.py,
 * DRIVE3_CREATE_ACL_THROW_REASONS). Apps Script's advanced service throws a
 * GoogleJsonResponseException whose `details` carries that JSON error
 * (https://developers.google.com/apps-script/guides/services/advanced#how_advanced_services_work)
 * and whose message is "API call to drive.permissions.create failed with error: <message>";
 * when `details` is missing, the message text is matched instead.
 * https://developers.google.com/drive/api/guides/handle-errors
 */
const POLICY_REASONS = new Set(['publishOutNotPermitted', 'shareOutNotPermitted', 'domainPolicy']);
const POLICY_WORDING = /publishOutNotPermitted|shareOutNotPermitted|outside (of )?the domain|outside your organization|domain policy/i;

export function isLinkSharingForbidden(error: unknown): boolean {
  const reasons = reasonsOf(error);
  if (reasons.some((reason) => POLICY_REASONS.has(reason))) return true;
  return POLICY_WORDING.test(messageOf(error));
}

/** The text of anything thrown, for logs and for matching. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'message' in error) return String((error as { message: unknown }).message);
  return String(error);
}

function reasonsOf(error: unknown): string[] {
  if (typeof error !== 'object' || error === null || !('details' in error)) return [];
  const details = (error as { details: unknown }).details;
  if (typeof details !== 'object' || details === null || !('errors' in details)) return [];
  const errors = (details as { errors: unknown }).errors;
  if (!Array.isArray(errors)) return [];
  return errors.map((entry: unknown) =>
    typeof entry === 'object' && entry !== null && 'reason' in entry ? String((entry as { reason: unknown }).reason) : '',
  );
}
