import type { AuditRecord } from '../../shared/lifecycle';
import { AUDIT_REGISTER } from '../audit/auditRegister';
import type { RegistersDeps } from '../registerIndex/registersDeps';
import { checkRegisterHeader } from '../registerIndex/registerHeader';

/**
 * The transitions of a scan batch into the audit journal (the review feature's AUDIT_REGISTER
 * sheet), one row each, in one setValues. The journal is made with its header on its first row,
 * as the review feature's RegisterTable does. Where its columns were moved, the records go to the
 * execution log instead: the registers' own rows are already written, and a journal problem must
 * not refuse the mail desk.
 */
export function appendAudit(deps: Pick<RegistersDeps, 'sheets' | 'log'>, records: readonly AuditRecord[]): void {
  if (records.length === 0) return;
  const { sheets } = deps;
  if (!sheets.hasSheet(AUDIT_REGISTER.sheetName)) sheets.createSheet(AUDIT_REGISTER.sheetName, AUDIT_REGISTER.headers);
  else if (sheets.lastRow(AUDIT_REGISTER.sheetName) === 0) sheets.write(AUDIT_REGISTER.sheetName, 1, 1, [AUDIT_REGISTER.headers]);
  const header = checkRegisterHeader(sheets, AUDIT_REGISTER);
  if (header.status === 'error') {
    deps.log.warn('Audit journal unavailable; transitions logged here', { detail: header.detail, records });
    return;
  }
  deps.sheets.append(
    AUDIT_REGISTER.sheetName,
    records.map((record) =>
      AUDIT_REGISTER.serialise({
        at: record.at,
        registryNumber: record.registryNumber,
        event: record.event,
        actor: record.actor,
        from: record.from,
        to: record.to,
        reason: record.reason,
        channel: 'bridge',
      }),
    ),
  );
}
