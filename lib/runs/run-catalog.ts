import { z } from 'zod';

/** The file seeds/catalog/run-tasks.json: harness task names and metric keys, mapped to our benchmarks and labels. */
export const runTaskCatalogSchema = z.strictObject({
  about: z.string(),
  tasks: z.array(
    z.strictObject({
      benchmark: z.string().min(1),
      tasks: z.array(z.string().min(1)).min(1),
      metrics: z.record(z.string().min(1), z.string().min(1)),
    }),
  ),
});
export type RunTaskCatalog = z.infer<typeof runTaskCatalogSchema>;

export interface TaskMapping {
  benchmark: string;
  metrics: Readonly<Record<string, string>>;
}

/** Task name → mapping; one task name may appear once only. */
export function taskIndex(catalog: RunTaskCatalog): Map<string, TaskMapping> {
  const index = new Map<string, TaskMapping>();
  for (const entry of catalog.tasks) {
    for (const task of entry.tasks) {
      if (index.has(task)) throw new Error(`run-tasks.json: task "${task}" is mapped twice`);
      index.set(task, { benchmark: entry.benchmark, metrics: entry.metrics });
    }
  }
  return index;
}
