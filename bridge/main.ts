// First, before anything imports shared/barcode: see runtime/esmOnlyAliases.ts.
import './runtime/esmOnlyAliases';
import { loadConfig } from './config/loadConfig';
import { createLogger } from './core/logger';
import { startBridge } from './server';

/**
 * The bridge's command line: `tsx bridge/main.ts --config /etc/docflow-bridge/config.json`.
 * Exit codes: 0 after a clean stop (SIGTERM, SIGINT), 64 for a wrong command line, 78 for bad
 * settings (EX_CONFIG: systemd does not restart it, see docflow-bridge.service), 1 otherwise.
 */
/** A stop that has not finished by then (a printer that never answers) ends with exit code 1. */
const STOP_LIMIT_MS = 20_000;

const USAGE = 'Использование: tsx bridge/main.ts --config <файл настроек JSON>';

async function main(argv: readonly string[]): Promise<void> {
  const configPath = argumentValue(argv, '--config');
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\nОписание настроек: docs/bridge.md\n`);
    return;
  }
  if (configPath === undefined) {
    process.stderr.write(`${USAGE}\n`);
    process.exitCode = 64;
    return;
  }
  const config = loadConfig(configPath);
  if (config.status === 'error') {
    process.stderr.write(`${config.detail}\n`);
    process.exitCode = 78;
    return;
  }

  const logger = createLogger();
  const bridge = await startBridge(config.response, {
    logger,
    showPairingToken: (token, url) => process.stderr.write(pairingBanner(token, url)),
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    // The same stop may be asked twice (systemd signals the whole cgroup, and a wrapper such as
    // tsx forwards the signal too): one graceful stop runs, bounded by a hard limit.
    if (stopping) {
      logger.info({ signal }, 'already stopping');
      return;
    }
    stopping = true;
    logger.info({ signal }, 'stopping');
    setTimeout(() => {
      logger.error('graceful stop took too long: exiting');
      process.exit(1);
    }, STOP_LIMIT_MS).unref();
    bridge.close().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'stop failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

function argumentValue(argv: readonly string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  if (index >= 0) return argv[index + 1];
  const inline = argv.find((argument) => argument.startsWith(`${name}=`));
  return inline?.slice(name.length + 1);
}

/** Shown once, at the first start without a pairing token in the settings. */
function pairingBanner(token: string, url: string): string {
  const line = '='.repeat(72);
  return [
    line,
    'Код подключения киоска (показывается один раз — сохраните его):',
    `    ${token}`,
    'Откройте на компьютере почтовой стойки:',
    `    ${url}/pair?token=${token}`,
    'Новый код: остановите мост, удалите pairing.json в папке данных и запустите снова.',
    line,
    '',
  ].join('\n');
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`Мост не запустился: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
