import { readdirSync } from 'node:fs';

/** Files ippeveprinter kept (-k), named "<job id>-<job name>.<ext>", oldest job first. */
export function spooledFiles(spoolDir: string): string[] {
  return readdirSync(spoolDir)
    .filter((name) => /^\d+-/.test(name))
    .sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
}

/**
 * Whether a spooled file is the job named after `jobName`: ippeveprinter lower-cases the job name
 * and replaces every character other than letters, digits and «-» with «_» in the file name.
 */
export function isSpooledJob(file: string, jobName: string): boolean {
  return file.includes(`-${jobName.toLowerCase().replace(/[^a-z0-9-]/g, '_')}.`);
}
