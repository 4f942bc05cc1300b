// `npm start`: runs the local stack (see scripts/localStack/startLocalStack.ts) until Ctrl-C.
import { startLocalStack } from './localStack/startLocalStack';
import { parseStackOptions } from './localStack/stackOptions';

async function main(): Promise<void> {
  const options = parseStackOptions(process.argv.slice(2));
  if ('error' in options) {
    console.error(options.error);
    process.exit(2);
  }
  console.log('Docflow: starting the local stack…');
  const stack = await startLocalStack(options, (line) => console.log(`  ${line}`));
  const { urls } = stack;
  console.log(`
Docflow local stack is up:
  landing page       ${urls.landing}
  web app            ${urls.webapp}
  Workspace emulator ${urls.workspace}/_workspace/files
  Bitrix24 emulator  ${urls.bitrix24}/_emulator/state
  Bitrix24 webhook   ${urls.webhook}
  mail-desk kiosk    ${urls.kiosk}
  printed labels     ${urls.labels}
Data: ${options.dataDir}. Press Ctrl-C to stop.`);
  if (options.json) console.log(JSON.stringify(urls));

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    stack.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`Docflow could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
