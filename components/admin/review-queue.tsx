"use client";
// Messages awaiting review. Approve/reject feel instant: the item leaves the list at once
// (useOptimistic) while the server action runs; if it fails, the item comes back with the error.
import { useOptimistic, useState, useTransition } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";
import type { ModerationResult } from "./pledge-actions";
import { ReviewItemSummary } from "./review-item-summary";
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
  spam: string;
  view: string;
}

const DECISIONS = [
  { decision: "approve", variant: "primary" },
  { decision: "reject", variant: "secondary" },
  { decision: "spam", variant: "danger" },
] as const satisfies ReadonlyArray<{ decision: keyof Labels; variant: ButtonVariant }>;

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
              <ReviewItemSummary
                id={`queue-${item.id}`}
                name={item.displayName}
                details={`${item.country} · ${item.createdAt}`}
                message={item.message}
              />
              <div className="mt-3 flex flex-wrap gap-2">
                {DECISIONS.map(({ decision, variant }) => (
                  <Button
                    key={decision}
                    type="button"
                    variant={variant}
                    size="sm"
                    onClick={() => decide(item.id, decision)}
                    aria-describedby={`queue-${item.id}`}
                  >
                    {labels[decision]}
                  </Button>
                ))}
                <TextLink
                  href={`/admin/pledges/${item.id}`}
                  className="px-2 py-1.5"
                  aria-describedby={`queue-${item.id}`}
                >
                  {labels.view}
                </TextLink>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
