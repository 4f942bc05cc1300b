import { byId, element, replaceChildren, timeOf } from './dom';
import type { PagePrinter, PageScan, PageSnapshot } from './pageTypes';

const LINK_TEXT: Record<PageSnapshot['link']['state'], string> = { online: 'Google: связь есть', offline: 'Google: нет связи', unknown: 'Google: проверяется' };
const DELIVERY_TEXT: Record<PageScan['delivery'], string> = {
  pending: 'ждёт Google',
  accepted: 'принят Google',
  rejected: 'отклонён Google',
  local: 'не записан',
};

export function renderSnapshot(state: PageSnapshot): void {
  byId('desk').textContent = state.desk;
  for (const mode of ['outgoing', 'incoming'] as const) {
    byId(`mode-${mode}`).classList.toggle('active', state.mode === mode);
  }
  badge('badge-link', LINK_TEXT[state.link.state], state.link.state === 'online' ? 'ok' : state.link.state === 'offline' ? 'bad' : '', state.link.detail);
  badge(
    'badge-outbox',
    state.outbox.pending === 0 ? 'Очередь пуста' : `В очереди: ${state.outbox.pending}`,
    state.outbox.pending === 0 ? 'ok' : 'warn',
    'Сканы, которые ещё не подтвердил Google',
  );
  printerBadge('badge-label', 'Наклейки', state.printers.label);
  printerBadge('badge-duplex', 'Принтер', state.printers.duplex);
  badge('badge-scanner', `Сканер: ${state.scanner.detail}`, state.scanner.state === 'connected' ? 'ok' : state.scanner.state === 'error' ? 'bad' : '', state.scanner.detail);
  renderEnvelope(state);
  renderRecent(state.scans);
  renderRejected(state);
  renderJobs(state);
  const latest = state.scans[0];
  if (latest !== undefined) renderLastScan(latest);
}

export function renderLastScan(scan: PageScan): void {
  const section = byId('last-scan');
  section.classList.toggle('ok', scan.ok);
  section.classList.toggle('bad', !scan.ok);
  const children: Node[] = [element('p', `verdict ${scan.ok ? 'ok' : 'bad'}`, scan.message), element('p', 'detail', scan.detail)];
  if (scan.document !== null) {
    children.push(element('div', 'doc', scan.document.title));
    children.push(element('div', 'addressee', [scan.document.clientName, ...scan.document.addressLines].join('\n')));
  }
  if (scan.deal !== null) {
    const text = scan.deal.complete
      ? `Сделка ${scan.deal.dealId}: все подписанные документы вернулись.`
      : scan.deal.awaiting.length > 0
        ? `Сделка ${scan.deal.dealId}: ещё ждём ${scan.deal.awaiting.join(', ')}.`
        : `Сделка ${scan.deal.dealId}: возврат зарегистрирован.`;
    children.push(element('div', `deal${scan.deal.complete ? ' complete' : ''}`, text));
  } else if (scan.mode === 'incoming' && scan.ok) {
    children.push(element('div', 'deal', scan.delivery === 'pending' ? 'Ждём подтверждения Google…' : `Скан ${DELIVERY_TEXT[scan.delivery]}.`));
  }
  if (scan.label !== null && scan.label.labelId !== null) {
    const image = element('img', 'label-preview');
    image.src = `/api/labels/${encodeURIComponent(scan.label.labelId)}.png`;
    image.alt = 'Наклейка, отправленная на принтер';
    children.push(image);
  }
  if (scan.label !== null) children.push(element('p', 'small', scan.label.detail));
  replaceChildren(section, children);
}

function renderEnvelope(state: PageSnapshot): void {
  const section = byId('envelope');
  const envelope = state.envelope;
  section.hidden = envelope === null;
  if (envelope === null) return;
  // The number printed on this envelope's form 107 and written into the Correspondence register.
  byId('envelope-number').textContent = `№ ${envelope.id}`;
  byId('envelope-addressee').textContent = [envelope.clientName, ...envelope.addressLines].join('\n');
  replaceChildren(
    byId('envelope-documents'),
    envelope.documents.map((document) => element('li', undefined, document.title)),
  );
}

function renderRecent(scans: readonly PageScan[]): void {
  replaceChildren(
    byId('recent'),
    scans.map((scan) => {
      const item = element('li', scan.ok ? 'ok' : 'bad', `${timeOf(scan.at)} · ${scan.message}${scan.document === null ? '' : ` · ${scan.document.title}`}`);
      item.appendChild(element('span', 'state', DELIVERY_TEXT[scan.delivery]));
      return item;
    }),
  );
}

function renderRejected(state: PageSnapshot): void {
  const rows = state.outbox.recentRejected;
  byId('problems').hidden = rows.length === 0;
  replaceChildren(
    byId('rejected'),
    rows.map((row) => element('li', undefined, `${timeOf(row.scannedAt)} · ${row.documentNumber ?? row.eventKey}: ${row.detail}`)),
  );
}

function renderJobs(state: PageSnapshot): void {
  byId('jobs').hidden = state.printJobs.length === 0;
  replaceChildren(
    byId('print-jobs'),
    state.printJobs.map((job) => element('li', undefined, job.detail)),
  );
}

function printerBadge(id: string, name: string, printer: PagePrinter): void {
  const tone = printer.state === 'ready' ? 'ok' : printer.state === 'not_configured' || printer.state === 'unknown' ? '' : printer.state === 'busy' ? 'warn' : 'bad';
  badge(id, `${name}: ${printer.detail}`, tone, printer.detail);
}

function badge(id: string, text: string, tone: string, title: string): void {
  const node = byId(id);
  node.textContent = text;
  node.title = title;
  node.className = `badge${tone === '' ? '' : ` ${tone}`}`;
}
