// What the portal's administrator configured: outgoing-webhook event handlers and the "Webhook"
// robots placed on deal stages. The real portal sets these up in its UI (Developer resources →
// Outbound webhook; CRM → Automation), so the emulator takes them as options and through the
// control API, not through event.bind (which an incoming webhook may not call).

export const EMITTED_EVENTS = ['ONCRMDEALUPDATE'] as const;
export type EmittedEvent = (typeof EMITTED_EVENTS)[number];

export interface EventHandler {
  id: number;
  event: EmittedEvent;
  url: string;
}

export interface Robot {
  id: number;
  /** The STAGE_ID whose entry runs the robot (e.g. DOCS_GENERATE, or C1:DOCS_GENERATE). */
  stage: string;
  url: string;
}

export interface HandlerInit {
  event: string;
  url: string;
}

export interface RobotInit {
  stage: string;
  url: string;
}

export class Automation {
  handlers: EventHandler[] = [];
  robots: Robot[] = [];
  /** Robot calls still to drop (recorded, not sent), for reconciliation tests. */
  dropNextRobotCalls = 0;
  dropAllRobotCalls = false;
  private lastHandlerId = 0;
  private lastRobotId = 0;

  /** Registers a handler; returns an error text for an event the emulator never emits or a bad URL. */
  addHandler(init: HandlerInit): EventHandler | string {
    const event = String(init.event).toUpperCase();
    if (!(EMITTED_EVENTS as readonly string[]).includes(event)) return `unsupported event "${init.event}" (emitted: ${EMITTED_EVENTS.join(', ')})`;
    const urlProblem = checkUrl(init.url);
    if (urlProblem !== null) return urlProblem;
    const handler: EventHandler = { id: ++this.lastHandlerId, event: event as EmittedEvent, url: init.url };
    this.handlers.push(handler);
    return handler;
  }

  addRobot(init: RobotInit): Robot | string {
    if (typeof init.stage !== 'string' || init.stage === '') return 'robot needs a "stage" (a STAGE_ID)';
    const urlProblem = checkUrl(init.url);
    if (urlProblem !== null) return urlProblem;
    const robot: Robot = { id: ++this.lastRobotId, stage: init.stage, url: init.url };
    this.robots.push(robot);
    return robot;
  }

  handlersFor(event: EmittedEvent): EventHandler[] {
    return this.handlers.filter((h) => h.event === event);
  }

  robotsFor(stage: string): Robot[] {
    return this.robots.filter((r) => r.stage === stage);
  }
}

function checkUrl(url: unknown): string | null {
  if (typeof url !== 'string') return 'a "url" string is required';
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? null : `"${url}" is not an http(s) URL`;
  } catch {
    return `"${url}" is not a URL`;
  }
}
