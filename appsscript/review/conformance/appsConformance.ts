import { type DocumentRow, formatTemplateRef, type TemplateRef } from '../../../shared/registers';
import { generationDeps } from '../../entry/services';
import type { GenerationDeps } from '../../generation/generationTypes';
import { appsDocs } from '../../platform/apps/appsDocs';
import type { LogPort } from '../../platform/logPort';
import { readRegister } from '../../registers/readRegister';
import { TEMPLATES_REGISTER } from '../../registers/templatesRegister';
import type { ConformanceCheck } from '../sendDealForSigning';
import { checkConformance } from './checkConformance';
import { rebuiltMergeValues } from './rebuiltMergeValues';
import type { MergeValuesSource } from './mergeValuesSource';

/**
 * The conformance check with the real ports: the Docs advanced service, the Templates sheet
 * (read once per operation) and merge values replayed through generation (entry/services.ts).
 */
export function appsConformanceCheck(log: LogPort): ConformanceCheck {
  let deps: GenerationDeps | null | undefined;
  let source: MergeValuesSource | undefined;
  let templates: Map<string, string> | undefined;
  const generation = (): GenerationDeps | null => {
    if (deps === undefined) {
      const made = generationDeps();
      deps = made.status === 'success' ? made.response : null;
      if (made.status === 'error') log.warn('Conformance check without generation ports', { detail: made.detail });
    }
    return deps;
  };
  const templateDocId = (ref: TemplateRef): string | null => {
    const ready = generation();
    if (ready === null) return null;
    if (templates === undefined) {
      const read = readRegister(ready.book, TEMPLATES_REGISTER);
      templates = new Map(read.status === 'success' ? read.response.map(({ row }) => [formatTemplateRef({ key: row.key, version: row.version }), row.docId]) : []);
    }
    return templates.get(formatTemplateRef(ref)) ?? null;
  };
  const mergeValues: MergeValuesSource = {
    valuesFor(row: DocumentRow, registered: readonly DocumentRow[]) {
      const ready = generation();
      if (ready === null) return { status: 'error', type: 'merge_data_unavailable', detail: 'Docflow не настроен для чтения сделки' };
      source ??= rebuiltMergeValues(ready);
      return source.valuesFor(row, registered);
    },
  };
  return (row, registered) => checkConformance({ docs: appsDocs, log, templateDocId, mergeValues }, row, registered);
}
