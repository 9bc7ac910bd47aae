import type { ComponentProps } from "react";

const VARIANTS = {
  /** The one main action of a form. */
  primary: "bg-heart-800 font-medium text-white hover:bg-heart-900",
  /** Any other action beside it. */
  secondary: "border border-heart-800 font-medium text-heart-900",
  /** An action that takes something away (spam, disable). */
  danger: "border border-red-800 font-medium text-red-900",
  /** An action that cannot be undone (erasure). */
  destructive: "bg-red-700 font-medium text-white",
  /** On the dark staff header. */
  inverse: "border border-white font-medium hover:bg-heart-800 focus-visible:outline-white",
  /** The call to act of a public form: large, in the campaign blue. */
  campaign:
    "inline-flex min-h-12 items-center bg-heart-700 text-lg font-semibold text-white hover:bg-heart-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-heart-900",
} as const;

const SIZES = { sm: "px-3 py-1.5", md: "px-4 py-2", lg: "px-6 py-3" } as const;

export type ButtonVariant = keyof typeof VARIANTS;

/** The classes of a button, for a link that looks like one (a download, say). */
export function buttonClass(
  variant: ButtonVariant = "primary",
  size: keyof typeof SIZES = "md",
  className = "",
): string {
  return `rounded-md disabled:cursor-wait disabled:opacity-80 ${VARIANTS[variant]} ${SIZES[size]} ${className}`.trim();
}

type ButtonProps = ComponentProps<"button"> & {
  variant?: ButtonVariant;
  size?: keyof typeof SIZES;
};

/** A button of the site: a submit button unless told otherwise. */
export function Button({
  variant,
  size,
  className,
  type = "submit",
  disabled,
  ...props
}: ButtonProps) {
  return (
    <button
      type={type}
      disabled={disabled}
      // Announced as busy while a form is on its way, not only greyed out.
      aria-disabled={disabled || undefined}
      className={buttonClass(variant, size, className)}
      {...props}
    />
  );
}
