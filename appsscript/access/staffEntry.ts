import { fail, type Result } from '../../shared/result';
import { appsLifecyclePorts } from '../audit/appsLifecyclePorts';
import type { LifecyclePorts } from '../audit/lifecyclePorts';
import { appsHmacSha256 } from '../bridgeApi/bridgeRoute';
import { CacheNonceStore } from '../bridgeApi/cacheNonceStore';
import { appsLog, appsProperties, appsScriptCache, appsScriptLock } from '../platform/apps/appsServices';
import { withLock } from '../platform/lockPort';
import { urlFetchPort } from '../platform/apps/appsHttp';
import { createBitrix24Rest } from '../bitrix24/bitrixRest';
import { CONFIG_KEYS } from '../config/configKeys';
import { readDealContacts } from '../review/dealContacts';
import { appsConformanceCheck } from '../review/conformance/appsConformance';
import { appsAppendixGeneration } from '../card/appsAppendixGeneration';
import { performStaffAction, type StaffOutcome, type StaffPorts } from './performStaffAction';
import { type AccessRepair, repairDocumentAccess as repairAccess } from './repairDocumentAccess';
import { readDocumentNumber } from '../approval/readSidebarInput';
import { requeuePrintJob as requeue } from '../printing/requeuePrintJob';
import { readStaffAction, type StaffAction } from './staffAction';
import { openStaffRequest, signStaffRequest } from './staffChannel';

/** Script Property holding the key the sidebar signs delegated actions with; made on first use. */
export const STAFF_SECRET_KEY = 'STAFF_SECRET';

/**
 * How long the web app waits for the script lock to check a request's nonce. A press may arrive
 * while generation holds that lock (another «Создать приложение», a robot): waiting for it
 * gives the press its real answer (for a second press of one card: what the first made) instead
 * of «занят». Well below the ~60 s a UrlFetchApp call waits for an answer (a limit Google's
 * quotas page does not list; https://justin.poehnelt.com/posts/definitive-guide-to-urlfetchapp).
 */
const NONCE_LOCK_MS = 30_000;

type Answer = Result<StaffOutcome, string>;

// Server functions the contract card calls (google.script.run). Each returns a tagged Result.

export function startClientReview(number: unknown): Answer {
  return requestStaffAction({ action: 'start_review', number });
}

export function sendForSigning(number: unknown): Answer {
  return requestStaffAction({ action: 'send_for_signing', number });
}

export function approveDocument(number: unknown, comment: unknown): Answer {
  return requestStaffAction({ action: 'approve', number, comment });
}

export function rejectDocument(number: unknown, comment: unknown): Answer {
  return requestStaffAction({ action: 'reject', number, comment });
}

export function annulDocument(number: unknown, reason: unknown, replace: unknown): Answer {
  return requestStaffAction({ action: 'annul', number, reason, replace });
}

/**
 * Administrator's repair (script editor or menu, run as the documents' owner): reconcile one
 * document's Drive sharing and lock to its current status, e.g. after someone shared it by hand.
 */
export function repairDocumentAccess(number: unknown): Result<AccessRepair, string> {
  return administratorAction('Access repair', number, repairAccess);
}

/** Administrator's action: offer a failed print job to the office bridge again. */
export function requeuePrintJob(number: unknown): Result<{ readonly message: string }, string> {
  return administratorAction('Print requeue', number, requeue);
}

/** An administrator's action on one document, in this execution (run as the owner): the number checked, never a throw. */
function administratorAction<T>(what: string, number: unknown, act: (ports: LifecyclePorts, number: string) => Result<T, string>): Result<T, string> {
  try {
    const read = readDocumentNumber(number);
    if (read.status === 'error') return read;
    const ports = appsLifecyclePorts();
    return ports.status === 'error' ? ports : act(ports.response, read.response);
  } catch (error) {
    appsLog.error(`${what} failed`, { error: String(error), stack: error instanceof Error ? error.stack : undefined });
    return fail('internal_error', 'Внутренняя ошибка Docflow; подробности в журнале выполнения.');
  }
}

/**
 * The sidebar side of every card action (the lifecycle buttons above, «Создать приложение» in
 * card/cardEntry.ts): reads the action, takes the actor from the session, and runs the action
 * with the owner's authority — through the web app when one is deployed (staffChannel.ts
 * explains why), in this execution otherwise (the administrator running the script from the editor).
 */
export function requestStaffAction(raw: unknown): Answer {
  try {
    const request = readStaffAction(raw);
    if (request.status === 'error') return request;
    const actor = Session.getActiveUser().getEmail().trim().toLowerCase();
    if (actor === '') {
      return fail('not_signed_in', 'Не удалось определить ваш аккаунт Google. Войдите в аккаунт организации и повторите.');
    }
    const url = ScriptApp.getService().getUrl();
    if (url === null || url === '') return runAsOwner(request.response, actor);
    const signed = signStaffRequest({ secret: staffSecret(), hmac: appsHmacSha256, now: () => Date.now(), newNonce: () => Utilities.getUuid() }, actor, request.response);
    return sendToWebApp(url, signed);
  } catch (error) {
    appsLog.error('Card action failed', { error: String(error), stack: error instanceof Error ? error.stack : undefined });
    return fail('internal_error', 'Внутренняя ошибка Docflow; подробности в журнале выполнения.');
  }
}

/** doPost route=staff: a delegated card action, verified, then run for its actor. */
export function staffRoute(body: string): Answer {
  try {
    const verifier = { secret: staffSecret(), hmac: appsHmacSha256, now: () => Date.now(), nonces: new CacheNonceStore(appsScriptCache(), () => Date.now(), 'docflow.staff.nonce.') };
    const opened = withLock(appsScriptLock(), NONCE_LOCK_MS, () => openStaffRequest(body, verifier));
    const request = opened.status === 'error' ? opened : opened.response;
    if (request.status === 'error') {
      appsLog.warn('Card action refused', { type: request.type, detail: request.detail });
      return request;
    }
    return runAsOwner(request.response.request, request.response.actor);
  } catch (error) {
    appsLog.error('Card action failed', { error: String(error), stack: error instanceof Error ? error.stack : undefined });
    return fail('internal_error', 'Внутренняя ошибка Docflow; подробности в журнале выполнения.');
  }
}

function runAsOwner(request: StaffAction, actor: string): Answer {
  const ports = staffPorts();
  if (ports.status === 'error') return ports;
  return performStaffAction(ports.response, request, actor);
}

function staffPorts(): Result<StaffPorts, 'not_configured'> {
  const lifecycle = appsLifecyclePorts();
  if (lifecycle.status === 'error') return lifecycle;
  const webhookUrl = (appsProperties().get(CONFIG_KEYS.webhookUrl) ?? '').trim();
  const rest = webhookUrl === '' ? null : createBitrix24Rest(webhookUrl, urlFetchPort);
  return {
    status: 'success',
    response: {
      lifecycle: lifecycle.response,
      dealContacts: (dealId) =>
        rest === null ? fail('bitrix_unavailable', 'Битрикс24 не настроен: адрес вебхука не задан. Администратору: Docflow → Настройка.') : readDealContacts(rest, dealId),
      conformance: appsConformanceCheck(appsLog),
      appendix: appsAppendixGeneration,
    },
  };
}

/** The signing key, made once (under the script lock, so two first uses agree on one key). */
function staffSecret(): string {
  const properties = appsProperties();
  const existing = properties.get(STAFF_SECRET_KEY);
  if (existing !== null && existing.length >= 32) return existing;
  const made = withLock(appsScriptLock(), 10_000, () => {
    const again = properties.get(STAFF_SECRET_KEY);
    if (again !== null && again.length >= 32) return again;
    const secret = `${Utilities.getUuid()}${Utilities.getUuid()}`.replace(/-/g, '');
    properties.set(STAFF_SECRET_KEY, secret);
    return secret;
  });
  if (made.status === 'error') throw new Error(made.detail);
  return made.response;
}

/**
 * POSTs the signed request to the web app. A fetch that throws (no answer within UrlFetchApp's
 * deadline, the web app unreachable) leaves it unknown whether the action ran: the person is
 * told to look at the refreshed card before pressing again.
 */
function sendToWebApp(url: string, signed: string): Answer {
  let response: GoogleAppsScript.URL_Fetch.HTTPResponse;
  try {
    response = UrlFetchApp.fetch(`${url}?route=staff`, { method: 'post', contentType: 'text/plain', payload: signed, muteHttpExceptions: true, followRedirects: true });
  } catch (error) {
    appsLog.error('Card action: no answer from the web app', { error: String(error) });
    return fail('no_answer', 'Docflow не дождался ответа веб-приложения. Обновите карточку: действие могло выполниться. Если не выполнилось, повторите; если ошибка повторится, сообщите администратору.');
  }
  return readAnswer(response.getResponseCode(), response.getContentText());
}

/** The web app's answer: a tagged Result as JSON, or an explanation when it is not one. */
function readAnswer(status: number, text: string): Answer {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && ((value as { status?: unknown }).status === 'success' || (value as { status?: unknown }).status === 'error')) {
      return value as Answer;
    }
  } catch {
    // Not JSON: fall through to the explanation.
  }
  appsLog.error('Card action: the web app answered something else', { status, text: text.slice(0, 500) });
  return fail('internal_error', `Веб-приложение Docflow ответило не так, как ожидалось (HTTP ${status}). Администратору: проверьте развёртывание веб-приложения.`);
}
