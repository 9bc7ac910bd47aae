/**
 * The address of a page of the supporters lists: the newest of both at /supporters (the cached
 * page), any other at /supporters/older with the lists' cursors (decision 034).
 */
export function supportersHref(cursors: {
  pledges?: string | undefined;
  donors?: string | undefined;
}) {
  const { pledges, donors } = cursors;
  if (pledges === undefined && donors === undefined) return { pathname: "/supporters" } as const;
  return {
    pathname: "/supporters/older",
    query: {
      ...(pledges === undefined ? {} : { cursor: pledges }),
      ...(donors === undefined ? {} : { donors }),
    },
  } as const;
}
