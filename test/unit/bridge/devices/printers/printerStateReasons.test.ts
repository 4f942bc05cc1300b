import { describeStateReasons, printerStatusFrom } from '../../../../../bridge/devices/printers';

describe('printer-state-reasons', () => {
  it.each([
    ['media-empty-error', 'media-empty', 'error', true, 'нет бумаги'],
    ['media-empty', 'media-empty', 'error', true, 'нет бумаги'],
    ['media-low-warning', 'media-low', 'warning', false, 'бумага заканчивается'],
    ['media-jam-error', 'media-jam', 'error', true, 'замялась бумага'],
    ['offline-report', 'offline', 'report', true, 'принтер не в сети'],
    ['paused', 'paused', 'error', true, 'печать приостановлена'],
    ['cover-open-error', 'cover-open', 'error', true, 'открыта крышка'],
    ['toner-low-report', 'toner-low', 'report', false, 'тонер заканчивается'],
    ['vendor-specific-thing-warning', 'vendor-specific-thing', 'warning', false, 'vendor-specific-thing'],
  ])('%s is %s, %s, blocking=%s', (reason, keyword, severity, blocking, text) => {
    expect(describeStateReasons([reason])).toEqual([{ keyword, severity, blocking, text }]);
  });

  it('drops "none"', () => {
    expect(describeStateReasons(['none'])).toEqual([]);
  });
});

describe('printer status', () => {
  it('is ready when idle, accepting jobs and without blocking reasons', () => {
    const status = printerStatusFrom({ 'printer-state': 'idle', 'printer-state-reasons': 'none', 'printer-is-accepting-jobs': true });
    expect(status).toMatchObject({ state: 'idle', ready: true, problems: [] });
  });

  it('is not ready when stopped, even with no reason given', () => {
    expect(printerStatusFrom({ 'printer-state': 'stopped' }).ready).toBe(false);
  });

  it('is not ready when it does not accept jobs', () => {
    expect(printerStatusFrom({ 'printer-state': 'idle', 'printer-is-accepting-jobs': false }).ready).toBe(false);
  });

  it('reads printer-state given as the enum number', () => {
    expect(printerStatusFrom({ 'printer-state': 5 }).state).toBe('stopped');
    expect(printerStatusFrom({ 'printer-state': 4 }).state).toBe('processing');
  });

  it('stays ready with a warning only', () => {
    expect(printerStatusFrom({ 'printer-state': 'processing', 'printer-state-reasons': ['media-low-warning'] }).ready).toBe(true);
  });
});
