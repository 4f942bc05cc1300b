export { constantTimeEqual } from './constantTimeEqual';
export { hasControlCharacter } from './controlCharacters';
export { decodeFormComponent } from './decodeFormComponent';
export { parseIsoTimestamp } from './isoTimestamp';
export { splitBracketKey } from './splitBracketKey';
export {
  buildFormTree,
  type FormError,
  type FormObject,
  formList,
  formNode,
  formString,
  formTreeFromParameters,
  type FormValue,
  MAX_FORM_DEPTH,
  MAX_FORM_FIELDS,
  parseFormBody,
} from './formTree';
