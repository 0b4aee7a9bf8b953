import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, type Page } from '../../app/api-client.ts';
import type { DeviceKey, DeviceKeyCreate } from '../../../../core/monitoring/device-key.schema.ts';
import type { Silence, SensorPatch } from '../../../../core/monitoring/sensor-api.schema.ts';
import type { SensorCreate } from '../../../../core/monitoring/sensor.schema.ts';
import type { SensorTemplate } from '../../../../core/monitoring/templates/template.ts';
import type { Sensor } from './monitoring.types.ts';
import { monitoringKeys } from './use-monitoring.queries.ts';

export type { DeviceKey, SensorCreate, SensorPatch, SensorTemplate, Silence };
export type CreatedDeviceKey = DeviceKey & { key: string };

export const sensorAdminKeys = {
  enterpriseSensors: (enterpriseId: string, page: number, pageSize: number) => ['monitoring', 'sensors', 'enterprise', enterpriseId, page, pageSize] as const,
  templates: ['monitoring', 'sensor-templates'] as const,
  deviceKeys: (enterpriseId: string) => ['monitoring', 'device-keys', enterpriseId] as const,
  deviceKeyPage: (enterpriseId: string, page: number, pageSize: number) => ['monitoring', 'device-keys', enterpriseId, page, pageSize] as const,
  silences: (sensorId: string) => ['monitoring', 'silences', sensorId] as const,
  silencePage: (sensorId: string, page: number, pageSize: number) => ['monitoring', 'silences', sensorId, page, pageSize] as const,
};

/** One page of an enterprise's sensors (active ones), by code. */
export function useEnterpriseSensors(enterpriseId: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: sensorAdminKeys.enterpriseSensors(enterpriseId, page, pageSize),
    queryFn: ({ signal }) => apiRequest<Page<Sensor>>('/sensors', { query: { enterpriseId, page, pageSize }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The regulation templates (a fixed list: cached for the session). */
export function useSensorTemplates(enabled = true) {
  return useQuery({
    queryKey: sensorAdminKeys.templates,
    queryFn: ({ signal }) => apiRequest<{ items: SensorTemplate[] }>('/sensor-templates', { signal }).then((r) => r.items),
    staleTime: Infinity,
    enabled,
  });
}

/** Sensor lists and the sensor's own page show the change. */
function useSensorsChanged() {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: monitoringKeys.sensors });
}

export function useCreateSensor() {
  const changed = useSensorsChanged();
  return useMutation({ mutationFn: (body: SensorCreate) => apiRequest<Sensor>('/sensors', { method: 'POST', body }), onSuccess: changed });
}

export function useUpdateSensor() {
  const changed = useSensorsChanged();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: SensorPatch }) => apiRequest<Sensor>(`/sensors/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch }),
    onSuccess: changed,
  });
}

export function useDeactivateSensor() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest<void>(`/sensors/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: monitoringKeys.sensors });
      void client.invalidateQueries({ queryKey: ['monitoring', 'alarms'] });
    },
  });
}

export function useDeviceKeys(enterpriseId: string, page: number, pageSize: number, enabled = true) {
  return useQuery({
    queryKey: sensorAdminKeys.deviceKeyPage(enterpriseId, page, pageSize),
    queryFn: ({ signal }) => apiRequest<Page<DeviceKey>>('/device-keys', { query: { enterpriseId, page, pageSize }, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCreateDeviceKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: DeviceKeyCreate) => apiRequest<CreatedDeviceKey>('/device-keys', { method: 'POST', body }),
    onSuccess: (key) => void client.invalidateQueries({ queryKey: sensorAdminKeys.deviceKeys(key.enterpriseId) }),
  });
}

export function useRevokeDeviceKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest<DeviceKey>(`/device-keys/${encodeURIComponent(id)}/revoke`, { method: 'POST' }),
    onSuccess: (key) => void client.invalidateQueries({ queryKey: sensorAdminKeys.deviceKeys(key.enterpriseId) }),
  });
}

export function useSilences(sensorId: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: sensorAdminKeys.silencePage(sensorId, page, pageSize),
    queryFn: ({ signal }) => apiRequest<Page<Silence>>(`/sensors/${encodeURIComponent(sensorId)}/silences`, { query: { page, pageSize }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** A silence changes the sensor's `silencedUntil`: its page and the lists refresh. */
function useSilencesChanged(sensorId: string) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: sensorAdminKeys.silences(sensorId) });
    void client.invalidateQueries({ queryKey: monitoringKeys.sensors });
  };
}

export function useCreateSilence(sensorId: string) {
  const changed = useSilencesChanged(sensorId);
  return useMutation({
    mutationFn: (body: { reason: string; until: string }) => apiRequest<Silence>(`/sensors/${encodeURIComponent(sensorId)}/silences`, { method: 'POST', body }),
    onSuccess: changed,
  });
}

export function useCancelSilence(sensorId: string) {
  const changed = useSilencesChanged(sensorId);
  return useMutation({
    mutationFn: (silenceId: string) => apiRequest<Silence>(`/sensors/${encodeURIComponent(sensorId)}/silences/${encodeURIComponent(silenceId)}/cancel`, { method: 'POST' }),
    onSuccess: changed,
  });
}
