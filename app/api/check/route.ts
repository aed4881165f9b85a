import type { NextRequest } from 'next/server';
import { checkRecordReader } from '@/db/queries/check-record';
import { runCheck } from '@/lib/check/run-check';
import { readDraft, maxDraftBytes } from '@/lib/check/read-draft';
import { serverError } from '../responses';

export const dynamic = 'force-dynamic';

/** POST a draft as text/plain (UTF-8, at most 1 MB): every number checked against the record. Writes nothing. */
export async function POST(request: NextRequest): Promise<Response> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxDraftBytes) return Response.json({ error: `the draft is larger than ${maxDraftBytes} bytes` }, { status: 413 });
  const bytes = new Uint8Array(await request.arrayBuffer());
  const draft = readDraft(bytes);
  if (!draft.ok) return Response.json({ error: draft.error }, { status: draft.status });
  try {
    const report = await runCheck(draft.text, checkRecordReader(), permalinkOrigin(request));
    return Response.json(report, { headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    return serverError(error);
  }
}

/** The origin the client asked for (Next reports "localhost" for a loopback address), for absolute permalinks. */
function permalinkOrigin(request: NextRequest): string {
  const host = request.headers.get('host') ?? '';
  return /^[A-Za-z0-9.-]+(?::\d{1,5})?$/.test(host) ? `${request.nextUrl.protocol}//${host}` : request.nextUrl.origin;
}
