import type { Catalogue } from '../../shared/catalogue';
import type { DocumentKind } from '../../shared/kinds/documentKinds';
import type { TemplateRef } from '../../shared/registers';
import type { Bitrix24Rest } from '../bitrix24/bitrixRest';
import type { CachePort } from '../platform/cachePort';
import type { ClockPort } from '../platform/clockPort';
import type { DocsPort } from '../platform/docsPort';
import type { DocumentHeaderPort } from '../platform/documentHeaderPort';
import type { DrivePort } from '../platform/drivePort';
import type { LockPort } from '../platform/lockPort';
import type { LogPort } from '../platform/logPort';
import type { PropertiesPort } from '../platform/propertiesPort';
import type { RegisterBookPort } from '../platform/registerBookPort';

/** Everything generation touches, passed in (the Apps Script wiring is entry/services.ts). */
export interface GenerationDeps {
  readonly rest: Bitrix24Rest;
  readonly drive: DrivePort;
  readonly docs: DocsPort;
  readonly header: DocumentHeaderPort;
  readonly book: RegisterBookPort;
  readonly properties: PropertiesPort;
  readonly lock: LockPort;
  /** Remembers the last failure told to a deal, so a robot call and an event do not post it twice. */
  readonly cache: CachePort;
  readonly clock: ClockPort;
  readonly log: LogPort;
  readonly catalogue: Catalogue;
  /** The Documents folder Setup made (Documents/<year>/<client> live inside). */
  readonly documentsFolderId: string;
}

/** What asked for the documents: the stage robot, a deal event, or a person (sidebar, local stack). */
export type GenerationTrigger = 'robot' | 'event' | 'manual';

export interface GeneratedDocument {
  readonly registryNumber: string;
  readonly title: string;
  readonly kind: DocumentKind;
  readonly barcodePayload: string;
  readonly documentId: string;
  readonly url: string;
  readonly template: TemplateRef;
  readonly parentContractNumber: string | null;
  readonly reasons: readonly string[];
}

export interface GenerationOutcome {
  readonly dealId: string;
  /**
   * generated: new documents were made; already_generated: this deal's set for the current
   * template versions exists (a repeated robot call, an event echo) and nothing was made;
   * ignored: a robot call or an event for a deal outside the generate stage.
   */
  readonly status: 'generated' | 'already_generated' | 'ignored';
  readonly documents: readonly GeneratedDocument[];
  /** Things a person should look at (shown in the deal), never blocking. */
  readonly warnings: readonly string[];
}

export type GenerationError =
  | 'not_configured'
  | 'bitrix_unavailable'
  | 'busy'
  | 'register_broken'
  | 'template_selection_failed'
  | 'template_missing'
  | 'numbering_broken'
  | 'merge_data_incomplete'
  | 'appendix_not_planned'
  | 'generation_failed';
