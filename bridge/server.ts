import type { BridgeConfig } from './config/bridgeConfig';
import { type BridgeRuntime, type BridgeRuntimeOptions, createBridge } from './runtime/createBridge';

export interface RunningBridge {
  /** http://host:port of the kiosk and the API. */
  readonly url: string;
  readonly runtime: BridgeRuntime;
  /** Stops accepting requests, stops the extensions, waits for labels on their way, closes the database. */
  close(): Promise<void>;
}

/**
 * Boots the bridge: builds it, starts its extensions, listens on the configured interface.
 * A pairing token generated at this start is handed to `showPairingToken` (main.ts prints it
 * once). Nothing else happens here: the app is in http/buildApp.ts, the wiring in
 * runtime/createBridge.ts.
 */
export async function startBridge(
  config: BridgeConfig,
  options: BridgeRuntimeOptions & { readonly showPairingToken?: (token: string, url: string) => void },
): Promise<RunningBridge> {
  const runtime = await createBridge(config, options);
  try {
    await runtime.start();
    await runtime.app.listen({ host: config.bind.host, port: config.bind.port });
  } catch (error) {
    await runtime.close();
    throw error;
  }
  const url = `http://${urlHost(config.bind.host)}:${boundPort(runtime, config.bind.port)}`;
  if (runtime.newPairingToken !== null) options.showPairingToken?.(runtime.newPairingToken, url);
  options.logger.info({ url, bridgeId: config.bridgeId, desk: config.desk }, 'bridge listening');
  return { url, runtime, close: () => runtime.close() };
}

function urlHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

/** The port actually bound (port 0 in the settings lets the OS choose, for tests and the local stack). */
function boundPort(runtime: BridgeRuntime, configured: number): number {
  const address = runtime.app.server.address();
  return typeof address === 'object' && address !== null ? address.port : configured;
}
