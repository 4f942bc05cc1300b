import { isLinkSharingForbidden } from '../../../appsscript/access/sharingErrors';

describe('isLinkSharingForbidden', () => {
  it('recognises Drive reasons in the advanced service error details', () => {
    for (const reason of ['publishOutNotPermitted', 'shareOutNotPermitted', 'domainPolicy']) {
      expect(isLinkSharingForbidden({ message: 'API call to drive.permissions.create failed with error: Forbidden', details: { errors: [{ reason }] } })).toBe(true);
    }
  });

  it('falls back to the message text when details are missing', () => {
    expect(isLinkSharingForbidden(new Error('API call to drive.permissions.create failed with error: The user does not have permission to share this item outside the domain.'))).toBe(true);
  });

  it('does not take other refusals for a domain policy', () => {
    expect(isLinkSharingForbidden(new Error('API call to drive.permissions.create failed with error: The user does not have sufficient permissions for this file.'))).toBe(false);
    expect(isLinkSharingForbidden({ details: { errors: [{ reason: 'insufficientFilePermissions' }] } })).toBe(false);
    expect(isLinkSharingForbidden(null)).toBe(false);
    expect(isLinkSharingForbidden('boom')).toBe(false);
  });
});
