import type { Metadata } from 'next';
import { CheckForm } from './check-form';

export const metadata: Metadata = { title: 'Check a draft' };

export default function CheckPage() {
  return (
    <>
      <h1>Check a draft</h1>
      <p className="lede">
        Paste a LaTeX, Markdown, CSV or plain-text draft, or pick a file. Every score in it is compared with the numbers the
        sources reported: match, mismatch, superseded (from a table its team replaced), other setting, or unknown. Nothing you
        paste is stored.
      </p>
      <CheckForm />
    </>
  );
}
