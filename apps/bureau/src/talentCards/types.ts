import type { ApiClient } from '@talent/api/client';
import type { InferResponseType } from 'hono/client';

// Response types of the registry, the import and the dashboard, from the API's own route definitions.
type Cards = ApiClient['api']['talent-cards'];
export type CardPage = InferResponseType<Cards['$get'], 200>;
export type CardItem = CardPage['items'][number];
export type CardBody = InferResponseType<Cards['$post'], 201>;
export type RevealBody = InferResponseType<Cards[':id']['reveal']['$post'], 200>;
export type ImportBody = InferResponseType<Cards['imports'][':id']['$get'], 200>;
export type CardImport = ImportBody['import'];
export type ImportRow = CardImport['rows'][number];
export type ImportListPage = InferResponseType<Cards['imports']['$get'], 200>;
export type ImportSummary = ImportListPage['items'][number];
export type CardCounts = InferResponseType<Cards['counts']['$get'], 200>;
export type CardHistory = InferResponseType<Cards[':id']['history']['$get'], 200>;
