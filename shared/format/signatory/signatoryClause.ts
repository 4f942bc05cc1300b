import { fail, ok, type Result } from '../../result';
import { detectGender, type PersonGender } from '../names/gender';
import { genitiveName } from '../names/genitiveName';
import { parsePersonName, type NameError, type PersonName, type PersonNameInput } from '../names/personName';
import { collapseSpaces } from '../text/spaces';
import { positionGenitive } from './positionGenitive';
import { basisGenitive, type SignatoryBasis, type SignatoryBasisError, type SignerKind } from './signatoryBasis';

export type SignatoryInput = {
  /** As the CRM holds it: "Генеральный директор", "директор", "Индивидуальный предприниматель" (or "ИП"). */
  readonly position: string;
  readonly name: string | PersonNameInput;
  /** Needed only when the name does not tell (no patronymic and a surname like "Шевченко"). */
  readonly gender?: PersonGender;
  readonly basis: SignatoryBasis;
  /** The position already in the genitive, for positions the built-in rules do not know. */
  readonly positionGenitive?: string;
};

/**
 * A problem that does not stop the document but that a person should look at: the text was
 * produced with a best-effort fallback. The sidebar shows `detail`.
 */
export type SignatoryWarning = {
  readonly type: 'position_not_inflected' | 'name_not_inflected';
  readonly detail: string;
};

export type SignatoryClause = {
  /**
   * The whole clause: "в лице генерального директора Петрова Ивана Сергеевича, действующего
   * на основании Устава", or for a sole trader "Индивидуальный предприниматель Петров Иван
   * Сергеевич, действующий на основании листа записи ЕГРИП (ОГРНИП 304500116000157)".
   */
  readonly text: string;
  readonly signer: SignerKind;
  readonly gender: PersonGender;
  /** The position in the genitive (representative) or "Индивидуальный предприниматель". */
  readonly position: string;
  /** The full name in the genitive (representative) or the nominative (sole trader). */
  readonly fullName: string;
  /** "действующего" / "действующей" (representative) or "действующий" / "действующая" (sole trader). */
  readonly acting: string;
  /** The basis in the genitive: "Устава", "доверенности № 12 от 01.02.2026". */
  readonly basis: string;
  readonly warnings: readonly SignatoryWarning[];
};

export type SignatoryError = NameError | SignatoryBasisError | 'position_empty' | 'signatory_gender_unknown';

const ENTREPRENEUR_POSITIONS = ['индивидуальный предприниматель', 'ип'];

function fullNameText(name: PersonName): string {
  return [name.lastName, name.firstName, name.middleName].filter((part) => part !== undefined).join(' ');
}

/**
 * The signatory clause of a contract preamble, with the position and name in the genitive
 * and the participle agreeing with the signatory's gender.
 *
 * Unknown positions: the text is still produced, with the position as written, and a
 * `position_not_inflected` warning says so — a document is better generated and checked than
 * blocked, and a wrong ending invented by a guess would pass unnoticed. Supplying
 * `positionGenitive` (e.g. from the Settings sheet) removes the warning.
 */
export function signatoryClause(input: SignatoryInput): Result<SignatoryClause, SignatoryError> {
  const position = collapseSpaces(input.position ?? '');
  if (position === '') return fail('position_empty', 'Не указана должность подписанта.');
  const parsed = parsePersonName(input.name);
  if (parsed.status === 'error') return parsed;
  const name = parsed.response;
  const gender = input.gender ?? detectGender(name);
  if (gender === undefined) {
    return fail(
      'signatory_gender_unknown',
      `По ФИО «${fullNameText(name)}» не удалось определить пол подписанта: укажите пол, чтобы написать «действующего» или «действующей».`,
    );
  }
  const signer: SignerKind = ENTREPRENEUR_POSITIONS.includes(position.toLowerCase()) ? 'entrepreneur' : 'representative';
  const basis = basisGenitive(input.basis, signer);
  if (basis.status === 'error') return basis;

  if (signer === 'entrepreneur') {
    const acting = gender === 'male' ? 'действующий' : 'действующая';
    const fullName = fullNameText(name);
    const title = 'Индивидуальный предприниматель';
    return ok({
      text: `${title} ${fullName}, ${acting} на основании ${basis.response}`,
      signer, gender, position: title, fullName, acting, basis: basis.response, warnings: [],
    });
  }

  const warnings: SignatoryWarning[] = [];
  const override = collapseSpaces(input.positionGenitive ?? '');
  const inflectedPosition = override !== '' ? override : positionGenitive(position);
  if (inflectedPosition === undefined) {
    warnings.push({
      type: 'position_not_inflected',
      detail: `Должность «${position}» не удалось просклонять: в договоре она оставлена как есть. Проверьте текст или задайте должность в родительном падеже.`,
    });
  }
  const genitive = genitiveName(name, gender);
  if (!genitive.inflected) {
    warnings.push({
      type: 'name_not_inflected',
      detail: `ФИО «${fullNameText(name)}» не удалось просклонять: в договоре оно оставлено как есть. Проверьте текст.`,
    });
  }
  const acting = gender === 'male' ? 'действующего' : 'действующей';
  const positionText = inflectedPosition ?? position;
  const fullName = fullNameText(genitive.name);
  return ok({
    text: `в лице ${positionText} ${fullName}, ${acting} на основании ${basis.response}`,
    signer, gender, position: positionText, fullName, acting, basis: basis.response, warnings,
  });
}

