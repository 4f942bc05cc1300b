import type { BitrixId } from './scalars';

/**
 * A portal user, as user.get returns it (the fields Docflow reads: a manager's name for the
 * document, the e-mail to match a Google account).
 * Source: bitrix24/b24restdocs api-reference/user/user-get.md. Unlike CRM records, ACTIVE is a
 * JSON boolean here and UF_DEPARTMENT a list of numbers.
 */
export interface BitrixUser {
  readonly ID: BitrixId;
  readonly ACTIVE: boolean;
  readonly NAME: string;
  readonly LAST_NAME: string;
  readonly SECOND_NAME?: string;
  readonly EMAIL: string;
  readonly WORK_POSITION?: string;
  readonly UF_DEPARTMENT?: readonly number[];
}
