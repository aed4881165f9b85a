import { openDatabase } from './client';
import { DataFolderInUseError } from './ownership/claim-folder';

try {
  const handle = openDatabase();
  try {
    await handle.migrate();
  } finally {
    await handle.close();
  }
  console.log(`migrations applied (${handle.via})`);
} catch (error) {
  if (!(error instanceof DataFolderInUseError)) throw error;
  console.error(error.message);
  process.exit(1);
}
