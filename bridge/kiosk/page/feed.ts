import type { PageFeedMessage } from './pageTypes';

/**
 * The bridge's event feed with automatic reconnection (1 s, doubling to 15 s). The bridge pings;
 * the browser answers pongs by itself. A 401 on the handshake shows up as a close before open:
 * then the page goes to the pairing screen.
 */
export function connectFeed(handlers: {
  readonly onMessage: (message: PageFeedMessage) => void;
  readonly onStatus: (connected: boolean) => void;
  readonly onUnauthorized: () => void;
}): void {
  let delay = 1000;
  const open = (): void => {
    const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const socket = new WebSocket(`${protocol}//${location.host}/api/events`);
    let opened = false;
    socket.addEventListener('open', () => {
      opened = true;
      delay = 1000;
      handlers.onStatus(true);
    });
    socket.addEventListener('message', (event) => {
      try {
        handlers.onMessage(JSON.parse(String(event.data)) as PageFeedMessage);
      } catch {
        // Not ours; ignore.
      }
    });
    socket.addEventListener('close', () => {
      handlers.onStatus(false);
      if (!opened) void checkPairing(handlers.onUnauthorized);
      setTimeout(open, delay);
      delay = Math.min(delay * 2, 15000);
    });
  };
  open();
}

/** A handshake refused before opening may mean the pairing is gone; the state endpoint says for sure. */
async function checkPairing(onUnauthorized: () => void): Promise<void> {
  try {
    const response = await fetch('/api/state', { credentials: 'same-origin' });
    if (response.status === 401) onUnauthorized();
  } catch {
    // The bridge is down; reconnection keeps trying.
  }
}
