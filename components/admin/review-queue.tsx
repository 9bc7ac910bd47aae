"use client";
// Messages awaiting review. Approve/reject feel instant: the item leaves the list at once
// (useOptimistic) while the server action runs; if it fails, the item comes back with the error.
import { useOptimistic, useState, useTransition } from "react";
import type { ModerationResult } from "./pledge-actions";
import { StatusNotice } from "./status-notice";

export interface QueueItem {
  id: string;
  displayName: string;
  email: string;
  country: string;
  message: string;
  createdAt: string;
}

interface Labels {
  title: string;
  empty: string;
  approve: string;
  reject: string;
  markSpam: string;
  view: string;
}

export function ReviewQueue({
  items,
  total,
  labels,
  action,
}: {
  items: QueueItem[];
  total: number;
  labels: Labels;
  action: (formData: FormData) => Promise<ModerationResult>;
}) {
  const [optimisticItems, removeItem] = useOptimistic(items, (current, id: string) =>
    current.filter((item) => item.id !== id),
  );
  const [result, setResult] = useState<ModerationResult | null>(null);
  const [, startTransition] = useTransition();

  function decide(id: string, decision: "approve" | "reject" | "spam") {
    startTransition(async () => {
      removeItem(id);
      const formData = new FormData();
      formData.append("ids", id);
      formData.append("decision", decision);
      try {
        setResult(await action(formData));
      } catch {
        setResult({ ok: false, message: "" });
      }
    });
  }

  const remaining = total - (items.length - optimisticItems.length);
  return (
    <section aria-labelledby="queue-title" className="space-y-3">
      <h2 id="queue-title" className="text-xl font-semibold text-heart-900">
        {labels.title} ({remaining})
      </h2>
      <div aria-live="polite">
        {result ? (
          <StatusNotice message={result.message} tone={result.ok ? "ok" : "error"} />
        ) : null}
      </div>
      {optimisticItems.length === 0 ? (
        <p className="text-ink-muted">{labels.empty}</p>
      ) : (
        <ul className="space-y-3">
          {optimisticItems.map((item) => (
            <li
              key={item.id}
              className="rounded-lg border border-heart-200 bg-white p-4"
              aria-labelledby={`queue-${item.id}`}
            >
              <p id={`queue-${item.id}`} className="font-semibold">
                {item.displayName}{" "}
                <span className="font-normal text-ink-muted">
                  · {item.country} · {item.createdAt}
                </span>
              </p>
              <blockquote className="mt-2 border-heart-200 border-s-4 ps-3 break-words whitespace-pre-line">
                {item.message}
              </blockquote>
              <div className="mt-3 flex flex-wrap gap-2">
                <button
                  type="button"
                  onClick={() => decide(item.id, "approve")}
                  className="rounded-md bg-heart-800 px-3 py-1.5 font-medium text-white hover:bg-heart-900"
                  aria-describedby={`queue-${item.id}`}
                >
                  {labels.approve}
                </button>
                <button
                  type="button"
                  onClick={() => decide(item.id, "reject")}
                  className="rounded-md border border-heart-800 px-3 py-1.5 font-medium text-heart-900"
                  aria-describedby={`queue-${item.id}`}
                >
                  {labels.reject}
                </button>
                <button
                  type="button"
                  onClick={() => decide(item.id, "spam")}
                  className="rounded-md border border-red-800 px-3 py-1.5 font-medium text-red-900"
                  aria-describedby={`queue-${item.id}`}
                >
                  {labels.markSpam}
                </button>
                <a
                  href={`/admin/pledges/${item.id}`}
                  className="px-2 py-1.5 font-medium text-heart-800 underline"
                  aria-describedby={`queue-${item.id}`}
                >
                  {labels.view}
                </a>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
