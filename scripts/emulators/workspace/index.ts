// The Workspace emulator's public API. See docs/workspace-emulator.md.
export { createWorkspace, Workspace, type WorkspaceOptions } from './workspace';
export { loadScript, LoadedScript, ScriptError, type ExecutionResult, type LoadScriptOptions, type RunOptions } from './runtime/host/scriptHost';
export { runDueTriggers, type FiredTrigger } from './runtime/host/triggerRunner';
export { openInEditor, type OpenInEditor } from './runtime/host/openTrigger';
export { startWorkspaceServer, type WorkspaceServer, type WorkspaceServerOptions } from './server/server';
export { USER_HEADER } from './server/webApp';
export type { AuthMode, ExecutionKind } from './runtime/host/scope';
export type { DriveFile, Role, ContentRestriction } from './drive/types';
export type { FileSummary } from './drive/summary';
export type { SentMail } from './stores/outbox';
export type { UiEvent, UiResponse } from './stores/uiEvents';
export type { TriggerRecord } from './stores/triggers';
export { MIME } from './context';
