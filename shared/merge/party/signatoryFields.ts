import type { BitrixRequisite } from '../../bitrix';
import {
  capitalizeFirst,
  collapseSpaces,
  formatInitialsSurname,
  parsePersonName,
  signatoryClause,
  type PersonName,
  type PersonNameInput,
  type SignatoryBasis,
} from '../../format';
import type { TaxShape } from './taxIdentity';

export interface SignatoryFields {
  /**
   * Organisation: "в лице генерального директора Петрова Ивана Сергеевича, действующего на
   * основании Устава". Sole trader: "действующий на основании листа записи ЕГРИП (ОГРНИП …)",
   * the name being the party's own (`name`).
   */
  readonly clause: string;
  /** "Генеральный директор", as under the signature. */
  readonly position: string;
  /** "Петров Иван Сергеевич". */
  readonly name: string;
  /** "И. С. Петров", no-break spaces, for "_____ / И. С. Петров /". */
  readonly initials: string;
}

const EMPTY: SignatoryFields = { clause: '', position: '', name: '', initials: '' };

/** The position the standard Russian "Организация" preset labels RQ_DIRECTOR with. */
const DEFAULT_POSITION = 'Генеральный директор';
const ENTREPRENEUR_POSITION = 'Индивидуальный предприниматель';

const text = (value: string | undefined): string => collapseSpaces(value ?? '');

/**
 * What the signatory acts on, from RQ_BASE_DOC: empty or "Устав…" is the charter; anything
 * else ("доверенности № 5 от 01.02.2026") is taken as written, already in the genitive.
 */
function organisationBasis(requisite: BitrixRequisite): SignatoryBasis {
  const written = text(requisite.RQ_BASE_DOC);
  return written === '' || /^устав/i.test(written) ? { kind: 'charter' } : { kind: 'custom', genitive: written };
}

function fullName(name: PersonName): string {
  return [name.lastName, name.firstName, name.middleName].filter((part) => part !== undefined).join(' ');
}

/**
 * The signatory of a party from its requisite.
 * Organisation: name RQ_CEO_NAME, else RQ_DIRECTOR; position RQ_CEO_WORK_POS, else "Генеральный
 * директор" (what the Russian preset's RQ_DIRECTOR field is labelled) with a warning.
 * Sole trader: the name parts (RQ_LAST_NAME, RQ_FIRST_NAME, RQ_SECOND_NAME), else RQ_DIRECTOR;
 * a Russian one acts on the ЕГРИП record (ОГРНИП), a Belarusian one on RQ_BASE_DOC.
 */
export function readSignatoryFields(
  requisite: BitrixRequisite,
  tax: TaxShape,
  /** The checked ОГРНИП of a Russian sole trader; unused otherwise. */
  ogrnip: string,
  who: string,
): { fields: SignatoryFields; problems: string[]; warnings: string[] } {
  const warnings: string[] = [];
  let nameInput: string | PersonNameInput;
  let position: string;
  let basis: SignatoryBasis;
  if (tax.entrepreneur) {
    const parts = { lastName: requisite.RQ_LAST_NAME, firstName: requisite.RQ_FIRST_NAME, middleName: requisite.RQ_SECOND_NAME };
    nameInput = text(parts.lastName) !== '' ? parts : text(requisite.RQ_DIRECTOR);
    position = ENTREPRENEUR_POSITION;
    if (tax.country === 'RU') {
      basis = { kind: 'egrip_record', ogrnip };
    } else {
      const written = text(requisite.RQ_BASE_DOC);
      if (written === '') {
        return {
          fields: EMPTY,
          problems: [`${who}: в реквизитах не указано, на основании чего действует предприниматель (поле «Основание», например «свидетельства о государственной регистрации № … от …»)`],
          warnings,
        };
      }
      basis = { kind: 'custom', genitive: written };
    }
  } else {
    nameInput = text(requisite.RQ_CEO_NAME) || text(requisite.RQ_DIRECTOR);
    position = text(requisite.RQ_CEO_WORK_POS);
    if (position === '') {
      position = DEFAULT_POSITION;
      warnings.push(`${who}: в реквизитах не указана должность руководителя, в документе — «${DEFAULT_POSITION}»`);
    }
    basis = organisationBasis(requisite);
  }
  if (nameInput === '') {
    return { fields: EMPTY, problems: [`${who}: в реквизитах не указан руководитель (ФИО подписанта)`], warnings };
  }
  // Inside the preamble the position is not the start of a sentence: "в лице генерального
  // директора". Only the first letter is lowered, so "директор по ИТ" keeps its capitals.
  const clause = signatoryClause({ position: lowerFirst(position), name: nameInput, basis });
  if (clause.status === 'error') return { fields: EMPTY, problems: [`${who}: ${withoutFinalDot(clause.detail)}`], warnings };
  warnings.push(...clause.response.warnings.map((warning) => `${who}: ${withoutFinalDot(warning.detail)}`));
  // A sole trader is the party itself: the preamble already names him ("Индивидуальный
  // предприниматель Петров И. С. (далее — …)"), so his clause is the acting part alone.
  const clauseText = tax.entrepreneur
    ? `${clause.response.acting} на основании ${clause.response.basis}`
    : clause.response.text;
  const parsed = parsePersonName(nameInput);
  const initials = formatInitialsSurname(nameInput, { nonBreaking: true });
  return {
    fields: {
      clause: clauseText,
      position: capitalizeFirst(position),
      name: parsed.status === 'success' ? fullName(parsed.response) : '',
      initials: initials.status === 'success' ? initials.response : '',
    },
    problems: [],
    warnings,
  };
}

/**
 * "И. Н. Белова" from RQ_ACCOUNTANT, or empty: an invoice may leave the accountant's line for
 * a hand-written name, so a missing or unreadable name is a warning, never a stop.
 */
export function readAccountantInitials(requisite: BitrixRequisite, who: string): { initials: string; warnings: string[] } {
  const written = text(requisite.RQ_ACCOUNTANT);
  if (written === '') return { initials: '', warnings: [] };
  const initials = formatInitialsSurname(written, { nonBreaking: true });
  if (initials.status === 'success') return { initials: initials.response, warnings: [] };
  return { initials: '', warnings: [`${who}: ФИО главного бухгалтера «${written}» не разобрано, строка подписи оставлена пустой`] };
}

function lowerFirst(value: string): string {
  return value.charAt(0).toLowerCase() + value.slice(1);
}

function withoutFinalDot(detail: string): string {
  return detail.replace(/\.$/, '');
}
