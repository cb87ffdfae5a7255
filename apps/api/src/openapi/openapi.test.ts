import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentPath, openApiDocument } from './document.js';

describe('the checked-in OpenAPI document', () => {
  it('is what the routes declare', () => {
    const checkedIn = readFileSync(resolve(import.meta.dirname, '../../../..', documentPath), 'utf8');
    expect(
      openApiDocument() === checkedIn,
      `${documentPath} differs from the routes: run \`pnpm openapi\` and commit the result`,
    ).toBe(true);
  });
});
