import fc from 'fast-check';
import { MAX_INDEX, MAX_SEQUENCE, nextChildIndex, nextSequence, nextSequenceAfter } from '../../../../shared/numbers';

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function expectBroken(result: ReturnType<typeof nextSequence>, detailPart: string | RegExp): void {
  expect(result).toMatchObject({ status: 'error', type: 'numbering_broken' });
  if (result.status === 'error') expect(result.detail).toMatch(detailPart);
}

describe('nextSequence', () => {
  it('starts a new series or a new year at 1', () => {
    expect(nextSequence([])).toEqual({ status: 'success', response: 1 });
  });

  it('continues a run after its last number, whatever order the register returns it in', () => {
    expect(nextSequence([1, 2, 3])).toEqual({ status: 'success', response: 4 });
    expect(nextSequence([3, 1, 2])).toEqual({ status: 'success', response: 4 });
  });

  it('refuses to continue a run with a gap, naming the missing number', () => {
    expectBroken(nextSequence([1, 2, 4]), 'нарушена: пропущен номер 3. Новый номер не выдан');
    expectBroken(nextSequence([2]), /пропущен номер 1\b/);
    expectBroken(nextSequence([1, 5]), 'пропущены номера 2, 3, 4');
  });

  it('refuses a run with a duplicate rather than hand out a number twice', () => {
    expectBroken(nextSequence([1, 2, 2]), 'повторяется номер 2');
    expectBroken(nextSequence([1, 1, 2, 2]), 'повторяются номера 1, 2');
  });

  it('refuses values that are not issued numbers', () => {
    expectBroken(nextSequence([1, 0]), 'недопустимое значение 0');
    expectBroken(nextSequence([1, 2.5, -1, Number.NaN, 100_000]), 'недопустимые значения 2.5, -1, NaN, 100000');
  });

  it('says why no number was issued and what to do', () => {
    expectBroken(nextSequence([1, 3]), /Новый номер не выдан.*исправьте реестр/);
  });

  it('lists at most ten problem numbers', () => {
    expectBroken(nextSequence([20]), 'пропущены номера 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 и ещё 9');
  });

  it('stops at the end of the series instead of widening the number', () => {
    expect(nextSequence(range(1, MAX_SEQUENCE - 1))).toEqual({ status: 'success', response: MAX_SEQUENCE });
    expect(nextSequence(range(1, MAX_SEQUENCE))).toMatchObject({ status: 'error', type: 'numbers_exhausted' });
  });

  it('issues 1, 2, … n with neither gap nor duplicate when fed its own output (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), (count) => {
        const issued: number[] = [];
        for (let i = 0; i < count; i += 1) {
          const next = nextSequence(issued);
          if (next.status !== 'success') throw new Error(next.detail);
          issued.push(next.response);
        }
        expect(issued).toEqual(range(1, count));
      }),
      { numRuns: 30 },
    );
  });

  it('answers n + 1 for any shuffle of 1…n and refuses any run with one number removed (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 200 }).chain((n) => fc.tuple(fc.shuffledSubarray(range(1, n), { minLength: n, maxLength: n }), fc.integer({ min: 1, max: n - 1 }))),
        ([shuffled, removed]) => {
          expect(nextSequence(shuffled)).toEqual({ status: 'success', response: shuffled.length + 1 });
          expect(nextSequence(shuffled.filter((n) => n !== removed))).toMatchObject({ status: 'error', type: 'numbering_broken' });
        },
      ),
    );
  });
});

describe('nextChildIndex', () => {
  it('numbers annexes of one kind under one parent from 1', () => {
    expect(nextChildIndex([])).toEqual({ status: 'success', response: 1 });
    expect(nextChildIndex([2, 1])).toEqual({ status: 'success', response: 3 });
  });

  it('refuses gaps and duplicates in the parent’s annexes', () => {
    expectBroken(nextChildIndex([1, 3]), /к договору нарушена: пропущен номер 2/);
    expectBroken(nextChildIndex([1, 1]), 'повторяется номер 1');
    expectBroken(nextChildIndex([1000]), 'недопустимое значение 1000');
  });

  it('stops after 999 annexes of one kind', () => {
    expect(nextChildIndex(range(1, MAX_INDEX))).toMatchObject({ status: 'error', type: 'numbers_exhausted' });
  });
});

describe('nextSequenceAfter', () => {
  it('follows the last issued number, 0 meaning none yet', () => {
    expect(nextSequenceAfter(0)).toEqual({ status: 'success', response: 1 });
    expect(nextSequenceAfter(41)).toEqual({ status: 'success', response: 42 });
  });

  it('refuses a counter that is not a whole number in range', () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, MAX_SEQUENCE + 1]) {
      expectBroken(nextSequenceAfter(bad), 'Счётчик номеров содержит недопустимое значение');
    }
  });

  it('stops at the end of the series', () => {
    expect(nextSequenceAfter(MAX_SEQUENCE)).toMatchObject({ status: 'error', type: 'numbers_exhausted' });
  });
});
