/**
 * The requisites area of a template: everything between two marker paragraphs, each alone in
 * its own paragraph. Setup turns that span into the named range below and deletes the
 * markers; the conformance check later compares a document's text OUTSIDE the range with the
 * template's, so a client may correct its own requisites without re-approval.
 */
export const REQUISITES_START_MARKER = '{{#requisites}}';
export const REQUISITES_END_MARKER = '{{/requisites}}';

/** The Docs named range Setup creates from the markers (names need not be unique in Docs; ours is). */
export const REQUISITES_RANGE_NAME = 'docflow_requisites';

/** A token name that opens or closes a section ("#requisites", "/requisites"). */
export function isSectionMarker(name: string): boolean {
  return name.startsWith('#') || name.startsWith('/');
}

/** The only sections there are: the requisites area's two markers, as token names. */
export function isKnownSectionMarker(name: string): boolean {
  return `{{${name}}}` === REQUISITES_START_MARKER || `{{${name}}}` === REQUISITES_END_MARKER;
}
