/** The outcome of the last action, announced to screen readers. */
export function StatusNotice({
  message,
  tone = "ok",
}: {
  message?: string;
  tone?: "ok" | "error";
}) {
  if (!message) return null;
  return (
    <p
      role={tone === "error" ? "alert" : "status"}
      className={`rounded-md border border-s-4 p-3 ${
        tone === "error"
          ? "border-red-300 border-s-red-700 bg-red-50 text-red-900"
          : "border-heart-200 border-s-heart-700 bg-white text-ink"
      }`}
    >
      {message}
    </p>
  );
}
