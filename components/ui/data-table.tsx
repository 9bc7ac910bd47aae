import { type ReactNode, useId } from "react";

const cellClass = "border-heart-100 border-b px-3 py-2 align-top";

type DataTableProps<Row> = {
  /** The caption's id, which also names the scrolling region (one is made up when not given). */
  id?: string;
  caption: ReactNode;
  /** The column headers, in order. */
  columns: readonly ReactNode[];
  /** Rendered once per request and never reordered in place, so rows are keyed by position. */
  rows: readonly Row[];
  /** The cells of one row (`RowHeader` first, then `Cell`s). */
  children: (row: Row) => ReactNode;
  /** Said in a single row when there are no rows; without it an empty table has no body rows. */
  empty?: ReactNode;
};

/**
 * A table of records: caption, column headers, one row each, an empty state. A wide table scrolls
 * sideways on a phone inside a region that is focusable and labelled by the caption, so keyboard
 * users can scroll it too (WCAG 2.1.1).
 */
export function DataTable<Row>({
  id,
  caption,
  columns,
  rows,
  children,
  empty,
}: DataTableProps<Row>) {
  const madeUpId = useId();
  const captionId = id ?? madeUpId;
  return (
    <section
      aria-labelledby={captionId}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-heart-200 bg-white"
    >
      <table className="w-full min-w-[40rem] border-collapse text-start text-sm">
        <caption
          id={captionId}
          className="px-4 py-3 text-start text-base font-semibold text-heart-900"
        >
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th
                // biome-ignore lint/suspicious/noArrayIndexKey: fixed headers, never reordered.
                key={index}
                scope="col"
                className="border-heart-200 border-b bg-heart-50 px-3 py-2 text-start font-semibold"
              >
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && empty !== undefined ? (
            <tr>
              <td colSpan={columns.length} className={cellClass}>
                {empty}
              </td>
            </tr>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: see `rows`.
            rows.map((row, index) => <tr key={index}>{children(row)}</tr>)
          )}
        </tbody>
      </table>
    </section>
  );
}

/** The cell that names its row (read out with every other cell of the row). */
export function RowHeader({
  children,
  className = "font-normal",
}: {
  children: ReactNode;
  /** Replaces the normal weight: `font-medium`, `whitespace-nowrap`, ... */
  className?: string;
}) {
  return (
    <th scope="row" className={`${cellClass} ${className}`}>
      {children}
    </th>
  );
}

/** A data cell. */
export function Cell({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <td className={`${cellClass} ${className}`.trim()}>{children}</td>;
}
