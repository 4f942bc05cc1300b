export { applicationTokenMatches } from './events/applicationToken';
export type { BitrixEventError } from './events/bitrixEventError';
export {
  DEAL_EVENTS,
  type DealEventName,
  type OutboundDealEvent,
  parseOutboundEvent,
  parseOutboundEventParameters,
} from './events/outboundEvent';
export type { BitrixCallAuth } from './events/readAuth';
export { parseRobotCall, parseRobotCallParameters, type RobotCall } from './events/robotCall';
export type { BitrixAddress } from './types/address';
export type { BitrixBankDetail } from './types/bankDetail';
export type { BitrixCompany } from './types/company';
export { CRM_ADDRESS_TYPE, CRM_ENTITY_TYPE, REQUISITE_COUNTRY } from './types/crmIds';
export type { BitrixDeal } from './types/deal';
export type { BitrixProduct, BitrixProductSection } from './types/product';
export type { BitrixProductRow } from './types/productRow';
export type { BitrixRequisite } from './types/requisite';
export { BITRIX_ID_PATTERN } from './types/scalars';
export type {
  BitrixDateTime,
  BitrixDecimal,
  BitrixId,
  BitrixMultiField,
  BitrixUserFields,
  BitrixYesNo,
} from './types/scalars';
export type { BitrixStatus } from './types/status';
export type { BitrixUser } from './types/user';
