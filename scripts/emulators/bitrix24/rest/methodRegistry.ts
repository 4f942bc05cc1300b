// Every REST method the emulator answers. Method names are matched without regard to letter case.
import type { RestMethod } from './methodTypes';
import { catalogMethods } from './methods/catalog';
import { companyMethods } from './methods/companies';
import { dealMethods } from './methods/deals';
import { eventMethods } from './methods/events';
import { notificationMethods } from './methods/notifications';
import { requisiteMethods } from './methods/requisites';
import { statusMethods } from './methods/statuses';
import { timelineMethods } from './methods/timeline';
import { userMethods } from './methods/users';

const METHODS: ReadonlyMap<string, RestMethod> = new Map(
  Object.entries({
    ...dealMethods,
    ...companyMethods,
    ...requisiteMethods,
    ...catalogMethods,
    ...statusMethods,
    ...timelineMethods,
    ...userMethods,
    ...notificationMethods,
    ...eventMethods,
  }),
);

export function findMethod(name: string): RestMethod | undefined {
  return METHODS.get(name.toLowerCase());
}

export function methodNames(): string[] {
  return [...METHODS.keys(), 'batch'].sort();
}
