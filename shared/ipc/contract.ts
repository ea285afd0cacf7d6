import type { z } from 'zod';
import { appContract } from './contracts/appContract';
import { archiveContract } from './contracts/archiveContract';
import { auditContract } from './contracts/auditContract';
import { backupContract } from './contracts/backupContract';
import { casesContract } from './contracts/casesContract';
import { catalogContract } from './contracts/catalogContract';
import { checksContract } from './contracts/checksContract';
import { chronologyContract } from './contracts/chronologyContract';
import { determinationsContract } from './contracts/determinationsContract';
import { recordsContract } from './contracts/recordsContract';
import { syncContract } from './contracts/syncContract';
import { profileContract } from './contracts/profileContract';
import { sessionContract } from './contracts/sessionContract';
import { signingContract } from './contracts/signingContract';
import { snippetsContract } from './contracts/snippetsContract';
import { versionsContract } from './contracts/versionsContract';

/** Every method the back end offers, defined once; each capability adds its own contract file here. */
export const contract = {
  ...appContract,
  ...casesContract,
  ...archiveContract,
  ...determinationsContract,
  ...versionsContract,
  ...catalogContract,
  ...recordsContract,
  ...chronologyContract,
  ...syncContract,
  ...sessionContract,
  ...auditContract,
  ...backupContract,
  ...checksContract,
  ...profileContract,
  ...signingContract,
  ...snippetsContract,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
