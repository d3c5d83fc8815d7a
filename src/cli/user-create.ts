import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { ConfigError, parseEnv } from '../config/env.js';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../console/password.js';
import { openDatabase } from '../db/open-node.js';
import { createStaffStore, type Role } from '../db/stores/staff-store.js';

/**
 * `npm run user:create -- --email a@b.org --role admin [--name "…"] [--districts Leh,Kargil] [--languages en,hi]`
 * The password comes from SAHELI_USER_PASSWORD or a hidden prompt, never from an argument (argv is
 * visible to every user of the machine and lands in shell history).
 */
const ROLES: Role[] = ['admin', 'counsellor', 'campaigner'];

async function readPassword(): Promise<string> {
  if (process.env.SAHELI_USER_PASSWORD) return process.env.SAHELI_USER_PASSWORD;
  if (!process.stdin.isTTY) throw new Error('set SAHELI_USER_PASSWORD or run in a terminal to type the password');
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const out = rl as unknown as { _writeToOutput: (s: string) => void };
  process.stdout.write('Password (not shown): ');
  out._writeToOutput = () => {};
  const answer = await new Promise<string>((resolve) => rl.question('', resolve));
  rl.close();
  process.stdout.write('\n');
  return answer;
}

try {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      districts: { type: 'string' },
      languages: { type: 'string' },
    },
    strict: true,
  });
  const problems: string[] = [];
  if (!values.email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email)) problems.push('--email must be an email address');
  if (!values.role || !ROLES.includes(values.role as Role)) problems.push(`--role must be one of ${ROLES.join(', ')}`);
  if (problems.length > 0) throw new ConfigError(problems);
  const password = await readPassword();
  if (password.length < MIN_PASSWORD_LENGTH) throw new ConfigError([`the password must be at least ${MIN_PASSWORD_LENGTH} characters`]);
  const env = parseEnv(process.env);
  const database = await openDatabase(env);
  try {
    const list = (v?: string) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []);
    const user = await createStaffStore(database.db).create({
      email: values.email as string,
      displayName: values.name ?? (values.email as string).split('@')[0] ?? 'counsellor',
      passwordHash: await hashPassword(password),
      role: values.role as Role,
      districts: list(values.districts),
      languages: list(values.languages),
    });
    process.stdout.write(`user ${user.email} (${user.role}) is ready\n`);
  } finally {
    await database.close();
  }
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
}
