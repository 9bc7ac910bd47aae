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
    <svg
      viewBox={`0 0 ${width} ${height + 20}`}
      role="img"
      aria-labelledby="per-day-title per-day-desc"
      className="h-auto w-full"
    >
      <title id="per-day-title">{label}</title>
      <desc id="per-day-desc">{description}</desc>
      <line x1={0} y1={height} x2={width} y2={height} stroke="#465366" strokeWidth={1} />
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
      <text x={0} y={height + 16} fontSize={12} fill="#465366">
        {data[0]?.label}
      </text>
      <text x={width} y={height + 16} fontSize={12} fill="#465366" textAnchor="end">
        {data.at(-1)?.label}
      </text>
    </svg>
  );
}
