import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * Next's Link, without prefetching unless asked for. Every page here is rendered per request, so a
 * prefetch buys little, and each link in view set one off: a page view cost the server 11 to 18
 * background renders of pages the reader mostly never opened.
 */
export default function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
