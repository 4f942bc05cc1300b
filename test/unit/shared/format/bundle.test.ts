// The formatters run inside Apps Script: prove that shared/format (with petrovich) bundles the
// way scripts/build.ts bundles the add-on (esbuild, platform 'neutral', ES2020) and works in a
// bare V8 context with no Node, DOM or Google globals.
import { build } from 'esbuild';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';

const entry = join(__dirname, '..', '..', '..', '..', 'shared', 'format', 'index.ts');

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: 'format',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2020',
    charset: 'utf8',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

describe('shared/format bundle', () => {
  let code = '';
  beforeAll(async () => {
    code = await bundle();
  });

  it('runs in a bare context and declines a name with petrovich inside', () => {
    const context = createContext({});
    runInContext(`${code}\nthis.format = format;`, context);
    const api = (context as { format: Record<string, (...args: unknown[]) => unknown> }).format;
    const clause = api.signatoryClause?.({ position: 'генеральный директор', name: 'Петров Иван Сергеевич', basis: { kind: 'charter' } });
    expect(clause).toMatchObject({
      status: 'success',
      response: { text: 'в лице генерального директора Петрова Ивана Сергеевича, действующего на основании Устава' },
    });
    expect(api.amountInWords?.('21000', 'RUB')).toEqual({ status: 'success', response: 'двадцать одна тысяча рублей 00 копеек' });
  });

  it('uses no Intl and carries no n2words', () => {
    expect(code).not.toMatch(/\bIntl\b/);
    expect(code).not.toContain('n2words');
    expect(code).not.toContain('квадриллион');
  });

  it('stays small (petrovich and its rules included)', () => {
    expect(Buffer.byteLength(code)).toBeLessThan(60 * 1024);
  });
});
