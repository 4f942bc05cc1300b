import { fail, ok } from '../../../shared/result';
import { symbologyOfAim } from './aimSymbology';
import { parseHidPosReport } from './hidPosReport';
import { bytesToText, DEFAULT_MAX_CODE_LENGTH, type DecodeOutput, type ScanDecoder } from './scanDecoder';

export interface HidPosDecoderOptions {
  /** Longest code accepted, in bytes. Default 4096. */
  readonly maxCodeLength?: number;
  /**
   * How long the next part of a multi-report code may take, in ms. A scanner sends the parts
   * back to back (a few ms apart); a longer silence means the rest was lost. Default 1000.
   */
  readonly partTimeoutMs?: number;
}

interface PartialCode {
  readonly aim: string | null;
  readonly parts: Uint8Array[];
  readonly length: number;
  readonly lastAt: number;
}

/**
 * Assembles HID-POS scanned-data reports (see hidPosReport.ts for the layout) into codes: a
 * code longer than 56 bytes arrives as several reports, each but the last with the
 * continuation bit set. The AIM identifier is taken off the data and reported as the
 * symbology. Any broken report drops the code in progress.
 */
export function createHidPosDecoder(options: HidPosDecoderOptions = {}): ScanDecoder {
  const maxCodeLength = options.maxCodeLength ?? DEFAULT_MAX_CODE_LENGTH;
  const partTimeoutMs = options.partTimeoutMs ?? 1000;
  let partial: PartialCode | undefined;

  function push(report: Uint8Array, at: number): DecodeOutput[] {
    const outputs: DecodeOutput[] = [];
    if (partial !== undefined && at - partial.lastAt > partTimeoutMs) {
      partial = undefined;
      outputs.push(fail('code_incomplete', 'Сканер не дослал конец длинного кода: отсканируйте ещё раз.'));
    }

    const parsed = parseHidPosReport(report);
    if (parsed.status === 'error') {
      partial = undefined;
      outputs.push(parsed);
      return outputs;
    }
    const part = parsed.response;
    if (part === null) return outputs;

    if (partial !== undefined && partial.aim !== part.aim) {
      // A report of another symbology cannot continue this code: its end was lost.
      partial = undefined;
      outputs.push(fail('code_incomplete', 'Начало длинного кода пришло без конца: отсканируйте ещё раз.'));
      return outputs;
    }

    const length = (partial?.length ?? 0) + part.data.length;
    if (length > maxCodeLength) {
      partial = undefined;
      outputs.push(fail('code_too_long', `Код длиннее ${maxCodeLength} символов — это не наш штрихкод.`));
      return outputs;
    }
    const parts = [...(partial?.parts ?? []), part.data];

    if (part.continued) {
      partial = { aim: part.aim, parts, length, lastAt: at };
      return outputs;
    }
    partial = undefined;
    if (length === 0) {
      outputs.push(fail('report_malformed', 'Сканер прислал пустой код.'));
      return outputs;
    }
    outputs.push(
      ok({
        code: bytesToText(concat(parts, length)),
        symbology: part.aim === null ? 'unknown' : symbologyOfAim(part.aim),
        aim: part.aim,
        source: 'hid-pos',
        at,
      }),
    );
    return outputs;
  }

  return {
    push,
    reset() {
      partial = undefined;
    },
  };
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}
