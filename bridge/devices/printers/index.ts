/** Printers: a raw TCP 9100 label printer and an IPP duplex printer, both never printing a job twice. */
export { MemoryJobLedger, isValidJobId, type JobLedger } from './jobLedger';
export { RawPrinterClient, type RawPrintReceipt, type RawPrinterError, type RawPrinterOptions } from './raw/rawPrinterClient';
export * from './ipp';
