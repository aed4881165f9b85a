import { describe, expect, it } from 'vitest';
import { readDatabaseEnv } from '@/db/env';

describe('database settings', () => {
  it('takes a read replica beside the primary', () => {
    const env = readDatabaseEnv({ DATABASE_URL: 'postgresql://primary/db', DATABASE_READ_URL: 'postgres://replica/db' } as unknown as NodeJS.ProcessEnv);
    expect(env.DATABASE_READ_URL).toBe('postgres://replica/db');
    expect(readDatabaseEnv({ DATABASE_URL: 'postgresql://primary/db', DATABASE_READ_URL: '' } as unknown as NodeJS.ProcessEnv).DATABASE_READ_URL).toBeUndefined();
  });

  it('refuses a read replica without a primary, or one that is not a postgres URL', () => {
    expect(() => readDatabaseEnv({ DATABASE_READ_URL: 'postgresql://replica/db' } as unknown as NodeJS.ProcessEnv)).toThrow(/needs DATABASE_URL/);
    expect(() => readDatabaseEnv({ DATABASE_URL: 'postgresql://primary/db', DATABASE_READ_URL: 'mysql://x' } as unknown as NodeJS.ProcessEnv)).toThrow(/DATABASE_READ_URL must be/);
  });
});
