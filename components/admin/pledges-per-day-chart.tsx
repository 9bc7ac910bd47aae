/**
 * A bar chart drawn as SVG, with a text alternative: the SVG is an image with a title and a
 * description, and the same figures follow in a table for screen readers and keyboard users.
 */
export function PledgesPerDayChart({
  data,
  label,
  description,
}: {
  data: Array<{ day: string; count: number; label: string }>;
  label: string;
  description: string;
}) {
  const width = 600;
  const height = 180;
  const gap = 2;
  const max = Math.max(1, ...data.map((point) => point.count));
  const barWidth = data.length > 0 ? width / data.length - gap : 0;
  return (
    <figure>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        // The bars stretch with the screen; the labels below stay text-sized at any width.
        preserveAspectRatio="none"
        role="img"
        aria-labelledby="per-day-title per-day-desc"
        className="h-40 w-full sm:h-48"
      >
        <title id="per-day-title">{label}</title>
        <desc id="per-day-desc">{description}</desc>
        <line
          x1={0}
          y1={height}
          x2={width}
          y2={height}
          stroke="#465366"
          strokeWidth={1}
          vectorEffect="non-scaling-stroke"
        />
        {data.map((point, index) => {
          const barHeight = Math.round((point.count / max) * (height - 10));
          return (
            <rect
              key={point.day}
              x={index * (barWidth + gap)}
              y={height - barHeight}
              width={barWidth}
              height={barHeight}
              fill="#1a52a6"
            >
              {/* One string child: React treats <title> specially and needs plain text. */}
              <title>{`${point.label}: ${point.count}`}</title>
            </rect>
          );
        })}
      </svg>
      {/* The first and last day; the description already says them to screen readers. */}
      <div aria-hidden="true" className="mt-1 flex justify-between text-sm text-ink-muted">
        <span>{data[0]?.label}</span>
        <span>{data.at(-1)?.label}</span>
      </div>
    </figure>
  );
}
