export { type CellValue, columnLetter } from './cell';
export { type CellCodec, type CellError, optional } from './codecs/cellCodec';
export { formatTemplateRef, TEMPLATE_KEY, type TemplateRef } from './codecs/templateRefCodec';
export { APPROVALS_REGISTER, type ApprovalRow } from './approvalsRegister';
export { CORRESPONDENCE_REGISTER, type CorrespondenceRow } from './correspondenceRegister';
export { DOCUMENTS_REGISTER, type DocumentRow } from './documentsRegister';
export {
  type ColumnMap,
  type ColumnSpec,
  defineRegister,
  type RegisterHeaderError,
  type RegisterRowError,
  type RegisterRowFailure,
  type RegisterSchema,
} from './registerSchema';
export { asSheetsReadsBack, SHEETS_TEXT_MARKER, startsWithFormulaTrigger, toSheetsText } from './sheetsText';
export { DECISION_TITLES, KIND_TITLES, type MailDirection, MAIL_DIRECTION_TITLES } from './vocabulary';
