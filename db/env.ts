import { z } from 'zod';

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// or postgresql:// URL')
    .optional(),
  /** A read-only replica of DATABASE_URL's database; the web app reads from it, the tools write to DATABASE_URL. */
  DATABASE_READ_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_READ_URL must be a postgres:// or postgresql:// URL')
    .optional(),
  PGLITE_DATA_DIR: z.string().min(1).default('.data/pglite'),
});

export type DatabaseEnv = z.infer<typeof envSchema>;

/** Reads the database settings once; an empty DATABASE_URL counts as unset. */
export function readDatabaseEnv(env: NodeJS.ProcessEnv = process.env): DatabaseEnv {
  const parsed = envSchema.safeParse({
    DATABASE_URL: env.DATABASE_URL || undefined,
    DATABASE_READ_URL: env.DATABASE_READ_URL || undefined,
    PGLITE_DATA_DIR: env.PGLITE_DATA_DIR || undefined,
  });
  if (parsed.success && parsed.data.DATABASE_READ_URL && !parsed.data.DATABASE_URL) {
    throw new Error('Invalid database settings: DATABASE_READ_URL needs DATABASE_URL (the primary the tools write to)');
  }
  if (!parsed.success) {
    throw new Error(`Invalid database settings: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  }
  return parsed.data;
}
