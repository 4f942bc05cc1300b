import type { AuthMode } from './scope';
import type { ExecutionResult, LoadedScript } from './scriptHost';

export interface OpenInEditor {
  /** Who opens the file. */
  readonly user: string;
  /** The Google Doc or spreadsheet opened. */
  readonly containerId: string;
  /**
   * An Editor add-on's onOpen runs in NONE where the user installed it but has not used it in this
   * file, in LIMITED where it is enabled; onInstall runs in FULL. Default NONE: the strictest.
   */
  readonly authMode?: AuthMode;
  /** 'onInstall' for the install run; default 'onOpen'. */
  readonly trigger?: 'onOpen' | 'onInstall';
}

/**
 * A person opens a Doc or a Sheet: the script's onOpen(e) simple trigger runs as them in that file,
 * its menus recorded as UI events (workspace.ui). The event object carries `authMode`
 * (https://developers.google.com/apps-script/guides/triggers/events#open); `source` and `user` are
 * left out, being unavailable in AuthMode.NONE, which is what a script must be written for.
 * https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle
 */
export function openInEditor(script: LoadedScript, open: OpenInEditor): Promise<ExecutionResult> {
  const authMode = open.authMode ?? (open.trigger === 'onInstall' ? 'FULL' : 'NONE');
  return script.execute(open.trigger ?? 'onOpen', [{ authMode }], { user: open.user, containerId: open.containerId, kind: 'ui', authMode });
}
