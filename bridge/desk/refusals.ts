import type { ScanResult } from './scanOutcome';

export interface Refusal {
  readonly result: ScanResult;
  /** Big headline on the kiosk. */
  readonly message: string;
  readonly detail: string;
}

const HEADLINES: Partial<Record<ScanResult, string>> = {
  foreign_code: 'Чужой штрихкод',
  bad_check_character: 'Штрихкод прочитан с ошибкой',
  malformed: 'Штрихкод не читается',
  unknown_document: 'Документ не найден',
  script_unreachable: 'Нет связи с Google',
  not_ready_for_mailing: 'Документ ещё не готов к отправке',
  already_sent: 'Уже отправлен',
  already_returned: 'Уже вернулся',
  duplicate_scan: 'Уже отсканирован',
};

/** A refused scan's headline and detail for the kiosk; nothing was printed or queued. */
export function refusal(result: ScanResult, detail: string): Refusal {
  return { result, message: HEADLINES[result] ?? 'Скан не принят', detail };
}
