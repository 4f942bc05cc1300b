import { retryDelay } from '../../../../bridge/sync/retrySchedule';

describe('the retry schedule', () => {
  it('doubles from the base up to the cap, between half and all of each step', () => {
    expect([1, 2, 3, 4, 10].map((failures) => retryDelay(failures, 1000, 5000, () => 1))).toEqual([1000, 2000, 4000, 5000, 5000]);
    expect([1, 2, 3, 4, 10].map((failures) => retryDelay(failures, 1000, 5000, () => 0))).toEqual([500, 1000, 2000, 2500, 2500]);
  });
});
