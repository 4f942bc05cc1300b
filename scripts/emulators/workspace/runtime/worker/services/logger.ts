import { localLabel } from '../localLabel';
import { isDate } from '../realm';

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isDate(value)) return value.toString();
  if (value !== null && typeof value === 'object') {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}

/** The execution's log: Logger.log and console.* lines, returned with the execution's result. */
export class ExecutionLogLines {
  readonly lines: string[] = [];
  readonly #echo: ((line: string) => void) | null;

  constructor(echo: ((line: string) => void) | null) {
    this.#echo = echo;
  }

  add(line: string): void {
    this.lines.push(line);
    this.#echo?.(line);
  }
}

/** Logger: log(format, values…) fills %s placeholders, as the platform does. */
export class LoggerLocal {
  readonly #log: ExecutionLogLines;
  #own: string[] = [];

  constructor(log: ExecutionLogLines) {
    this.#log = log;
  }

  log(data: unknown, ...values: unknown[]): this {
    let text = show(data);
    if (values.length > 0) {
      let i = 0;
      text = text.replace(/%s/g, () => (i < values.length ? show(values[i++]) : '%s'));
    }
    this.#own.push(text);
    this.#log.add(text);
    return this;
  }

  getLog(): string {
    return this.#own.map((l) => `${l}\n`).join('');
  }

  clear(): void {
    this.#own = [];
  }
}
localLabel(LoggerLocal, 'Logger');

export class ConsoleLocal {
  readonly #log: ExecutionLogLines;

  constructor(log: ExecutionLogLines) {
    this.#log = log;
  }

  #write(level: string, args: unknown[]): void {
    this.#log.add(`${level}${args.map(show).join(' ')}`);
  }

  log(...args: unknown[]): void {
    this.#write('', args);
  }

  info(...args: unknown[]): void {
    this.#write('', args);
  }

  debug(...args: unknown[]): void {
    this.#write('', args);
  }

  warn(...args: unknown[]): void {
    this.#write('WARNING: ', args);
  }

  error(...args: unknown[]): void {
    this.#write('ERROR: ', args);
  }

  time(_label?: string): void {}

  timeEnd(_label?: string): void {}
}
