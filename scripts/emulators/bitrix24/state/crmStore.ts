// The CRM data the REST methods read and write: the seed (deals are mutable), plus the timeline
// entries and notifications the product writes. snapshot()/fromSnapshot() are what the state file
// (--state) saves and restores, id counters included, so ids never repeat after a restart.
import type { DealRecord, SeedData } from '../seed/seedTypes';

export interface TimelineComment {
  kind: 'comment';
  ID: string;
  ENTITY_TYPE: string;
  ENTITY_ID: string;
  AUTHOR_ID: string;
  COMMENT: string;
  CREATED: string;
}

export interface TimelineLogMessage {
  kind: 'logmessage';
  id: number;
  entityTypeId: number;
  entityId: number;
  authorId: number;
  title: string;
  text: string;
  iconCode: string;
  created: string;
}

export type TimelineEntry = TimelineComment | TimelineLogMessage;

export interface Notification {
  ID: number;
  USER_ID: string;
  MESSAGE: string;
  MESSAGE_OUT: string | null;
  TAG: string | null;
  SUB_TAG: string | null;
  CREATED: string;
}

/** Everything the store holds, as plain JSON. */
export interface CrmSnapshot {
  crm: SeedData;
  timeline: TimelineEntry[];
  notifications: Notification[];
  /** The last id given to a timeline entry (comments and log messages share one sequence). */
  lastTimelineId: number;
  lastNotificationId: number;
}

export class CrmStore {
  data: SeedData;
  timeline: TimelineEntry[] = [];
  notifications: Notification[] = [];
  private lastTimelineId = 0;
  private lastNotificationId = 0;

  constructor(seed: SeedData) {
    this.data = structuredClone(seed);
  }

  /** A store holding a saved snapshot (already validated); counters never fall below a used id. */
  static fromSnapshot(snapshot: CrmSnapshot): CrmStore {
    const store = new CrmStore(snapshot.crm);
    store.timeline = structuredClone(snapshot.timeline);
    store.notifications = structuredClone(snapshot.notifications);
    const timelineIds = store.timeline.map((entry) => (entry.kind === 'comment' ? Number(entry.ID) : entry.id));
    store.lastTimelineId = Math.max(snapshot.lastTimelineId, ...timelineIds);
    store.lastNotificationId = Math.max(snapshot.lastNotificationId, ...store.notifications.map((n) => n.ID));
    return store;
  }

  /** The live data (not a copy): serialize it at once. */
  snapshot(): CrmSnapshot {
    return {
      crm: this.data,
      timeline: this.timeline,
      notifications: this.notifications,
      lastTimelineId: this.lastTimelineId,
      lastNotificationId: this.lastNotificationId,
    };
  }

  /** Replaces all CRM data; timeline entries and notifications go with the old data. */
  replace(seed: SeedData): void {
    this.data = structuredClone(seed);
    this.timeline = [];
    this.notifications = [];
  }

  deal(id: string): DealRecord | undefined {
    return this.data.deals.find((d) => d.ID === id);
  }

  nextTimelineId(): number {
    return ++this.lastTimelineId;
  }

  nextNotificationId(): number {
    return ++this.lastNotificationId;
  }

  /** Does a CRM item of this owner type (1 lead, 2 deal, 3 contact, 4 company) exist? */
  ownerExists(entityTypeId: number, id: string): boolean {
    if (entityTypeId === 2) return this.deal(id) !== undefined;
    if (entityTypeId === 4) return this.data.companies.some((c) => c.ID === id);
    return false;
  }
}
