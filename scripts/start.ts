// `npm start`: the local stack. For now it builds the Apps Script bundle; the emulators, the
// bridge and the simulated devices are added here as they land.
import { buildAppsScript } from './build';

buildAppsScript().then(
  ({ codePath, bytes }) => {
    console.log(`Apps Script bundle: ${codePath} (${(bytes / 1024).toFixed(1)} KiB)`);
    console.log('The local stack (emulators, bridge, devices) is not assembled yet.');
  },
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
