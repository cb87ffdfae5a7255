import { describe, expect, it } from 'vitest';
import { createTestHarness } from '../../testing/index.js';

describe('reference data: security', () => {
  it('needs a signed-in user', async () => {
    const h = await createTestHarness();
    for (const path of [
      '/api/reference/police-stations',
      '/api/reference/collective-employers',
      '/api/reference/employers',
    ]) {
      expect((await h.call('GET', path)).status).toBe(401);
    }
  });
});
