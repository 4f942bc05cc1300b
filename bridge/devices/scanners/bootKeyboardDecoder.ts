import { fail, ok, type Failure } from '../../../shared/result';
import {
  CHORD_BITS,
  characterOfUsage,
  ENTER_USAGES,
  ERROR_ROLL_OVER,
  FIRST_KEY_USAGE,
  SHIFT_BITS,
} from './keyboardUsages';
import { DEFAULT_MAX_CODE_LENGTH, type DecodeOutput, type ScanDecoder } from './scanDecoder';
import { scanFromTypedText } from './scanFromTypedText';
import type { ScanDecodeError } from './scannerErrors';

export interface BootKeyboardDecoderOptions {
  /**
   * Set when the device numbers its reports (a composite keyboard): reports then carry this id
   * in front of the 8 boot bytes, and reports with any other id are skipped. Default: none.
   */
  readonly reportId?: number;
  /** Longest code accepted, in characters. Default 4096. */
  readonly maxCodeLength?: number;
  /**
   * Longest silence inside one code, in ms: a scanner types a whole code within a few tens of
   * ms, so characters older than this belong to a code whose Enter was lost. Default 1000.
   */
  readonly keyTimeoutMs?: number;
}

/*
 * Boot protocol keyboard input report (Device Class Definition for HID 1.11, appendix B.1,
 * https://www.usb.org/document-library/device-class-definition-hid-111):
 *   byte 0     modifier bits (Left Ctrl, Shift, Alt, GUI, then the right-hand ones)
 *   byte 1     reserved, 0
 *   bytes 2-7  usage ids of the keys held now, 0 for an empty slot
 * Each report is the state of the keyboard, not a key event: a usage present in two
 * consecutive reports is one key held down (or rolled over), so only usages that were not in
 * the previous report are presses.
 */
const BOOT_REPORT_SIZE = 8;
const MODIFIER_OFFSET = 0;
const RESERVED_OFFSET = 1;
const KEYS_OFFSET = 2;

/**
 * Turns boot-protocol keyboard reports read through hidraw into codes: characters with Shift
 * on the US layout, Enter ends a code. A malformed report resets the state and drops the
 * code in progress.
 */
export function createBootKeyboardDecoder(options: BootKeyboardDecoderOptions = {}): ScanDecoder {
  const maxCodeLength = options.maxCodeLength ?? DEFAULT_MAX_CODE_LENGTH;
  const keyTimeoutMs = options.keyTimeoutMs ?? 1000;
  const prefix = options.reportId === undefined ? 0 : 1;
  let held: ReadonlySet<number> = new Set();
  let typed = '';
  let lastKeyAt = 0;

  function reset(): void {
    held = new Set();
    typed = '';
  }

  function failAndReset(type: ScanDecodeError, detail: string): Failure<ScanDecodeError> {
    reset();
    return fail(type, detail);
  }

  function push(report: Uint8Array, at: number): DecodeOutput[] {
    if (options.reportId !== undefined && report.length > 0 && report[0] !== options.reportId) return [];
    if (report.length !== BOOT_REPORT_SIZE + prefix) {
      return [
        failAndReset(
          'report_bad_length',
          `Пакет клавиатурного сканера длиной ${report.length} байт вместо ${BOOT_REPORT_SIZE + prefix}: это не клавиатура в режиме boot.`,
        ),
      ];
    }
    const body = report.subarray(prefix);
    if (body[RESERVED_OFFSET] !== 0) {
      return [failAndReset('report_malformed', 'Пакет клавиатурного сканера испорчен (зарезервированный байт не равен нулю).')];
    }
    const keys = body.subarray(KEYS_OFFSET).filter((usage) => usage !== 0);
    // ErrorRollOver (or POSTFail, ErrorUndefined) in the slots: too many keys at once, the
    // report says nothing about which; keep the previous state and wait for a real one.
    if (keys.some((usage) => usage >= ERROR_ROLL_OVER && usage < FIRST_KEY_USAGE)) return [];

    const outputs: DecodeOutput[] = [];
    if (typed !== '' && at - lastKeyAt > keyTimeoutMs) {
      typed = '';
      outputs.push(fail('code_incomplete', 'Сканер не закончил код клавишей Enter: отсканируйте ещё раз.'));
    }

    const modifiers = body[MODIFIER_OFFSET] ?? 0;
    const now = new Set(keys);
    const pressed = [...now].filter((usage) => !held.has(usage));
    held = now;
    for (const usage of pressed) {
      const output = press(usage, modifiers, at);
      if (output !== undefined) outputs.push(output);
      if (output?.status === 'error') break;
    }
    return outputs;
  }

  function press(usage: number, modifiers: number, at: number): DecodeOutput | undefined {
    lastKeyAt = at;
    if (ENTER_USAGES.has(usage)) {
      const text = typed;
      typed = '';
      // An Enter with nothing before it is a stray key press, not a code.
      if (text === '') return undefined;
      const scan = scanFromTypedText(text, 'hidraw-keyboard', at);
      return scan.code === '' ? fail('code_incomplete', 'Сканер прислал идентификатор символики без кода.') : ok(scan);
    }
    const character = (modifiers & CHORD_BITS) === 0 ? characterOfUsage(usage, (modifiers & SHIFT_BITS) !== 0) : undefined;
    // Errors here drop the code but keep `held`: the keys are still down and must not be read
    // again as new presses in the next report.
    if (character === undefined) {
      // Between codes such a key interrupts nothing: scanners are often set to send a suffix
      // chord after Enter (node-hid issue 323 shows Ctrl+Shift+J), so it is skipped.
      if (typed === '') return undefined;
      typed = '';
      return fail('key_unsupported', `Сканер нажал клавишу, которой нет в штрихкодах (код 0x${usage.toString(16)}): код сброшен.`);
    }
    if (typed.length >= maxCodeLength) {
      typed = '';
      return fail('code_too_long', `Код длиннее ${maxCodeLength} символов без Enter — это не наш штрихкод.`);
    }
    typed += character;
    return undefined;
  }

  return { push, reset };
}
