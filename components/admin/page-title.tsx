import { FlashNotice } from "./flash-notice";

/** A staff page's h1, with the outcome of the action that brought the user here under it. */
export function PageTitle({ title }: { title: string }) {
  return (
    <>
      <h1 className="text-2xl font-bold text-heart-900">{title}</h1>
      <FlashNotice />
    </>
  );
}
