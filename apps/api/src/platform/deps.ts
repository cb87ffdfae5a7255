import type { Engine } from '@talent/db';
import type { Config } from './config.js';
import type { Db } from './db.js';
import type { Pii } from './pii.js';

/** What every capability's routes receive from createApp. */
export type ApiDeps = { db: Db; engine: Engine; config: Config; pii: Pii };
