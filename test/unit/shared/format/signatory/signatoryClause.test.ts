import { signatoryClause, type SignatoryInput } from '../../../../../shared/format';
import { expectError, expectOk, plain } from '../expectResult';

const charter = { kind: 'charter' } as const;

describe('signatoryClause: a company officer', () => {
  it.each<[SignatoryInput, string]>([
    [
      { position: 'генеральный директор', name: 'Петров Иван Сергеевич', basis: charter },
      'в лице генерального директора Петрова Ивана Сергеевича, действующего на основании Устава',
    ],
    [
      { position: 'Генеральный директор', name: 'Петрова Анна Сергеевна', basis: charter },
      'в лице Генерального директора Петровой Анны Сергеевны, действующей на основании Устава',
    ],
    [
      { position: 'директор', name: { lastName: 'Шевченко', firstName: 'Тарас', middleName: 'Григорьевич' }, basis: charter },
      'в лице директора Шевченко Тараса Григорьевича, действующего на основании Устава',
    ],
    [
      { position: 'исполнительный директор', name: 'Римский-Корсаков Николай Андреевич', basis: charter },
      'в лице исполнительного директора Римского-Корсакова Николая Андреевича, действующего на основании Устава',
    ],
    [
      {
        position: 'главный бухгалтер',
        name: 'Ковальчук Ольга Ивановна',
        basis: { kind: 'power_of_attorney', number: '12', date: '2026-02-01' },
      },
      'в лице главного бухгалтера Ковальчук Ольги Ивановны, действующей на основании доверенности № 12 от 01.02.2026',
    ],
    [
      { position: 'коммерческий директор', name: 'Smith John', gender: 'male', basis: { kind: 'power_of_attorney', number: '3', date: '2026-01-15' } },
      'в лице коммерческого директора Smith John, действующего на основании доверенности № 3 от 15.01.2026',
    ],
    [
      { position: 'управляющий', name: 'Лукашевич Алесь', gender: 'male', basis: { kind: 'custom', genitive: 'договора управления № 5' } },
      'в лице управляющего Лукашевича Алеся, действующего на основании договора управления № 5',
    ],
    [
      { position: '  генеральный   директор ', name: '  петров  иван сергеевич ', basis: charter },
      'в лице генерального директора Петрова Ивана Сергеевича, действующего на основании Устава',
    ],
  ])('%p', (input, text) => {
    const clause = expectOk(signatoryClause(input));
    expect(plain(clause.text)).toBe(text);
    expect(clause.signer).toBe('representative');
    expect(clause.warnings).toEqual([]);
  });

  it('returns the parts for templates that place them separately', () => {
    const clause = expectOk(signatoryClause({ position: 'директор', name: 'Петрова Анна Сергеевна', basis: charter }));
    expect(clause).toMatchObject({
      gender: 'female',
      position: 'директора',
      fullName: 'Петровой Анны Сергеевны',
      acting: 'действующей',
      basis: 'Устава',
    });
  });

  it('takes an explicit gender over the guess', () => {
    const clause = expectOk(signatoryClause({ position: 'директор', name: 'Белых Саша', gender: 'female', basis: charter }));
    expect(clause.text).toBe('в лице директора Белых Саши, действующей на основании Устава');
  });

  it('keeps an unknown position as written and warns, instead of inventing an ending', () => {
    const clause = expectOk(signatoryClause({ position: 'Ведущий аналитик', name: 'Петров Иван Сергеевич', basis: charter }));
    expect(clause.text).toBe('в лице Ведущий аналитик Петрова Ивана Сергеевича, действующего на основании Устава');
    expect(clause.warnings.map((warning) => warning.type)).toEqual(['position_not_inflected']);
    expect(clause.warnings[0]?.detail).toContain('Ведущий аналитик');
  });

  it('uses the caller’s genitive position and then has nothing to warn about', () => {
    const clause = expectOk(
      signatoryClause({ position: 'Ведущий аналитик', positionGenitive: 'ведущего аналитика', name: 'Петров Иван Сергеевич', basis: charter }),
    );
    expect(clause.text).toBe('в лице ведущего аналитика Петрова Ивана Сергеевича, действующего на основании Устава');
    expect(clause.warnings).toEqual([]);
  });
});

describe('signatoryClause: a sole trader', () => {
  it.each<[SignatoryInput, string]>([
    [
      { position: 'Индивидуальный предприниматель', name: 'Петров Иван Сергеевич', basis: { kind: 'egrip_record', ogrnip: '304500116000157' } },
      'Индивидуальный предприниматель Петров Иван Сергеевич, действующий на основании листа записи ЕГРИП (ОГРНИП 304500116000157)',
    ],
    [
      { position: 'ИП', name: 'Петрова Анна Сергеевна', basis: { kind: 'egrip_record', ogrnip: '304500116000157', date: '2020-02-01' } },
      'Индивидуальный предприниматель Петрова Анна Сергеевна, действующая на основании листа записи ЕГРИП от 01.02.2020 (ОГРНИП 304500116000157)',
    ],
    [
      { position: 'индивидуальный  предприниматель', name: 'Лукашевич Алесь', gender: 'male', basis: { kind: 'registration_certificate', number: '191234567' } },
      'Индивидуальный предприниматель Лукашевич Алесь, действующий на основании свидетельства о государственной регистрации № 191234567',
    ],
  ])('%p', (input, text) => {
    const clause = expectOk(signatoryClause(input));
    expect(plain(clause.text)).toBe(text);
    expect(clause.signer).toBe('entrepreneur');
  });

  it('refuses a charter for a sole trader', () => {
    expect(expectError(signatoryClause({ position: 'ИП', name: 'Петров Иван Сергеевич', basis: charter })).type).toBe(
      'signatory_basis_invalid',
    );
  });
});

describe('signatoryClause: bad input', () => {
  it.each<[SignatoryInput, string]>([
    [{ position: '', name: 'Петров Иван Сергеевич', basis: charter }, 'position_empty'],
    [{ position: '   ', name: 'Петров Иван Сергеевич', basis: charter }, 'position_empty'],
    [{ position: 'директор', name: '', basis: charter }, 'name_empty'],
    [{ position: 'директор', name: 'Петров', basis: charter }, 'name_incomplete'],
    [{ position: 'директор', name: 'Петров1 Иван', basis: charter }, 'name_invalid'],
    [{ position: 'директор', name: 'Шевченко Тарас', basis: charter }, 'signatory_gender_unknown'],
    [{ position: 'директор', name: 'Smith John', basis: charter }, 'signatory_gender_unknown'],
    [{ position: 'директор', name: 'Петров Иван Сергеевич', basis: { kind: 'egrip_record', ogrnip: '304500116000157' } }, 'signatory_basis_invalid'],
    [
      { position: 'директор', name: 'Петров Иван Сергеевич', basis: { kind: 'power_of_attorney', number: '', date: '2026-02-01' } },
      'signatory_basis_invalid',
    ],
  ])('%p → %s', (input, type) => {
    expect(expectError(signatoryClause(input)).type).toBe(type);
  });

  it('asks for the gender in words the user understands', () => {
    expect(expectError(signatoryClause({ position: 'директор', name: 'Шевченко Тарас', basis: charter })).detail).toContain(
      'укажите пол',
    );
  });
});
