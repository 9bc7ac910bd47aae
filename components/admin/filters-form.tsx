import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { TextLink } from "@/components/ui/text-link";

/**
 * A list's filters as a plain GET form: they live in the URL, so they work without JavaScript and a
 * filtered view can be shared. `children` are the fields, laid out in `gridClassName` (container
 * queries, `@lg:` and up, since the same form sits in pages of different widths).
 */
export async function FiltersForm({
  action,
  legendId,
  clearHref,
  submitLabel,
  gridClassName,
  children,
}: {
  action: string;
  /** Names the form; unique on the page. */
  legendId: string;
  clearHref: string;
  submitLabel?: string;
  gridClassName: string;
  children: ReactNode;
}) {
  const t = await getTranslations({ locale: "en", namespace: "Admin.common" });
  return (
    <form method="get" action={action} aria-labelledby={legendId}>
      <fieldset className="@container rounded-lg border border-heart-200 bg-white p-4">
        <legend id={legendId} className="px-1 font-semibold">
          {t("filters")}
        </legend>
        <div className={`grid gap-3 ${gridClassName}`}>{children}</div>
        <div className="mt-3 flex flex-wrap gap-3">
          <Button>{submitLabel ?? t("apply")}</Button>
          <TextLink native href={clearHref} className="px-2 py-2">
            {t("clear")}
          </TextLink>
        </div>
      </fieldset>
    </form>
  );
}

/** The "from" and "to" days of a list's date filter, both included. */
export async function DayRangeFields({
  idPrefix,
  from,
  to,
}: {
  idPrefix: string;
  from: string | undefined;
  to: string | undefined;
}) {
  const t = await getTranslations({ locale: "en", namespace: "Admin.pledges" });
  return (
    <>
      {(["from", "to"] as const).map((name) => (
        <Field key={name} id={`${idPrefix}-${name}`} label={t(name)} compact>
          {(control) => (
            <input
              {...control}
              name={name}
              type="date"
              defaultValue={name === "from" ? from : to}
              // A date input needs about ten characters of room, or its text is cut ("mm/c").
              className={`${control.className} min-w-36`}
            />
          )}
        </Field>
      ))}
    </>
  );
}

type Options = ReadonlyArray<readonly [value: string, label: string]>;

/**
 * The selects of one filters form, which share their ids' prefix, the current values and the "any"
 * label: `const select = filterSelects("filter", filters, t("common.any"))`, then
 * `select("status", label, options)` for each.
 */
export function filterSelects(
  idPrefix: string,
  values: Readonly<Record<string, string | undefined>>,
  anyLabel: string,
) {
  return (name: string, label: string, options: Options) => (
    <Field id={`${idPrefix}-${name}`} label={label} compact>
      {(control) => (
        <select {...control} name={name} defaultValue={values[name] ?? ""}>
          <option value="">{anyLabel}</option>
          {options.map(([code, text]) => (
            <option key={code} value={code}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
