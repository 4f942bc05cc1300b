import { parsePersonName, type PersonName, type PersonNameInput } from '../../../../../shared/format';
import { expectError, expectOk } from '../expectResult';

describe('parsePersonName', () => {
  it.each<[string | PersonNameInput, PersonName]>([
    ['Петров Иван Сергеевич', { lastName: 'Петров', firstName: 'Иван', middleName: 'Сергеевич' }],
    ['  Петров   Иван\u00A0Сергеевич  ', { lastName: 'Петров', firstName: 'Иван', middleName: 'Сергеевич' }],
    ['ПЕТРОВ ИВАН СЕРГЕЕВИЧ', { lastName: 'Петров', firstName: 'Иван', middleName: 'Сергеевич' }],
    ['петрова анна сергеевна', { lastName: 'Петрова', firstName: 'Анна', middleName: 'Сергеевна' }],
    ['Smith John', { lastName: 'Smith', firstName: 'John' }],
    ['МакДональд Джон', { lastName: 'МакДональд', firstName: 'Джон' }],
    ['Римский-Корсаков Николай Андреевич', { lastName: 'Римский-Корсаков', firstName: 'Николай', middleName: 'Андреевич' }],
    ['Римский - Корсаков Николай', { lastName: 'Римский-Корсаков', firstName: 'Николай' }],
    ['Салтыкова–Щедрина Мария', { lastName: 'Салтыкова-Щедрина', firstName: 'Мария' }],
    ['Алиев Рашид Ахмед оглы', { lastName: 'Алиев', firstName: 'Рашид', middleName: 'Ахмед оглы' }],
    ['Алиева Лейла Ахмед кызы', { lastName: 'Алиева', firstName: 'Лейла', middleName: 'Ахмед кызы' }],
    ['Петров И.С.', { lastName: 'Петров', firstName: 'И.', middleName: 'С.' }],
    ['Петров И. С.', { lastName: 'Петров', firstName: 'И.', middleName: 'С.' }],
    ['петров и.с.', { lastName: 'Петров', firstName: 'И.', middleName: 'С.' }],
    ["O'Brien Sean", { lastName: "O'Brien", firstName: 'Sean' }],
    ['Лукашевич Ўладзімір', { lastName: 'Лукашевич', firstName: 'Ўладзімір' }],
    [{ lastName: ' Петров ', firstName: 'Иван', middleName: '' }, { lastName: 'Петров', firstName: 'Иван' }],
    [{ lastName: 'Петров', firstName: 'Иван', middleName: null }, { lastName: 'Петров', firstName: 'Иван' }],
    [
      { lastName: 'де ла Крус', firstName: 'Мария', middleName: 'Сергеевна' },
      { lastName: 'Де Ла Крус', firstName: 'Мария', middleName: 'Сергеевна' },
    ],
  ])('reads %p', (input, expected) => {
    expect(expectOk(parsePersonName(input))).toEqual(expected);
  });

  it.each<[unknown, string]>([
    [null, 'name_empty'],
    [undefined, 'name_empty'],
    ['', 'name_empty'],
    ['   ', 'name_empty'],
    [{}, 'name_empty'],
    [{ lastName: '', firstName: ' ', middleName: null }, 'name_empty'],
    ['Петров', 'name_incomplete'],
    ['Рашид Ахмед оглы', 'name_incomplete'],
    [{ lastName: 'Петров' }, 'name_incomplete'],
    [{ firstName: 'Иван', middleName: 'Сергеевич' }, 'name_incomplete'],
    ['Петров Иван Сергеевич Младший', 'name_invalid'],
    ['Петров2 Иван', 'name_invalid'],
    ['Петров Иван <script>', 'name_invalid'],
    ['=HYPERLINK("x") Иван', 'name_invalid'],
    ['Петров Иван-', 'name_invalid'],
    [{ lastName: 'Петров', firstName: 'Иван1' }, 'name_invalid'],
  ])('refuses %p with %s', (input, type) => {
    expect(expectError(parsePersonName(input as string)).type).toBe(type);
  });

  it('says which part is missing', () => {
    expect(expectError(parsePersonName({ firstName: 'Иван' })).detail).toContain('фамилия');
  });
});
