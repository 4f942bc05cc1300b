import { CONFIG_KEYS, type ConfigKey } from '../config/configKeys';
import type { DrivePort } from '../platform/drivePort';
import type { PropertiesPort } from '../platform/propertiesPort';

export interface DocflowFolders {
  readonly root: string;
  readonly templates: string;
  readonly documents: string;
  readonly archive: string;
}

export const FOLDER_NAMES = {
  root: 'Docflow',
  templates: 'Шаблоны',
  documents: 'Документы',
  archive: 'Архив',
} as const;

/**
 * The Drive folders: Docflow (in the running user's My Drive, unless ROOT_FOLDER_ID names one)
 * with Templates, Documents and Archive inside. Ids are kept in Script Properties, so a second
 * run finds them even if someone renamed them; a folder that was deleted is made again.
 */
export function ensureFolders(drive: DrivePort, properties: PropertiesPort): { folders: DocflowFolders; created: string[] } {
  const created: string[] = [];
  const ensure = (key: ConfigKey, name: string, parent: string | null): string => {
    const known = properties.get(key);
    if (known !== null && known !== '' && drive.isFolder(known)) return known;
    const found = parent === null ? null : drive.findFolder(parent, name);
    const id = found ?? drive.createFolder(name, parent);
    if (found === null) created.push(name);
    properties.set(key, id);
    return id;
  };
  const root = ensure(CONFIG_KEYS.rootFolderId, FOLDER_NAMES.root, null);
  return {
    folders: {
      root,
      templates: ensure(CONFIG_KEYS.templatesFolderId, FOLDER_NAMES.templates, root),
      documents: ensure(CONFIG_KEYS.documentsFolderId, FOLDER_NAMES.documents, root),
      archive: ensure(CONFIG_KEYS.archiveFolderId, FOLDER_NAMES.archive, root),
    },
    created,
  };
}
