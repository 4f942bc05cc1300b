/** The office duplex printer over IPP (Print-Job, sides, copies) with guarded parsing. */
export { IppPrinter, type DuplexJob, type IppJobReport, type IppJobState, type IppPrinterError, type IppPrinterOptions, type Sides } from './ippPrinter';
export { printerStatusFrom, type PrinterStateName, type PrinterStatus } from './printerStatus';
export { describeStateReasons, type PrinterProblem, type ReasonSeverity } from './printerStateReasons';
export { ippRequest, type IppExchange, type IppRequestOptions, type IppTransportError, type IppTransportFailure } from './ippTransport';
export type { AttributeGroup, IppResponse } from './ippResponse';
