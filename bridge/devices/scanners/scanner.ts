import { fail, type Failure } from '../../../shared/result';
import { TypedListeners, type ListenerFailureLog } from '../events/typedListeners';
import { createBootKeyboardDecoder, type BootKeyboardDecoderOptions } from './bootKeyboardDecoder';
import type { HidBackend, HidConnection, HidDeviceInfo } from './hidBackend';
import { createHidPosDecoder, type HidPosDecoderOptions } from './hidPosDecoder';
import { nextReconnectDelay, type ReconnectOptions, resolveReconnectOptions } from './reconnectDelay';
import type { ScanDecoder } from './scanDecoder';
import type { ScanEvent } from './scanEvent';
import type { ScannerError } from './scannerErrors';
import { checkScannerSelector, findScannerDevice, type ScannerSelector } from './scannerSelector';

export type ScannerState = 'stopped' | 'searching' | 'connected';

export type ScannerEvents = {
  /** A complete code. */
  readonly scan: ScanEvent;
  /** A dropped code or a device problem; the scanner keeps going (or keeps searching). */
  readonly error: Failure<ScannerError>;
  /** Connected to `device`, or searching again after an unplug. */
  readonly state: { readonly state: ScannerState; readonly device?: HidDeviceInfo };
};

export interface ScannerOptions {
  readonly selector: ScannerSelector;
  readonly backend: HidBackend;
  readonly decoder?: HidPosDecoderOptions & BootKeyboardDecoderOptions;
  readonly reconnect?: ReconnectOptions;
  /** Milliseconds clock that dates scans; default Date.now. */
  readonly now?: () => number;
  readonly logListenerFailure?: ListenerFailureLog;
}

/**
 * A USB scanner read through node-hid: finds the configured device, opens it, decodes its
 * reports into 'scan' events, and after an unplug (node-hid emits 'error') polls the device
 * list with growing pauses until it is back. The constructor only stores its dependencies;
 * `start()` and `stop()` do the work.
 */
export class Scanner {
  private readonly events: TypedListeners<ScannerEvents>;
  private readonly decoder: ScanDecoder;
  private readonly now: () => number;
  private readonly reconnect: Required<ReconnectOptions>;
  private currentState: ScannerState = 'stopped';
  private connection: HidConnection | undefined;
  private timer: NodeJS.Timeout | undefined;
  private delayMs = 0;
  private missingReported = false;

  constructor(private readonly options: ScannerOptions) {
    this.events = new TypedListeners<ScannerEvents>('scanner', options.logListenerFailure);
    this.decoder =
      options.selector.protocol === 'hid-pos'
        ? createHidPosDecoder(options.decoder)
        : createBootKeyboardDecoder(options.decoder);
    this.now = options.now ?? Date.now;
    this.reconnect = resolveReconnectOptions(options.reconnect);
  }

  get state(): ScannerState {
    return this.currentState;
  }

  on<E extends keyof ScannerEvents>(event: E, listener: (payload: ScannerEvents[E]) => void): () => void {
    return this.events.on(event, listener);
  }

  /** Starts searching for the device. A selector that cannot work is reported once and nothing starts. */
  start(): void {
    if (this.currentState !== 'stopped') return;
    const checked = checkScannerSelector(this.options.selector);
    if (checked.status === 'error') {
      this.events.emit('error', checked);
      return;
    }
    this.delayMs = 0;
    this.missingReported = false;
    this.setState('searching');
    this.attempt();
  }

  /** Closes the device and stops polling; no event is emitted after it returns. */
  stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.closeConnection();
    this.decoder.reset();
    this.currentState = 'stopped';
  }

  private attempt(): void {
    this.timer = undefined;
    if (this.currentState !== 'searching') return;
    let devices: readonly HidDeviceInfo[];
    try {
      devices = this.options.backend.devices();
    } catch (error) {
      this.retryLater(fail('scanner_open_failed', `Не удалось получить список USB-устройств: ${describe(error)}.`));
      return;
    }
    const device = findScannerDevice(devices, this.options.selector);
    if (device?.path === undefined) {
      // Said once per search, not on every poll: the kiosk shows the state, the log stays readable.
      const report = this.missingReported ? undefined : fail('scanner_not_found', 'Сканер не подключён: подключите его к USB.');
      this.missingReported = true;
      this.retryLater(report);
      return;
    }
    const opened = this.options.backend.open(device.path);
    if (opened.status === 'error') {
      this.retryLater(opened);
      return;
    }
    this.attach(opened.response, device);
  }

  private attach(connection: HidConnection, device: HidDeviceInfo): void {
    this.connection = connection;
    this.decoder.reset();
    this.delayMs = 0;
    this.missingReported = false;
    connection.on('data', (report) => this.onReport(connection, report));
    connection.on('error', (error) => this.onDeviceError(connection, error));
    this.setState('connected', device);
  }

  private onReport(connection: HidConnection, report: Uint8Array): void {
    if (connection !== this.connection) return;
    for (const output of this.decoder.push(report, this.now())) {
      if (output.status === 'success') this.events.emit('scan', output.response);
      else this.events.emit('error', output);
    }
  }

  private onDeviceError(connection: HidConnection, error: unknown): void {
    if (connection !== this.connection) return;
    this.closeConnection();
    this.decoder.reset();
    this.setState('searching');
    this.retryLater(fail('scanner_disconnected', `Сканер отключился (${describe(error)}): ждём, когда его подключат снова.`));
  }

  private retryLater(failure: Failure<ScannerError> | undefined): void {
    if (failure !== undefined) this.events.emit('error', failure);
    if (this.currentState !== 'searching') return;
    this.delayMs = nextReconnectDelay(this.delayMs, this.reconnect);
    this.timer = setTimeout(() => this.attempt(), this.delayMs);
    // Polling for a scanner must not keep the process alive on shutdown.
    this.timer.unref();
  }

  private closeConnection(): void {
    const connection = this.connection;
    this.connection = undefined;
    if (connection === undefined) return;
    try {
      connection.close();
    } catch {
      // Closing an unplugged device may fail; there is nothing left to release.
    }
  }

  private setState(state: ScannerState, device?: HidDeviceInfo): void {
    this.currentState = state;
    this.events.emit('state', device === undefined ? { state } : { state, device });
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
