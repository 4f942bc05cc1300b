/**
 * IPP responses recorded from a real printer, for tests that need printer states a test
 * printer cannot be put in. The bytes below are ippeveprinter's answer (CUPS 2.4, started as
 * in test/helpers/ippeveprinter.ts) to the Get-Printer-Attributes request IppPrinter sends:
 * idle, printer-state-reasons none, one- and two-sided, PDF.
 */
import { parse, serialize } from '@sealsystems/ipp';

export const IPPEVEPRINTER_IDLE_ATTRIBUTES = Buffer.from(
  [
    '020000000000000101470012617474726962757465732d6368617273657400057574662d3848001b6174747269627574',
    '65732d6e61747572616c2d6c616e67756167650002656e0444000f73696465732d737570706f7274656400096f6e652d',
    '7369646564440000001374776f2d73696465642d6c6f6e672d65646765440000001474776f2d73696465642d73686f72',
    '742d65646765490019646f63756d656e742d666f726d61742d737570706f7274656400186170706c69636174696f6e2f',
    '6f637465742d73747265616d490000000f6170706c69636174696f6e2f7064662200197072696e7465722d69732d6163',
    '63657074696e672d6a6f627300010123000d7072696e7465722d73746174650004000000034100157072696e7465722d',
    '73746174652d6d657373616765000549646c652e4400157072696e7465722d73746174652d726561736f6e7300046e6f',
    '6e6503',
  ].join(''),
  'hex',
);

/**
 * The recorded response with some printer attributes replaced (for states the test printer
 * cannot reach, such as media-empty), re-encoded with the same encoder the printer's answer
 * was decoded with.
 */
export function recordedAttributesWith(changes: Readonly<Record<string, unknown>>, id = 1): Buffer {
  const response = parse(IPPEVEPRINTER_IDLE_ATTRIBUTES) as Record<string, unknown> & { 'printer-attributes-tag': Record<string, unknown> };
  return serialize({ ...response, id, 'printer-attributes-tag': { ...response['printer-attributes-tag'], ...changes } });
}
