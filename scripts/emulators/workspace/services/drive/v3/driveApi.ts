import type { ExecutionScope } from '../../../runtime/host/scope';
import { labelClass } from '../../../runtime/label';
import { CommentsResource } from './comments';
import { FilesResource } from './files';
import { PermissionsResource } from './permissions';

/** The Drive API v3 advanced service, global `Drive`. https://developers.google.com/apps-script/advanced/drive */
export class DriveApi {
  readonly Files: FilesResource;
  readonly Permissions: PermissionsResource;
  readonly Comments: CommentsResource;

  constructor(scope: ExecutionScope) {
    this.Files = new FilesResource(scope);
    this.Permissions = new PermissionsResource(scope);
    this.Comments = new CommentsResource(scope);
  }
}
labelClass(DriveApi, 'Drive');
