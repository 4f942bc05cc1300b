// A flow is one story told in steps: each step is a jest test that runs only if the steps before
// it passed (so a failure points at the step that broke, not at everything after it), and a step
// that fails leaves a screenshot of the page in test-artifacts/.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

export const ARTIFACTS_DIR = resolve(__dirname, '../../../test-artifacts');

export type Step = (name: string, body: () => Promise<void>, timeoutMs?: number) => void;

/**
 * Registers the screenshot hook for the current describe block and returns `step`.
 * `page` is read after each step: the page the step left the browser on.
 */
export function flowSteps(flow: string, page: () => Page | undefined): Step {
  const state = { ran: false, passed: false, failedStep: undefined as string | undefined, name: '' };
  beforeEach(() => {
    state.ran = false;
    state.passed = false;
  });
  afterEach(async () => {
    const current = page();
    if (!state.ran || state.passed || current === undefined || current.isClosed()) return;
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const file = join(ARTIFACTS_DIR, `${flow}-${state.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80)}.png`);
    await current.screenshot({ path: file, fullPage: true }).catch(() => undefined);
  });
  return (name, body, timeoutMs = 240_000) => {
    it(
      name,
      async () => {
        if (state.failedStep !== undefined) throw new Error(`Not run: the earlier step «${state.failedStep}» failed.`);
        state.ran = true;
        state.name = name;
        try {
          await body();
          state.passed = true;
        } catch (error) {
          state.failedStep = name;
          throw error;
        }
      },
      timeoutMs,
    );
  };
}
