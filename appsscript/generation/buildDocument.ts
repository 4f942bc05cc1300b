import { code128Png } from '../../shared/barcode';
import type { MergeData } from '../../shared/merge';
import { buildMergeRequests } from '../docs/mergeRequests';
import { sentinelFor } from '../docs/placeholderSentinel';
import type { DocsPort } from '../platform/docsPort';
import type { DocumentHeaderPort } from '../platform/documentHeaderPort';
import type { DrivePort } from '../platform/drivePort';
import type { LogPort } from '../platform/logPort';
import { pngSize } from './pngSize';

export interface DocumentToBuild {
  readonly templateDocId: string;
  readonly name: string;
  readonly folderId: string;
  readonly barcodePayload: string;
  readonly data: MergeData;
}

export interface BuildPorts {
  readonly drive: DrivePort;
  readonly docs: DocsPort;
  readonly header: DocumentHeaderPort;
  readonly log: LogPort;
}

const BARCODE = 'doc.barcode';
/** Shown at half its pixel size: a 2-pixel module prints 1 pt (0.35 mm) wide, which scanners read well. */
const BARCODE_SCALE = 0.5;

/**
 * One generated Google Doc: a copy of the template in the client's folder, then ONE Docs
 * batchUpdate (rows expanded, every placeholder replaced), then the Code 128 image in the header
 * through DocumentApp. The service calls do not depend on the number of placeholders or rows:
 * Drive copy 1, Docs get 1, Docs batchUpdate 1, and the header image's fixed handful.
 * `onCreated` hears of the copy as soon as it exists, so a caller can trash it if a later step fails.
 */
export function buildDocument(ports: BuildPorts, document: DocumentToBuild, onCreated: (documentId: string) => void): string {
  const documentId = ports.drive.copyFile(document.templateDocId, document.name, document.folderId);
  onCreated(documentId);
  const plan = buildMergeRequests(ports.docs.get(documentId), { fields: document.data.fields, rows: document.data.rows }, [BARCODE]);
  if (plan.unknown.length > 0) ports.log.warn('Template placeholders without a value', { documentId, unknown: plan.unknown });
  ports.docs.batchUpdate(documentId, plan.requests);
  if (plan.deferred.includes(BARCODE)) {
    const png = code128Png(document.barcodePayload);
    if (png.status === 'error') throw new Error(`Barcode for ${document.barcodePayload}: ${png.detail}`);
    const { width, height } = pngSize(png.response);
    const placed = ports.header.placeHeaderImage(documentId, sentinelFor(BARCODE), png.response, width * BARCODE_SCALE, height * BARCODE_SCALE);
    if (!placed) throw new Error(`The barcode placeholder of ${document.name} is not in its header`);
  }
  return documentId;
}
