import { escapeHtml } from './escapeHtml';

/** The pairing page: one field for the code. Plain HTML, no script; styled by the public /kiosk.css. */
export function pairPage(error: string | null): string {
  return `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Подключение киоска — Docflow</title>
<link rel="stylesheet" href="/kiosk.css">
</head>
<body class="pair">
<main>
<h1>Подключение киоска</h1>
<p>Этот компьютер ещё не подключён к мосту Docflow. Введите код подключения: мост показал его один раз при первом запуске (см. журнал службы), или администратор задал его в настройках.</p>
${error === null ? '' : `<p class="error">${escapeHtml(error)}</p>`}
<form method="get" action="/pair">
<label for="token">Код подключения</label>
<input id="token" name="token" autocomplete="off" autofocus required>
<button type="submit">Подключить</button>
</form>
</main>
</body>
</html>
`;
}
