import type { EmulatorContext } from '../../context';
import type { NewBlob } from './blob';
import type { DocHandle } from './handle';

/** What every DocumentApp object shares: the runtime, the blob factory, and the wrapper factory. */
export interface DocumentAppEnv {
  readonly ctx: EmulatorContext;
  readonly newBlob: NewBlob;
  /** The DocumentApp object for a stored node (Paragraph for a paragraph, TableCell for a cell, …). */
  wrap(handle: DocHandle, node: object): unknown;
}

export const SERVICE = 'DocumentApp';
