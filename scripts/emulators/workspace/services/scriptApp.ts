import { exception, MESSAGES } from '../core/errors';
import type { ExecutionScope } from '../runtime/host/scope';
import { labelClass } from '../runtime/label';
import { TRIGGERS_PER_USER, type Schedule, type TriggerRecord } from '../stores/triggers';

// ScriptApp enums. https://developers.google.com/apps-script/reference/script/script-app
const EVENT_TYPE = Object.freeze({ CLOCK: 'CLOCK', ON_OPEN: 'ON_OPEN', ON_EDIT: 'ON_EDIT', ON_FORM_SUBMIT: 'ON_FORM_SUBMIT', ON_CHANGE: 'ON_CHANGE', ON_EVENT_UPDATED: 'ON_EVENT_UPDATED' });
const TRIGGER_SOURCE = Object.freeze({ SPREADSHEETS: 'SPREADSHEETS', CLOCK: 'CLOCK', FORMS: 'FORMS', DOCUMENTS: 'DOCUMENTS', CALENDAR: 'CALENDAR' });
const AUTH_MODE = Object.freeze({ NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' });
const AUTHORIZATION_STATUS = Object.freeze({ REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' });
const WEEK_DAY = Object.freeze({ MONDAY: 'MONDAY', TUESDAY: 'TUESDAY', WEDNESDAY: 'WEDNESDAY', THURSDAY: 'THURSDAY', FRIDAY: 'FRIDAY', SATURDAY: 'SATURDAY', SUNDAY: 'SUNDAY' });
const WEEK_DAY_NUMBER: Record<string, number> = { MONDAY: 1, TUESDAY: 2, WEDNESDAY: 3, THURSDAY: 4, FRIDAY: 5, SATURDAY: 6, SUNDAY: 7 };

export class TriggerHandle {
  readonly #record: TriggerRecord;

  constructor(record: TriggerRecord) {
    this.#record = record;
  }

  getUniqueId(): string {
    return this.#record.uid;
  }

  getHandlerFunction(): string {
    return this.#record.handlerFunction;
  }

  getEventType(): string {
    return this.#record.eventType;
  }

  getTriggerSource(): string {
    return this.#record.source;
  }

  getTriggerSourceId(): string | null {
    return this.#record.sourceId;
  }
}
labelClass(TriggerHandle, 'ScriptApp', 'Trigger');

function addTrigger(scope: ExecutionScope, record: Omit<TriggerRecord, 'uid' | 'nextRunAt' | 'owner'>): TriggerHandle {
  const owner = scope.identity.effectiveUser;
  const mine = scope.workspace.triggers.all().filter((t) => t.owner.toLowerCase() === owner.toLowerCase());
  if (mine.length >= TRIGGERS_PER_USER) throw exception(MESSAGES.tooManyTriggers);
  return new TriggerHandle(scope.workspace.triggers.add({ ...record, owner }, scope.workspace.now().getTime()));
}

/** ClockTriggerBuilder: the schedule is stored; POST /_workspace/triggers/run fires due triggers. */
export class ClockTriggerBuilderHandle {
  readonly #scope: ExecutionScope;
  readonly #handler: string;
  readonly #schedule: Schedule;

  constructor(scope: ExecutionScope, handler: string) {
    this.#scope = scope;
    this.#handler = handler;
    this.#schedule = { kind: 'hours', every: 1, timeZone: scope.workspace.timeZone };
  }

  everyMinutes(n: number): this {
    if (![1, 5, 10, 15, 30].includes(Number(n))) throw exception('Invalid argument: minutes. Allowed values: 1, 5, 10, 15 or 30.');
    Object.assign(this.#schedule, { kind: 'minutes', every: Number(n) });
    return this;
  }

  everyHours(n: number): this {
    if (![1, 2, 4, 6, 8, 12].includes(Number(n))) throw exception('Invalid argument: hours. Allowed values: 1, 2, 4, 6, 8 or 12.');
    Object.assign(this.#schedule, { kind: 'hours', every: Number(n) });
    return this;
  }

  everyDays(n: number): this {
    Object.assign(this.#schedule, { kind: 'days', every: Number(n) });
    return this;
  }

  everyWeeks(n: number): this {
    Object.assign(this.#schedule, { kind: 'weeks', every: Number(n) });
    return this;
  }

  atHour(hour: number): this {
    this.#schedule.atHour = Number(hour);
    return this;
  }

  nearMinute(minute: number): this {
    this.#schedule.nearMinute = Number(minute);
    return this;
  }

  onWeekDay(day: string): this {
    this.#schedule.weekDay = WEEK_DAY_NUMBER[String(day)] ?? 1;
    if (this.#schedule.kind !== 'weeks') Object.assign(this.#schedule, { kind: 'weeks', every: 1 });
    return this;
  }

  inTimezone(timeZone: string): this {
    this.#schedule.timeZone = String(timeZone);
    return this;
  }

  at(date: Date): this {
    Object.assign(this.#schedule, { kind: 'at', atMs: new Date(date).getTime() });
    return this;
  }

  after(durationMilliseconds: number): this {
    Object.assign(this.#schedule, { kind: 'after', atMs: this.#scope.workspace.now().getTime() + Number(durationMilliseconds) });
    return this;
  }

  create(): TriggerHandle {
    return addTrigger(this.#scope, { handlerFunction: this.#handler, eventType: 'CLOCK', source: 'CLOCK', sourceId: null, schedule: { ...this.#schedule } });
  }
}
labelClass(ClockTriggerBuilderHandle, 'ScriptApp', 'ClockTriggerBuilder');

/** forSpreadsheet(...)/forDocument(...): onOpen, onEdit, onChange, onFormSubmit. */
export class ContainerTriggerBuilderHandle {
  readonly #scope: ExecutionScope;
  readonly #handler: string;
  readonly #source: string;
  readonly #sourceId: string;
  #event = 'ON_OPEN';

  constructor(scope: ExecutionScope, handler: string, source: string, sourceId: string) {
    this.#scope = scope;
    this.#handler = handler;
    this.#source = source;
    this.#sourceId = sourceId;
  }

  onOpen(): this {
    this.#event = 'ON_OPEN';
    return this;
  }

  onEdit(): this {
    this.#event = 'ON_EDIT';
    return this;
  }

  onChange(): this {
    this.#event = 'ON_CHANGE';
    return this;
  }

  onFormSubmit(): this {
    this.#event = 'ON_FORM_SUBMIT';
    return this;
  }

  create(): TriggerHandle {
    return addTrigger(this.#scope, { handlerFunction: this.#handler, eventType: this.#event, source: this.#source, sourceId: this.#sourceId, schedule: null });
  }
}
labelClass(ContainerTriggerBuilderHandle, 'ScriptApp', 'SpreadsheetTriggerBuilder');

export class TriggerBuilderHandle {
  readonly #scope: ExecutionScope;
  readonly #handler: string;

  constructor(scope: ExecutionScope, handler: string) {
    this.#scope = scope;
    this.#handler = handler;
  }

  timeBased(): ClockTriggerBuilderHandle {
    return new ClockTriggerBuilderHandle(this.#scope, this.#handler);
  }

  forSpreadsheet(sheet: unknown): ContainerTriggerBuilderHandle {
    return new ContainerTriggerBuilderHandle(this.#scope, this.#handler, 'SPREADSHEETS', idOf(sheet));
  }

  forDocument(document: unknown): ContainerTriggerBuilderHandle {
    return new ContainerTriggerBuilderHandle(this.#scope, this.#handler, 'DOCUMENTS', idOf(document));
  }
}
labelClass(TriggerBuilderHandle, 'ScriptApp', 'TriggerBuilder');

function idOf(container: unknown): string {
  if (typeof container === 'string') return container;
  const id = (container as { getId?: () => string } | null)?.getId?.();
  if (typeof id !== 'string') throw exception('Invalid argument: key');
  return id;
}

export class ServiceHandle {
  readonly #scope: ExecutionScope;

  constructor(scope: ExecutionScope) {
    this.#scope = scope;
  }

  /** The web app's exec URL, once the emulator's server serves it; null otherwise. */
  getUrl(): string | null {
    return this.#scope.workspace.webAppUrl;
  }

  isEnabled(): boolean {
    return this.#scope.workspace.webAppUrl !== null;
  }
}
labelClass(ServiceHandle, 'ScriptApp', 'Service');

export class AuthorizationInfoHandle {
  getAuthorizationStatus(): string {
    return AUTHORIZATION_STATUS.NOT_REQUIRED;
  }

  getAuthorizationUrl(): string | null {
    return null;
  }
}
labelClass(AuthorizationInfoHandle, 'ScriptApp', 'AuthorizationInfo');

/** ScriptApp. https://developers.google.com/apps-script/reference/script/script-app */
export class ScriptAppService {
  readonly EventType = EVENT_TYPE;
  readonly TriggerSource = TRIGGER_SOURCE;
  readonly AuthMode = AUTH_MODE;
  readonly AuthorizationStatus = AUTHORIZATION_STATUS;
  readonly WeekDay = WEEK_DAY;
  readonly #scope: ExecutionScope;

  constructor(scope: ExecutionScope) {
    this.#scope = scope;
  }

  newTrigger(functionName: string): TriggerBuilderHandle {
    return new TriggerBuilderHandle(this.#scope, String(functionName));
  }

  /** Installable triggers of this project that belong to the current user. */
  getProjectTriggers(): TriggerHandle[] {
    const user = this.#scope.identity.effectiveUser.toLowerCase();
    return this.#scope.workspace.triggers
      .all()
      .filter((t) => t.owner.toLowerCase() === user)
      .map((t) => new TriggerHandle(t));
  }

  getUserTriggers(container: unknown): TriggerHandle[] {
    const id = idOf(container);
    return this.getProjectTriggers().filter((t) => t.getTriggerSourceId() === id);
  }

  deleteTrigger(trigger: unknown): void {
    if (!(trigger instanceof TriggerHandle)) throw exception('Invalid argument: trigger');
    this.#scope.workspace.triggers.remove(trigger.getUniqueId());
  }

  /** A stand-in OAuth token naming the effective user; nothing checks it but the emulator itself. */
  getOAuthToken(): string {
    return `ya29.emulated.${Buffer.from(this.#scope.identity.effectiveUser).toString('base64url')}`;
  }

  getService(): ServiceHandle {
    return new ServiceHandle(this.#scope);
  }

  getScriptId(): string {
    return this.#scope.workspace.scriptId;
  }

  getAuthorizationInfo(_authMode?: string): AuthorizationInfoHandle {
    return new AuthorizationInfoHandle();
  }

  invalidateAuth(): void {}
}
labelClass(ScriptAppService, 'ScriptApp');
