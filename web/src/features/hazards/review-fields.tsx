import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HazardDetail } from './hazard.types.ts';
import { PhotoUploadField, photoRules } from './photo-upload-field.tsx';

/**
 * submit_for_review (what was done and photos of the result; a major hazard needs one at least) and
 * rectify_immediately (how it was eliminated on the spot, with evidence).
 */
export function NoteAndPhotosFields({ hazard, kind }: { hazard: HazardDetail; kind: 'review' | 'immediate' }) {
  const { t } = useTranslation();
  const needsPhoto = kind === 'review' && hazard.grade === 'major';
  return (
    <>
      <Form.Item
        name="note"
        label={kind === 'review' ? t('hazard.actionForm.note') : t('hazard.actionForm.immediateNote')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: kind === 'review' ? t('hazard.validation.noteRequired') : t('hazard.validation.immediateNoteRequired'),
          },
          { max: 2000, message: t('hazard.validation.noteTooLong') },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
      <Form.Item
        name="photos"
        label={kind === 'review' ? t('hazard.actionForm.resultPhotos') : t('hazard.actionForm.evidencePhotos')}
        required={needsPhoto}
        rules={photoRules(t, needsPhoto ? { min: 1, minMessage: t('hazard.validation.resultPhotosRequired') } : {})}
      >
        <PhotoUploadField />
      </Form.Item>
    </>
  );
}

/** approve (an optional comment) and reject (the reason, required). */
export function ReviewCommentField({ required }: { required: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="comment"
      label={required ? t('hazard.actionForm.rejectComment') : t('hazard.actionForm.approveComment')}
      rules={[
        { required, whitespace: true, message: t('hazard.validation.rejectCommentRequired') },
        { max: 2000, message: t('hazard.validation.commentTooLong') },
      ]}
    >
      <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
    </Form.Item>
  );
}
