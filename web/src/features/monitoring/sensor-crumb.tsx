import { useSensor } from './use-monitoring.queries.ts';

/** The breadcrumb of a sensor page: its name once loaded. */
export function SensorCrumb({ id }: { id: string }) {
  const sensor = useSensor(id);
  return <>{sensor.data?.name ?? '…'}</>;
}
