import { APPROVALS_REGISTER, DOCUMENTS_REGISTER, type RegisterSchema } from '../../shared/registers';
import { fail, ok, type Result } from '../../shared/result';
import { AUDIT_REGISTER } from '../audit/auditRegister';
import type { RegisterBookPort } from '../platform/registerBookPort';
import { readRegister, type RegisterEntry } from '../registers/readRegister';
import { readSettings, SETTINGS_SHEET } from '../registers/settingsSheet';
import type { CardRegisters } from './cardPorts';

/**
 * Reads what a card shows: Documents, Approvals, the audit journal and the Settings roles, one
 * whole-range read each. A sheet that does not exist yet (no transition has been journalled, no
 * decision taken) reads as empty; a register that cannot be parsed refuses with its Russian detail.
 */
export function readCardRegisters(book: RegisterBookPort): Result<CardRegisters, 'register_broken'> {
  const present = new Set(book.sheetNames());
  const read = <Row>(schema: RegisterSchema<Row>): Result<RegisterEntry<Row>[], 'register_broken'> =>
    present.has(schema.sheetName) ? readRegister(book, schema) : ok([]);
  const documents = read(DOCUMENTS_REGISTER);
  if (documents.status === 'error') return fail(documents.type, documents.detail);
  const approvals = read(APPROVALS_REGISTER);
  if (approvals.status === 'error') return fail(approvals.type, approvals.detail);
  const audit = read(AUDIT_REGISTER);
  if (audit.status === 'error') return fail(audit.type, audit.detail);
  const roles = present.has(SETTINGS_SHEET) ? readSettings(book.readRows(SETTINGS_SHEET)).roles : {};
  return ok({
    documents: documents.response,
    approvals: approvals.response.map((entry) => entry.row),
    audit: audit.response.map((entry) => entry.row),
    roles,
  });
}
