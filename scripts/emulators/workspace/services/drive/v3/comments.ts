import { apiError } from '../../../core/errors';
import { newNumericId } from '../../../core/ids';
import type { ExecutionScope } from '../../../runtime/host/scope';
import { labelClass } from '../../../runtime/label';
import { fileFor, requireUnlocked } from './access';
import { select } from './fields';
import { commentResource } from './resources';

/** v3 comments require the `fields` parameter ("The 'fields' parameter is required for this method."). */
function requireFields(api: string, optionalArgs: Record<string, unknown>): unknown {
  const fields = optionalArgs['fields'];
  if (typeof fields !== 'string' || fields.trim() === '') throw apiError(api, 400, 'required', "The 'fields' parameter is required for this method.");
  return fields;
}

/**
 * Drive v3 comments (advanced service `Drive.Comments`): create and list. Commenting needs the
 * commenter role and is refused while the file has a read-only content restriction.
 * https://developers.google.com/drive/api/reference/rest/v3/comments
 */
export class CommentsResource {
  readonly #scope: ExecutionScope;

  constructor(scope: ExecutionScope) {
    this.#scope = scope;
  }

  create(resource: { content?: string }, fileId: string, optionalArgs: Record<string, unknown> = {}): unknown {
    const api = 'drive.comments.create';
    const fields = requireFields(api, optionalArgs);
    const { file } = fileFor(this.#scope, api, fileId, 'commenter');
    requireUnlocked(api, file);
    const comment = {
      id: newNumericId(),
      author: this.#scope.identity.effectiveUser,
      content: String(resource.content ?? ''),
      createdTime: this.#scope.workspace.now().toISOString(),
    };
    file.comments.push(comment);
    this.#scope.workspace.drive.touch(file, false);
    return select(commentResource(comment, this.#scope.identity.effectiveUser), fields, '');
  }

  list(fileId: string, optionalArgs: Record<string, unknown> = {}): unknown {
    const api = 'drive.comments.list';
    const fields = requireFields(api, optionalArgs);
    const { file } = fileFor(this.#scope, api, fileId, 'reader');
    const comments = file.comments.map((c) => commentResource(c, this.#scope.identity.effectiveUser));
    return select({ kind: 'drive#commentList', comments }, fields, '');
  }
}
labelClass(CommentsResource, 'Drive', 'Comments');
