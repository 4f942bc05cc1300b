// What the duplex printer (ippeveprinter) recorded about the jobs it received: IPP Get-Jobs
// (RFC 8011 §4.2.6) with which-jobs=all, asking for each job's name and sides.
import { request } from 'node:http';
import { parse, serialize } from '@sealsystems/ipp';

export interface PrinterJob {
  readonly id: number;
  readonly name: string;
  readonly sides: string;
  readonly state: string;
}

export function printerJobs(port: number, uri: string): Promise<PrinterJob[]> {
  const body = serialize({
    version: '2.0',
    operation: 'Get-Jobs',
    id: 7,
    'operation-attributes-tag': {
      'attributes-charset': 'utf-8',
      'attributes-natural-language': 'en',
      'printer-uri': uri,
      'which-jobs': 'all',
      'requested-attributes': ['job-id', 'job-name', 'sides', 'job-state'],
    },
  });
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path: '/ipp/print', method: 'POST', agent: false, headers: { 'Content-Type': 'application/ipp' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        try {
          const parsed = parse(Buffer.concat(chunks)) as Record<string, unknown>;
          const groups = parsed['job-attributes-tag'];
          const list = (Array.isArray(groups) ? groups : groups === undefined ? [] : [groups]) as Record<string, unknown>[];
          done(list.map((job) => ({ id: Number(job['job-id']), name: String(job['job-name'] ?? ''), sides: String(job['sides'] ?? ''), state: String(job['job-state'] ?? '') })));
        } catch (error) {
          fail(error instanceof Error ? error : new Error(String(error)));
        }
      });
    });
    req.setTimeout(5000, () => req.destroy(new Error('ippeveprinter did not answer Get-Jobs')));
    req.on('error', fail);
    req.end(body);
  });
}
