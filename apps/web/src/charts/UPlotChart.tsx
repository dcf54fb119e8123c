import { useEffect, useRef } from 'react';
import uPlot, { type AlignedData, type Options } from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** One uPlot chart that follows its container's width and is rebuilt when its options or data change. */
export function UPlotChart({ options, data, testId }: { readonly options: Omit<Options, 'width'>; readonly data: AlignedData; readonly testId?: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const plot = new uPlot({ ...options, width: Math.max(element.clientWidth, 200) }, data, element);
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(element.clientWidth, 200), height: options.height }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [options, data]);
  return <div ref={host} className="chart" data-testid={testId} />;
}
