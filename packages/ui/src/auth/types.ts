/** The signed-in account as `GET /api/me` returns it. */
export type { Me } from '@talent/api/client';
export type { EmployerStatus } from '@talent/domain';
