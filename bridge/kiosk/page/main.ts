import { postJson } from './api';
import { byId } from './dom';
import { connectFeed } from './feed';
import { listenForWedgeScans } from './keyboard';
import type { PageScan } from './pageTypes';
import { renderLastScan, renderSnapshot } from './render';
import { playSound } from './sounds';

/*
 * The kiosk page. Everything it shows comes from the bridge's WebSocket feed (the full state on
 * connect and after every change, and each scan as it is decided); the page only sends scans
 * typed by a keyboard-wedge scanner or by hand, the mode switch and «Закрыть конверт».
 */
function boot(): void {
  connectFeed({
    onMessage: (message) => {
      if (message.type === 'state') renderSnapshot(message.state);
      else announce(message.outcome);
    },
    onStatus: (connected) => {
      const badge = byId('badge-feed');
      badge.textContent = connected ? 'Экран: на связи с мостом' : 'Экран: нет связи с мостом';
      badge.className = `badge ${connected ? 'ok' : 'bad'}`;
    },
    onUnauthorized: () => location.assign('/pair'),
  });

  const manualInput = byId<HTMLInputElement>('manual-code');
  listenForWedgeScans(
    (code) => void sendScan(code, 'wedge'),
    (target) => target === manualInput,
  );
  byId<HTMLFormElement>('manual-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const code = manualInput.value.trim();
    if (code === '') return;
    manualInput.value = '';
    void sendScan(code, 'manual');
  });

  for (const mode of ['outgoing', 'incoming'] as const) {
    const button = byId<HTMLButtonElement>(`mode-${mode}`);
    button.addEventListener('click', () => {
      button.blur();
      void postJson('/api/mode', { mode });
    });
  }
  const close = byId<HTMLButtonElement>('close-envelope');
  close.addEventListener('click', () => {
    close.blur();
    void postJson('/api/envelope/close', {});
  });
}

/** The feed announces every scan; the sound plays for it whichever way the scan came in. */
function announce(outcome: PageScan): void {
  renderLastScan(outcome);
  playSound(outcome.sound);
}

async function sendScan(code: string, source: 'wedge' | 'manual'): Promise<void> {
  try {
    const { status } = await postJson('/api/scan', { code, source });
    if (status === 401) location.assign('/pair');
  } catch {
    playSound('error');
    byId('last-scan').textContent = 'Мост не отвечает: скан не отправлен. Проверьте, что служба моста запущена, и отсканируйте ещё раз.';
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
