import type { ServiceContext } from '../../platform/context.js';

export type NoticeContext = Pick<ServiceContext, 'requestId' | 'pii'>;

// Who may do what with a notice is the permission table's (the approver draws up, publishes and
// closes notices and decides objections; a reviewer or the approver records an objection; finance,
// admins and auditors read): each service asks it with requireMayCall for the operation it serves.
