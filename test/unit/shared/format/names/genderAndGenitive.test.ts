import { detectGender, genitiveName, type PersonGender, type PersonName } from '../../../../../shared/format';

describe('detectGender', () => {
  it.each<[PersonName, PersonGender | undefined]>([
    [{ lastName: 'Шевченко', firstName: 'Тарас', middleName: 'Григорьевич' }, 'male'],
    [{ lastName: 'Шевченко', firstName: 'Анна', middleName: 'Тарасовна' }, 'female'],
    [{ lastName: 'Алиев', firstName: 'Рашид', middleName: 'Ахмед оглы' }, 'male'],
    [{ lastName: 'Алиева', firstName: 'Лейла', middleName: 'Ахмед кызы' }, 'female'],
    [{ lastName: 'Петрова', firstName: 'Анна' }, 'female'],
    [{ lastName: 'Кузнецов', firstName: 'Игорь' }, 'male'],
    [{ lastName: 'Грушевская', firstName: 'Наталья' }, 'female'],
    [{ lastName: 'Достоевский', firstName: 'Фёдор' }, 'male'],
    [{ lastName: 'Толстой', firstName: 'Лев' }, 'male'],
    [{ lastName: 'Толстая', firstName: 'Софья' }, 'female'],
    [{ lastName: 'Ильина', firstName: 'Саша' }, 'female'],
    [{ lastName: 'Ильин', firstName: 'Саша' }, 'male'],
    [{ lastName: 'Салтыкова-Щедрина', firstName: 'Мария' }, 'female'],
    [{ lastName: 'Шевченко', firstName: 'Тарас' }, undefined],
    [{ lastName: 'Белых', firstName: 'Саша' }, undefined],
    [{ lastName: 'Smith', firstName: 'John' }, undefined],
  ])('%p → %s', (name, gender) => {
    expect(detectGender(name)).toBe(gender);
  });
});

describe('genitiveName (petrovich)', () => {
  it.each<[PersonName, PersonGender, string]>([
    [{ lastName: 'Петров', firstName: 'Иван', middleName: 'Сергеевич' }, 'male', 'Петрова Ивана Сергеевича'],
    [{ lastName: 'Петрова', firstName: 'Анна', middleName: 'Сергеевна' }, 'female', 'Петровой Анны Сергеевны'],
    [{ lastName: 'Римский-Корсаков', firstName: 'Николай', middleName: 'Андреевич' }, 'male', 'Римского-Корсакова Николая Андреевича'],
    [{ lastName: 'Толстой', firstName: 'Лев', middleName: 'Николаевич' }, 'male', 'Толстого Льва Николаевича'],
    [{ lastName: 'Ковальчук', firstName: 'Олег', middleName: 'Иванович' }, 'male', 'Ковальчука Олега Ивановича'],
    [{ lastName: 'Ковальчук', firstName: 'Ольга', middleName: 'Ивановна' }, 'female', 'Ковальчук Ольги Ивановны'],
    [{ lastName: 'Шевченко', firstName: 'Тарас', middleName: 'Григорьевич' }, 'male', 'Шевченко Тараса Григорьевича'],
    [{ lastName: 'Белых', firstName: 'Пётр', middleName: 'Ильич' }, 'male', 'Белых Петра Ильича'],
    [{ lastName: 'Грушевская', firstName: 'Наталья', middleName: 'Андреевна' }, 'female', 'Грушевской Натальи Андреевны'],
    [{ lastName: 'Алиев', firstName: 'Рашид', middleName: 'Ахмед оглы' }, 'male', 'Алиева Рашида Ахмед оглы'],
    [{ lastName: 'Smith', firstName: 'John' }, 'male', 'Smith John'],
    [{ lastName: 'Петров', firstName: 'И.', middleName: 'С.' }, 'male', 'Петрова И. С.'],
  ])('%p (%s) → "%s"', (name, gender, expected) => {
    const result = genitiveName(name, gender);
    expect(result.inflected).toBe(true);
    expect([result.name.lastName, result.name.firstName, result.name.middleName].filter(Boolean).join(' ')).toBe(expected);
  });
});
