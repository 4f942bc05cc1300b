import { Controller } from '../../../../bridge/core/controller';
import { EventBus } from '../../../../bridge/core/eventBus';
import type { Extension } from '../../../../bridge/core/extension';
import { memoryLogger } from './helpers/memoryLog';

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('the event bus', () => {
  it('logs a listener that throws with its owner and the event, and still runs the others', () => {
    const { logger, lines } = memoryLogger();
    const bus = new EventBus(logger);
    const heard: string[] = [];
    bus.on('modeChanged', 'first', () => void heard.push('first'));
    bus.on('modeChanged', 'broken', () => {
      throw new Error('boom');
    });
    bus.on('modeChanged', 'last', () => void heard.push('last'));
    expect(() => bus.emit('modeChanged', { mode: 'incoming' })).not.toThrow();
    expect(heard).toEqual(['first', 'last']);
    expect(lines).toEqual([expect.objectContaining({ level: 50, owner: 'broken', event: 'modeChanged', err: expect.objectContaining({ message: 'boom' }) })]);
  });

  it('logs a listener whose promise rejects', async () => {
    const { logger, lines } = memoryLogger();
    const bus = new EventBus(logger);
    bus.on('modeChanged', 'async-owner', async () => {
      throw new Error('later');
    });
    bus.emit('modeChanged', { mode: 'outgoing' });
    await settle();
    expect(lines).toEqual([expect.objectContaining({ owner: 'async-owner', event: 'modeChanged' })]);
  });

  it('removes a listener, and every listener of an owner', () => {
    const bus = new EventBus(memoryLogger().logger);
    const heard: string[] = [];
    const off = bus.on('modeChanged', 'a', () => void heard.push('a'));
    bus.on('modeChanged', 'b', () => void heard.push('b'));
    bus.on('outboxChanged', 'b', () => void heard.push('b2'));
    off();
    bus.removeOwner('b');
    bus.emit('modeChanged', { mode: 'outgoing' });
    bus.emit('outboxChanged', { pending: 0, rejected: 0 });
    expect(heard).toEqual([]);
    expect(bus.listenerCount('modeChanged')).toBe(0);
  });
});

describe('the controller', () => {
  function extension(name: string, log: string[], failStart = false): Extension {
    return {
      name,
      start: () => {
        if (failStart) throw new Error(`${name} cannot start`);
        log.push(`start ${name}`);
      },
      stop: () => {
        log.push(`stop ${name}`);
      },
    };
  }

  it('starts extensions in order and stops them in reverse', async () => {
    const log: string[] = [];
    const controller = new Controller([extension('a', log), extension('b', log)], new EventBus(memoryLogger().logger), memoryLogger().logger);
    await controller.start();
    await controller.stop();
    expect(log).toEqual(['start a', 'start b', 'stop b', 'stop a']);
  });

  it('logs an extension that fails to start, starts the rest, and does not stop the failed one', async () => {
    const log: string[] = [];
    const { logger, lines } = memoryLogger();
    const controller = new Controller([extension('a', log), extension('scanner', log, true), extension('c', log)], new EventBus(logger), logger);
    await controller.start();
    await controller.stop();
    expect(log).toEqual(['start a', 'start c', 'stop c', 'stop a']);
    expect(lines).toContainEqual(expect.objectContaining({ owner: 'scanner', msg: 'extension scanner failed to start' }));
  });
});
