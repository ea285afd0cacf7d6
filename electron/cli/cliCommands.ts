import { ARCHIVE_COMMAND } from './archiveCommand';
import { CASE_COMMANDS } from './caseCommands';
import { CHRONOLOGY_COMMANDS } from './chronologyCommands';
import type { CliCommand } from './cliCommand';
import { PROFILE_COMMAND } from './profileCommand';
import { DOCTOR_COMMAND } from './doctorCommand';
import { RECORD_COMMANDS } from './recordCommands';
import { SECURITY_COMMANDS } from './securityCommands';
import { SIGNING_COMMANDS } from './signingCommands';
import { SYNC_COMMAND } from './syncCommand';

/** Every command; each capability contributes its own file. They all call the same registrar as the window. */
export const CLI_COMMANDS: readonly CliCommand[] = [
  ...CASE_COMMANDS,
  ARCHIVE_COMMAND,
  ...RECORD_COMMANDS,
  ...CHRONOLOGY_COMMANDS,
  ...SECURITY_COMMANDS,
  PROFILE_COMMAND,
  ...SIGNING_COMMANDS,
  SYNC_COMMAND,
  DOCTOR_COMMAND,
];
