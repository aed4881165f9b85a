import type { ParamIssue } from '@/lib/result-filters';

/** A 400 whose JSON names each bad parameter. */
export function badRequest(issues: ParamIssue[]): Response {
  return Response.json(
    { error: issues.map((i) => i.message).join('; '), parameters: issues },
    { status: 400 },
  );
}

/** A 500 that logs the cause on the server and shows the client nothing internal. */
export function serverError(error: unknown): Response {
  console.error(error);
  return Response.json({ error: 'internal error' }, { status: 500 });
}
