import { readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';
import { buildAppsScript } from '../../../scripts/build';

describe('the Apps Script bundle', () => {
  let code: string;
  let entryPoints: string[];

  beforeAll(async () => {
    const built = await buildAppsScript();
    code = readFileSync(built.codePath, 'utf8');
    entryPoints = built.entryPoints;
  });

  it('declares doGet, doPost and onOpen as top-level functions Apps Script can see', () => {
    for (const name of ['doGet', 'doPost', 'onOpen']) {
      expect(entryPoints).toContain(name);
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    }
  });

  it('loads in a bare node:vm context without throwing', () => {
    const context = createContext({});
    expect(() => runInContext(code, context)).not.toThrow();
    expect(typeof (context as Record<string, unknown>)['doGet']).toBe('function');
  });

  it('ships the manifest beside the code', () => {
    const manifest = JSON.parse(readFileSync(require.resolve('../../../dist/appsscript/appsscript.json'), 'utf8')) as {
      runtimeVersion: string;
    };
    expect(manifest.runtimeVersion).toBe('V8');
  });
});
