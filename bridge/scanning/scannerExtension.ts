import type { Result } from '../../shared/result';
import type { ScannerConfig } from '../config/bridgeConfig';
import type { EventBus } from '../core/eventBus';
import type { Extension } from '../core/extension';
import type { Logger } from '../core/logger';
import { type HidBackend, Scanner, type ScannerSelector } from '../devices/scanners';

export interface ScannerExtensionDeps {
  readonly config: ScannerConfig;
  /** node-hid, loaded on demand (loadNodeHidBackend); a fake in tests. */
  readonly loadBackend: () => Promise<Result<HidBackend>>;
  readonly bus: EventBus;
  readonly logger: Logger;
}

/**
 * The USB scanner (device layer's Scanner: HID-POS or a keyboard-emulating scanner through
 * hidraw, with reconnection after unplugging) on the bus: every code becomes `scanReceived`,
 * every state change `scannerChanged`. With `devices.scanner.type = none` the kiosk page's
 * keyboard-wedge detector is the only scanner, and this extension only says so.
 */
export class ScannerExtension implements Extension {
  readonly name = 'scanner';
  private scanner: Scanner | undefined;

  constructor(private readonly deps: ScannerExtensionDeps) {}

  async start(): Promise<void> {
    const selector = selectorOf(this.deps.config);
    if (selector === undefined) {
      this.deps.bus.emit('scannerChanged', { state: 'not_configured', detail: 'в режиме клавиатуры (через эту страницу)' });
      return;
    }
    const backend = await this.deps.loadBackend();
    if (backend.status === 'error') {
      this.deps.logger.error({ detail: backend.detail }, 'scanner driver unavailable');
      this.deps.bus.emit('scannerChanged', { state: 'error', detail: backend.detail });
      return;
    }
    const scanner = new Scanner({
      selector,
      backend: backend.response,
      logListenerFailure: ({ owner, event, error }) => this.deps.logger.error({ owner, event, err: error }, 'scanner listener failed'),
    });
    scanner.on('scan', (scan) => this.deps.bus.emit('scanReceived', { code: scan.code, source: scan.source }));
    scanner.on('error', (failure) => {
      this.deps.logger.warn({ type: failure.type, detail: failure.detail }, 'scanner problem');
      // Device problems change what the kiosk shows; a dropped code is only logged (the operator rescans).
      if (failure.type.startsWith('scanner_')) this.deps.bus.emit('scannerChanged', { state: 'error', detail: failure.detail });
    });
    scanner.on('state', ({ state, device }) => {
      const name = device?.product ?? device?.path ?? '';
      this.deps.bus.emit(
        'scannerChanged',
        state === 'connected'
          ? { state: 'connected', detail: name === '' ? 'подключён' : `подключён (${name})` }
          : { state: 'searching', detail: 'ищем сканер…' },
      );
    });
    this.scanner = scanner;
    scanner.start();
  }

  stop(): void {
    this.scanner?.stop();
    this.scanner = undefined;
  }
}

function selectorOf(config: ScannerConfig): ScannerSelector | undefined {
  const protocol = (kind: 'hid-pos' | 'keyboard') => (kind === 'hid-pos' ? 'hid-pos' : 'hidraw-keyboard') as ScannerSelector['protocol'];
  switch (config.type) {
    case 'none':
      return undefined;
    case 'hid':
      return { protocol: protocol(config.protocol), vendorId: config.vendorId, productId: config.productId };
    case 'hidraw':
      return { protocol: protocol(config.protocol), path: config.path };
  }
}
