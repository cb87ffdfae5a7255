import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { documentPath, openApiDocument } from './document.js';

// pnpm openapi: rewrites the checked-in document from the routes (the drift test compares the two).
const target = resolve(import.meta.dirname, '../../../..', documentPath);
writeFileSync(target, openApiDocument());
console.log(`wrote ${documentPath}`);
