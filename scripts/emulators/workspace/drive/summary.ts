import { userPermissionId } from '../core/ids';
import type { DriveFile } from './types';

/** One Drive item as GET /_workspace/files lists it. */
export interface FileSummary {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  owner: string;
  trashed: boolean;
  createdTime: string;
  modifiedTime: string;
  permissions: { id: string; type: string; role: string; emailAddress?: string; domain?: string; allowFileDiscovery?: boolean }[];
  contentRestrictions: { readOnly: boolean; ownerRestricted: boolean; reason: string; restrictingUser: string; restrictionTime: string }[];
}

/** Permissions in Drive v3 shape, owner first. */
export function permissionList(file: DriveFile): FileSummary['permissions'] {
  const list: FileSummary['permissions'] = [{ id: userPermissionId(file.owner), type: 'user', role: 'owner', emailAddress: file.owner }];
  for (const p of file.permissions) list.push({ id: p.id, type: 'user', role: p.role, emailAddress: p.email });
  if (file.general !== null) {
    const g = file.general;
    list.push(
      g.type === 'anyone'
        ? { id: g.allowFileDiscovery ? 'anyone' : 'anyoneWithLink', type: 'anyone', role: g.role, allowFileDiscovery: g.allowFileDiscovery }
        : { id: `domain-${g.domain ?? ''}`, type: 'domain', role: g.role, domain: g.domain, allowFileDiscovery: g.allowFileDiscovery },
    );
  }
  return list;
}

export function summarize(file: DriveFile): FileSummary {
  return {
    id: file.id,
    name: file.name,
    mimeType: file.mimeType,
    parents: [...file.parents],
    owner: file.owner,
    trashed: file.trashed,
    createdTime: file.createdTime,
    modifiedTime: file.modifiedTime,
    permissions: permissionList(file),
    contentRestrictions: file.contentRestriction === null ? [] : [{ ...file.contentRestriction }],
  };
}
