// The people of the demo company. Their e-mails match the users in scripts/seed/demo.json, so a
// Bitrix24 user and a Google account are the same person in the local stack.
export const DEMO_PEOPLE = {
  director: 'director@docflow.test',
  manager: 'manager@docflow.test',
  lawyer: 'lawyer@docflow.test',
  technicalDirector: 'techdirector@docflow.test',
  office: 'office@docflow.test',
} as const;

/** The Google account that owns the registers, deploys the web app and runs Setup. */
export const ADMINISTRATOR = DEMO_PEOPLE.director;

export const DEMO_USERS: string[] = Object.values(DEMO_PEOPLE);

/** Deal stages the demo wires robots for (their semantics live in the Settings sheet). */
export const DEMO_STAGES = {
  generate: 'DOCS_GENERATE',
  review: 'DOCS_REVIEW',
  signing: 'DOCS_SIGNING',
  completed: 'WON',
} as const;

/** Our company as the sender on the inventory list (form 107); matches the demo seed. */
export const DEMO_SENDER = {
  name: 'ООО «Интеграция Плюс»',
  addressLines: ['ул. Новый Арбат, д. 21, офис 1205', 'г. Москва', '119019'],
};
