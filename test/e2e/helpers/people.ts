import { DEMO_PEOPLE } from '../../../scripts/localStack/demoPeople';

/** The demo person the Settings sheet assigns to each approval role (scripts/localStack/demoPeople.ts). */
export const PERSON_FOR_ROLE: Readonly<Record<string, string>> = {
  manager: DEMO_PEOPLE.manager,
  lawyer: DEMO_PEOPLE.lawyer,
  technical_director: DEMO_PEOPLE.technicalDirector,
  director: DEMO_PEOPLE.director,
};

export function personForRole(role: string): string {
  const person = PERSON_FOR_ROLE[role];
  if (person === undefined) throw new Error(`No demo person holds the approval role «${role}»`);
  return person;
}
