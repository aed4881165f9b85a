import { openDatabase } from './client';

const handle = openDatabase();
try {
  await handle.migrate();
  console.log(`migrations applied (${handle.driver})`);
} finally {
  await handle.close();
}
