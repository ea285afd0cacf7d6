import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-record-pages';
import { migration0003 } from './0003-determination-versions';
import { migration0004 } from './0004-signing';
import { migration0005 } from './0005-sync';
import { migration0006 } from './0006-audit-chain';
import { migration0007 } from './0007-viewing-copies';
import { migration0008 } from './0008-ocr';
import { migration0009 } from './0009-trusted-signers';
import { migration0011 } from './0011-encounters-duplicates-coverage';
import { migration0012 } from './0012-archive-and-inbox-indexes';
import { migration0013 } from './0013-item-citations-and-snippets';
import { migration0014 } from './0014-start-up-scan-indexes';
import type { Migration } from './migration';

/** Every migration in order; a new one is a new numbered file plus one line here. */
export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0011,
  migration0012,
  migration0013,
  migration0014,
];
