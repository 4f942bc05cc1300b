import { validateMessage } from '../../../../shared/protocol';

const PDF = Buffer.from('%PDF-1.4 slice');

function slice(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'print_job_pdf',
    version: 1,
    jobId: 'job-1',
    documentNumber: 'C-2026-00042',
    offset: 0,
    length: PDF.length,
    totalBytes: PDF.length,
    data: PDF.toString('base64'),
    done: true,
    ...overrides,
  };
}

describe('print_job_pdf_request / print_job_pdf messages', () => {
  it('accepts a request and a slice that matches its length and end', () => {
    expect(validateMessage({ type: 'print_job_pdf_request', version: 1, bridgeId: 'kiosk-1', jobId: 'job-1', offset: 0 })).toMatchObject({ status: 'success' });
    expect(validateMessage(slice())).toMatchObject({ status: 'success', response: { done: true, length: PDF.length } });
  });

  it.each([
    ['a negative offset', { offset: -1 }, 'offset'],
    ['data that is not base64', { data: 'not base64!' }, 'data'],
    ['data shorter than the stated length', { data: PDF.subarray(1).toString('base64') }, 'data'],
    ['a slice past the end of the file', { totalBytes: PDF.length - 1 }, 'length'],
    ['done before the end of the file', { totalBytes: PDF.length + 10 }, 'done'],
    ['a document number that is not a registry number', { documentNumber: '42' }, 'documentNumber'],
  ])('refuses a slice with %s, naming the field', (_label, change, path) => {
    const result = validateMessage(slice(change));
    expect(result).toMatchObject({ status: 'error', type: 'invalid_message', path });
  });

  it('refuses a request without a job id', () => {
    expect(validateMessage({ type: 'print_job_pdf_request', version: 1, bridgeId: 'kiosk-1', offset: 0 })).toMatchObject({ status: 'error', path: 'jobId' });
  });
});
