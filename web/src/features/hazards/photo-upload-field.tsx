import { PlusOutlined } from '@ant-design/icons';
import { App, Image, Typography, Upload, type FormRule, type UploadFile } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api-client.ts';
import type { Photo } from './hazard.types.ts';
import { photoProblemOf, photoUrl, uploadPhoto } from './photo-upload.ts';
import { apiErrorText } from '../../app/api-error-text.ts';

export type PhotoFile = UploadFile<Photo>;
const MAX_PHOTOS = 20;

/** The ids of the photos that finished uploading, in the order shown. */
export function photoIdsOf(files: readonly PhotoFile[] | undefined): string[] {
  return (files ?? []).flatMap((file) => (file.status === 'done' && file.response ? [file.response.id] : []));
}

/** Rules for a photo list: none still uploading or failed, at most 20, and at least `min` when asked. */
export function photoRules(t: TFunction, options: { min?: number; minMessage?: string } = {}): FormRule[] {
  return [
    {
      validator: async (_rule, value: PhotoFile[] | undefined) => {
        const files = value ?? [];
        if (files.some((file) => file.status === 'uploading')) throw new Error(t('hazard.validation.photosUploading'));
        if (files.some((file) => file.status === 'error')) throw new Error(t('hazard.validation.photosFailed'));
        if (files.length > MAX_PHOTOS) throw new Error(t('hazard.validation.photosTooMany'));
        if (options.min && photoIdsOf(files).length < options.min) throw new Error(options.minMessage);
      },
    },
  ];
}

function uploadErrorText(error: unknown, t: TFunction): string {
  if (isApiError(error, 'PAYLOAD_TOO_LARGE')) return t('hazard.validation.photoSize');
  if (isApiError(error, 'VALIDATION_FAILED')) return t('hazard.validation.photoType');
  return apiErrorText(t, error);
}

interface PhotoUploadFieldProps {
  id?: string;
  value?: PhotoFile[];
  onChange?: (files: PhotoFile[]) => void;
  disabled?: boolean;
}

/**
 * Photos go up one by one as soon as they are chosen (`POST /api/v1/photos`, the raw bytes); the form then
 * sends only their ids. Files that are not JPEG, PNG or WebP, or above 10 MB, are refused before upload.
 */
export function PhotoUploadField({ id, value, onChange, disabled }: PhotoUploadFieldProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [preview, setPreview] = useState<string | undefined>();
  const files = value ?? [];

  return (
    <>
      <Upload<Photo>
        id={id}
        listType="picture-card"
        accept="image/jpeg,image/png,image/webp"
        multiple
        disabled={disabled}
        fileList={files}
        beforeUpload={(file) => {
          const problem = photoProblemOf(file);
          if (!problem) return true;
          void message.error(t(problem === 'type' ? 'hazard.validation.photoType' : 'hazard.validation.photoSize'));
          return Upload.LIST_IGNORE;
        }}
        customRequest={({ file, onSuccess, onError }) => {
          const controller = new AbortController();
          uploadPhoto(file as Blob, controller.signal).then(
            (photo) => onSuccess?.(photo),
            (error: unknown) => {
              if (controller.signal.aborted) return;
              const name = file instanceof File ? file.name : '';
              void message.error(t('hazard.upload.failed', { name, reason: uploadErrorText(error, t) }));
              onError?.(error instanceof Error ? error : new Error(String(error)));
            },
          );
          return { abort: () => controller.abort() };
        }}
        onChange={({ fileList }) =>
          onChange?.(
            fileList.map((file) =>
              file.status === 'done' && file.response ? { ...file, url: photoUrl(file.response.id) } : file,
            ),
          )
        }
        onPreview={(file) => setPreview(file.url ?? file.thumbUrl)}
      >
        {files.length < MAX_PHOTOS && !disabled && (
          <button type="button" style={{ border: 0, background: 'none', cursor: 'pointer' }}>
            <PlusOutlined />
            <div style={{ marginTop: 8 }}>{t('hazard.upload.button')}</div>
          </button>
        )}
      </Upload>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('hazard.upload.hint')}
      </Typography.Text>
      {preview && (
        <Image
          style={{ display: 'none' }}
          src={preview}
          preview={{ open: true, src: preview, onOpenChange: (open) => !open && setPreview(undefined) }}
        />
      )}
    </>
  );
}
