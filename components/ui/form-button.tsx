import type { ComponentProps } from "react";
import { Button } from "./button";

type FormButtonProps = ComponentProps<typeof Button> & {
  action: ComponentProps<"form">["action"];
  /** Sent as hidden fields: what the button acts on. */
  fields: Readonly<Record<string, string>>;
  formClassName?: string;
};

/** One button that posts a small form (approve this, disable that); works without JavaScript. */
export function FormButton({ action, fields, formClassName, ...button }: FormButtonProps) {
  return (
    <form action={action} className={formClassName}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button {...button} />
    </form>
  );
}
