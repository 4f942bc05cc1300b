import { formatInitialsSurname, formatSurnameInitials, type PersonNameInput } from '../../../../../shared/format';
import { expectError, expectOk } from '../expectResult';

describe('formatSurnameInitials and formatInitialsSurname', () => {
  it.each<[string | PersonNameInput, string, string]>([
    ['Петров Иван Сергеевич', 'Петров И. С.', 'И. С. Петров'],
    ['  петров  иван  сергеевич ', 'Петров И. С.', 'И. С. Петров'],
    [{ lastName: 'Петрова', firstName: 'Анна', middleName: 'Сергеевна' }, 'Петрова А. С.', 'А. С. Петрова'],
    ['Smith John', 'Smith J.', 'J. Smith'],
    [{ lastName: 'Лукашевич', firstName: 'Алесь' }, 'Лукашевич А.', 'А. Лукашевич'],
    ['Римский-Корсаков Николай Андреевич', 'Римский-Корсаков Н. А.', 'Н. А. Римский-Корсаков'],
    ['Иванова Анна-Мария Петровна', 'Иванова А.-М. П.', 'А.-М. П. Иванова'],
    ['Алиев Рашид Ахмед оглы', 'Алиев Р. А.', 'Р. А. Алиев'],
    ['Петров И.С.', 'Петров И. С.', 'И. С. Петров'],
    ['Ёлкин Ёсиф Ильич', 'Ёлкин Ё. И.', 'Ё. И. Ёлкин'],
  ])('%p → "%s" / "%s"', (input, surnameFirst, initialsFirst) => {
    expect(expectOk(formatSurnameInitials(input))).toBe(surnameFirst);
    expect(expectOk(formatInitialsSurname(input))).toBe(initialsFirst);
  });

  it('joins with no-break spaces on request, for signature blocks', () => {
    expect(expectOk(formatInitialsSurname('Петров Иван Сергеевич', { nonBreaking: true }))).toBe('И.\u00A0С.\u00A0Петров');
    expect(expectOk(formatSurnameInitials('Петров Иван Сергеевич', { nonBreaking: true }))).toBe('Петров\u00A0И.\u00A0С.');
  });

  it('returns the name error for bad input', () => {
    expect(expectError(formatSurnameInitials('Петров')).type).toBe('name_incomplete');
    expect(expectError(formatInitialsSurname('')).type).toBe('name_empty');
  });
});
