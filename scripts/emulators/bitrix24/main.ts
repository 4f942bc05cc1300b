// The Bitrix24 emulator as its own process:
//   tsx scripts/emulators/bitrix24/main.ts --port 0 --seed scripts/seed/demo.json
// prints one JSON line {"baseUrl", "webhookUrl", "applicationToken", "startedFrom"} once it listens,
// and stops cleanly on SIGINT/SIGTERM (or when stdin closes, with --stdin-lifeline), writing its
// --state file last.
import { readCliOptions } from './cli/cliOptions';
import { startBitrix24Emulator } from './server';

async function main(): Promise<void> {
  const cli = readCliOptions(process.argv.slice(2));
  if (cli.status === 'error') {
    process.stderr.write(`${cli.detail}\n`);
    process.exit(2);
  }
  const emulator = await startBitrix24Emulator(cli.response.options);
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    emulator.close().then(
      () => process.exit(0),
      (err: unknown) => {
        process.stderr.write(`${(err as Error).message}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  if (cli.response.stdinLifeline) {
    process.stdin.on('end', stop);
    process.stdin.on('close', stop);
    process.stdin.resume();
  }
  process.stdout.write(
    `${JSON.stringify({
      baseUrl: emulator.baseUrl,
      webhookUrl: emulator.webhookUrl,
      applicationToken: emulator.applicationToken,
      startedFrom: emulator.startedFrom,
    })}\n`,
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});
