/**
 * printer-state-reasons (RFC 8011 §5.4.12; PWG 5100.9 for the later keywords): each keyword
 * may carry a suffix, "-report" (information), "-warning" (the printer goes on printing) or
 * "-error" (it cannot); a keyword without a suffix is an error. "offline", "paused" and
 * "shutdown" stop printing whatever their suffix (CUPS sends "offline-report" for a printer
 * it cannot reach), so they block too.
 */
export type ReasonSeverity = 'report' | 'warning' | 'error';

export interface PrinterProblem {
  /** The keyword without its suffix: 'media-empty'. */
  readonly keyword: string;
  readonly severity: ReasonSeverity;
  /** True when the printer cannot print until someone acts. */
  readonly blocking: boolean;
  /** What it means for the office manager, in Russian. */
  readonly text: string;
}

const ALWAYS_BLOCKING = new Set(['offline', 'paused', 'shutdown', 'moving-to-paused']);

const TEXTS: Readonly<Record<string, string>> = {
  'media-empty': 'нет бумаги',
  'media-needed': 'нужно вложить бумагу',
  'media-low': 'бумага заканчивается',
  'media-jam': 'замялась бумага',
  'input-tray-missing': 'не вставлен лоток',
  'output-tray-missing': 'нет выходного лотка',
  'output-area-full': 'выходной лоток переполнен',
  'output-area-almost-full': 'выходной лоток почти полон',
  'toner-empty': 'закончился тонер',
  'toner-low': 'тонер заканчивается',
  'marker-supply-empty': 'закончился тонер или чернила',
  'marker-supply-low': 'тонер или чернила заканчиваются',
  'marker-waste-full': 'контейнер отработанного тонера полон',
  'cover-open': 'открыта крышка',
  'door-open': 'открыта дверца',
  'interlock-open': 'открыта блокировка',
  offline: 'принтер не в сети',
  paused: 'печать приостановлена',
  'moving-to-paused': 'печать приостанавливается',
  shutdown: 'принтер выключается',
  'spool-area-full': 'переполнена очередь печати',
  'timed-out': 'принтер не отвечает',
  'connecting-to-device': 'принтер подключается',
  'fuser-over-temp': 'перегрев печки',
  'fuser-under-temp': 'печка не прогрелась',
  other: 'неисправность принтера',
};

/** Reads the reasons, dropping "none". Unknown keywords keep their English name in the text. */
export function describeStateReasons(reasons: readonly string[]): PrinterProblem[] {
  const problems: PrinterProblem[] = [];
  for (const reason of reasons) {
    const { keyword, severity } = splitSuffix(reason.trim().toLowerCase());
    if (keyword === '' || keyword === 'none') continue;
    problems.push({
      keyword,
      severity,
      blocking: severity === 'error' || ALWAYS_BLOCKING.has(keyword),
      text: TEXTS[keyword] ?? keyword,
    });
  }
  return problems;
}

function splitSuffix(reason: string): { keyword: string; severity: ReasonSeverity } {
  for (const severity of ['report', 'warning', 'error'] as const) {
    const suffix = `-${severity}`;
    if (reason.endsWith(suffix)) return { keyword: reason.slice(0, -suffix.length), severity };
  }
  return { keyword: reason, severity: 'error' };
}
