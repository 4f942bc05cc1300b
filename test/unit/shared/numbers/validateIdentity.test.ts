import { validateIdentity } from '../../../../shared/numbers';

const contract = { kind: 'contract', year: 2026, sequence: 42 };

function expectInvalid(value: unknown, detailPart: string | RegExp): void {
  const result = validateIdentity(value);
  expect(result).toMatchObject({ status: 'error', type: 'invalid_identity' });
  if (result.status === 'error') expect(result.detail).toMatch(detailPart);
}

describe('validateIdentity', () => {
  it('accepts a standalone identity at both ends of every range', () => {
    for (const value of [
      contract,
      { kind: 'invoice', year: 2000, sequence: 1 },
      { kind: 'inventory_list', year: 2099, sequence: 99_999 },
    ]) {
      expect(validateIdentity(value)).toEqual({ status: 'success', response: value });
    }
  });

  it('accepts an annex under a contract or a framework contract', () => {
    const spec = { kind: 'specification', parent: contract, index: 2 };
    const appendix = { kind: 'appendix', parent: { kind: 'framework_contract', year: 2025, sequence: 7 }, index: 999 };
    expect(validateIdentity(spec)).toEqual({ status: 'success', response: spec });
    expect(validateIdentity(appendix)).toEqual({ status: 'success', response: appendix });
  });

  it('drops fields that are not part of the identity', () => {
    const result = validateIdentity({ ...contract, title: 'x', parent: contract, index: 3 });
    expect(result).toEqual({ status: 'success', response: contract });
  });

  it('refuses values that are not objects, without throwing', () => {
    for (const value of [null, undefined, 'C-2026-00042', 42, [], Object.create(null) as unknown]) {
      expectInvalid(value, /Неверный номер документа/);
    }
  });

  it('refuses an unknown kind', () => {
    expectInvalid({ kind: 'letter', year: 2026, sequence: 1 }, /неизвестный вид документа «letter»/);
    expectInvalid({ year: 2026, sequence: 1 }, /неизвестный вид/);
  });

  it('refuses years and sequences outside the ranges or not whole numbers', () => {
    expectInvalid({ ...contract, year: 1999 }, /год должен быть целым от 2000 до 2099, получено 1999/);
    expectInvalid({ ...contract, year: 2100 }, /год/);
    expectInvalid({ ...contract, year: 2026.5 }, /год/);
    expectInvalid({ ...contract, year: '2026' }, /получено «2026»/);
    expectInvalid({ ...contract, sequence: 0 }, /порядковый номер должен быть целым от 1 до 99999/);
    expectInvalid({ ...contract, sequence: 100_000 }, /порядковый номер/);
    expectInvalid({ ...contract, sequence: Number.NaN }, /порядковый номер/);
    expectInvalid({ ...contract, sequence: { valueOf: () => 3 } }, /получено объект/);
  });

  it('refuses an annex without a parent, or with a parent that is not a contract', () => {
    expectInvalid({ kind: 'specification', year: 2026, sequence: 5, index: 1 }, /договор-основание/);
    expectInvalid(
      { kind: 'appendix', parent: { kind: 'invoice', year: 2026, sequence: 1 }, index: 1 },
      /основанием может быть только договор/,
    );
    expectInvalid(
      { kind: 'appendix', parent: { kind: 'specification', parent: contract, index: 1 }, index: 1 },
      /основанием может быть только договор/,
    );
  });

  it('refuses a parent number out of range and says it is the parent’s', () => {
    expectInvalid(
      { kind: 'supplementary_agreement', parent: { ...contract, sequence: 0 }, index: 1 },
      /порядковый номер договора-основания/,
    );
  });

  it('refuses an annex index outside 1–999', () => {
    expectInvalid({ kind: 'specification', parent: contract, index: 0 }, /номер внутри договора должен быть целым от 1 до 999/);
    expectInvalid({ kind: 'specification', parent: contract, index: 1000 }, /от 1 до 999/);
    expectInvalid({ kind: 'specification', parent: contract }, /пустое значение/);
  });
});
