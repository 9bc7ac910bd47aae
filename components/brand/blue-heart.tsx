// The project's own blue heart: one smooth outline with a soft highlight, drawn for this site.
// Decorative by default (hidden from assistive technology); pass `label` when it carries meaning.

type BlueHeartProps = {
  className?: string;
  label?: string;
};

const shapes = (
  <>
    <path
      fill="currentColor"
      d="M32 56.5c-1.1 0-2.2-.4-3-1.1C17.3 45.3 3.5 33.7 3.5 19.6 3.5 10.3 10.6 3 19.3 3c5.3 0 9.9 2.6 12.7 6.9C34.8 5.6 39.4 3 44.7 3c8.7 0 15.8 7.3 15.8 16.6 0 14.1-13.8 25.7-25.5 35.8-.8.7-1.9 1.1-3 1.1Z"
    />
    <path
      fill="#fff"
      fillOpacity="0.28"
      d="M19.3 9.5c-5.2 0-9.4 4.5-9.4 10.1 0 1.6.3 3.2.8 4.7.4 1.1 1.7 1.5 2.6.8 1.9-1.5 3.2-4.3 4.5-7.1 1.2-2.6 2.9-4.8 4.6-6.1.9-.7.6-2.1-.5-2.3-.9-.1-1.8-.1-2.6-.1Z"
    />
  </>
);

export function BlueHeart({ className, label }: BlueHeartProps) {
  if (label !== undefined) {
    return (
      <svg viewBox="0 0 64 58" className={className} role="img" xmlns="http://www.w3.org/2000/svg">
        <title>{label}</title>
        {shapes}
      </svg>
    );
  }
  return (
    <svg
      viewBox="0 0 64 58"
      className={className}
      aria-hidden="true"
      focusable="false"
      xmlns="http://www.w3.org/2000/svg"
    >
      {shapes}
    </svg>
  );
}
