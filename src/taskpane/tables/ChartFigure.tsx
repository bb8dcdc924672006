import { type ReactNode, useId } from 'react';
import { ChartValues, type ChartValuesProps } from './ChartValues';

export interface ChartFigureProps {
  /** The chart's accessible name and the values table's caption. */
  readonly title: string;
  /** What the chart shows, in words, for screen readers. */
  readonly description: string;
  readonly width: number;
  readonly height: number;
  readonly className: string;
  /** Takes keyboard focus (to show values on it). */
  readonly focusable?: boolean;
  readonly values: Omit<ChartValuesProps, 'chart'>;
  /** The drawing, in viewBox units. */
  readonly children: ReactNode;
}

/** A pane chart: an SVG image named and described for screen readers, with its values as a table. */
export function ChartFigure({
  title,
  description,
  width,
  height,
  className,
  focusable = false,
  values,
  children,
}: ChartFigureProps) {
  const descId = useId();
  return (
    <>
      <svg
        className={className}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={title}
        aria-describedby={descId}
        tabIndex={focusable ? 0 : undefined}
      >
        <title>{title}</title>
        <desc id={descId}>{description}</desc>
        {children}
      </svg>
      <ChartValues chart={title} {...values} />
    </>
  );
}
