"use client";

import { useEffect, useId, useState } from "react";

type CopyLinkButtonProps = { url: string; label: string; copy: string; copied: string };

/**
 * The pledge's address in a read-only field anyone can select and copy (also without JavaScript),
 * and, where the browser allows it, a button that copies it.
 */
export function CopyLinkButton({ url, label, copy, copied }: CopyLinkButtonProps) {
  const id = useId();
  const [canCopy, setCanCopy] = useState(false);
  const [done, setDone] = useState(false);

  useEffect(() => {
    setCanCopy(typeof navigator.clipboard?.writeText === "function");
  }, []);

  return (
    <div>
      <label htmlFor={id} className="block font-semibold text-heart-900">
        {label}
      </label>
      <div className="mt-2 flex flex-wrap gap-3">
        <input
          id={id}
          type="text"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          className="w-full max-w-md rounded-md border border-ink-muted bg-white px-3 py-2 text-base"
        />
        {canCopy ? (
          <button
            type="button"
            onClick={async () => {
              try {
                await navigator.clipboard.writeText(url);
                setDone(true);
              } catch (error) {
                // Refused by the browser: the field above still lets the visitor copy by hand.
                console.error(error);
              }
            }}
            className="rounded-md bg-heart-700 px-4 py-2 font-semibold text-white hover:bg-heart-800"
          >
            {copy}
          </button>
        ) : null}
      </div>
      <p role="status" className="mt-2 text-base text-ink-muted">
        {done ? copied : ""}
      </p>
    </div>
  );
}
