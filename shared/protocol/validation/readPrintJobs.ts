import { PRINT_SIDES, type PdfSource, type PrintJob, type PrintJobAck, type PrintJobList, type PrintJobListRequest } from '../messages/printJobs';
import { PROTOCOL_VERSION } from '../version';
import { BRIDGE_ID_RULE, FREE_TEXT } from './commonRules';
import {
  childPath,
  fieldOf,
  invalid,
  type Json,
  readArray,
  readInteger,
  readOneOf,
  readOptionalInteger,
  readRecord,
  readRegistryNumber,
  readString,
  readTimestamp,
  type StringRule,
} from './fieldReader';
import { MAX_PRINT_COPIES, MAX_PRINT_JOBS_PER_LIST } from './limits';

export const JOB_ID: StringRule = {
  max: 128,
  pattern: /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/,
  patternHint: 'идентификатор задания из латиницы, цифр и «_.:-» (до 128 символов)',
};

export function readPrintJobListRequest(message: Json): PrintJobListRequest {
  const bridgeId = readString(message, 'bridgeId', '', BRIDGE_ID_RULE);
  const limit = readOptionalInteger(message, 'limit', '', 1, MAX_PRINT_JOBS_PER_LIST);
  const request: PrintJobListRequest = { type: 'print_job_list_request', version: PROTOCOL_VERSION, bridgeId };
  return limit === undefined ? request : { ...request, limit };
}

export function readPrintJobList(message: Json): PrintJobList {
  const seen = new Set<string>();
  const jobs = readArray(message, 'jobs', '', MAX_PRINT_JOBS_PER_LIST).map((item, index) => {
    const path = childPath('jobs', index);
    const job = readPrintJob(item, path);
    if (seen.has(job.jobId)) invalid(childPath(path, 'jobId'), 'идентификатор, не повторяющийся в списке', job.jobId);
    seen.add(job.jobId);
    return job;
  });
  return { type: 'print_job_list', version: PROTOCOL_VERSION, jobs };
}

function readPrintJob(value: unknown, path: string): PrintJob {
  const record = readRecord(value, path);
  return {
    jobId: readString(record, 'jobId', path, JOB_ID),
    documentNumber: readRegistryNumber(record, 'documentNumber', path),
    pdf: readPdfSource(fieldOf(record, 'pdf'), childPath(path, 'pdf')),
    copies: readInteger(record, 'copies', path, 1, MAX_PRINT_COPIES),
    sides: readOneOf(record, 'sides', path, PRINT_SIDES),
    createdAt: readTimestamp(record, 'createdAt', path),
  };
}

function readPdfSource(value: unknown, path: string): PdfSource {
  const record = readRecord(value, path);
  const kind = readOneOf(record, 'kind', path, ['url', 'drive_file'] as const);
  if (kind === 'url') {
    return { kind, url: readString(record, 'url', path, { max: 2048, pattern: /^https?:\/\/\S+$/, patternHint: 'ссылка http(s)://…' }) };
  }
  return { kind, fileId: readString(record, 'fileId', path, { max: 200, pattern: /^[A-Za-z0-9_-]+$/, patternHint: 'идентификатор файла Google Диска' }) };
}

export function readPrintJobAck(message: Json): PrintJobAck {
  const bridgeId = readString(message, 'bridgeId', '', BRIDGE_ID_RULE);
  const jobId = readString(message, 'jobId', '', JOB_ID);
  const outcome = readOneOf(message, 'outcome', '', ['printed', 'failed'] as const);
  const common = { type: 'print_job_ack', version: PROTOCOL_VERSION, bridgeId, jobId } as const;
  if (outcome === 'printed') return { ...common, outcome };
  return { ...common, outcome, reason: readString(message, 'reason', '', FREE_TEXT) };
}
