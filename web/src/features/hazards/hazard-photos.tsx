import { Card, Empty, Flex, Image, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HazardPhoto } from './hazard.types.ts';
import { photoUrl } from './photo-upload.ts';
import { useCardSize } from './use-descriptions-layout.ts';

const KINDS: readonly HazardPhoto['kind'][] = ['finding', 'result', 'evidence'];
const THUMB = 96;

/** A row of thumbnails that open the full images, one preview group per row. */
export function PhotoThumbnails({ ids, size = THUMB }: { ids: readonly string[]; size?: number }) {
  return (
    <Image.PreviewGroup>
      <Flex gap={8} wrap>
        {ids.map((id) => (
          <Image
            key={id}
            src={photoUrl(id)}
            width={size}
            height={size}
            alt=""
            style={{ objectFit: 'cover', borderRadius: 6, border: '1px solid #e8ebf0' }}
          />
        ))}
      </Flex>
    </Image.PreviewGroup>
  );
}

export function HazardPhotosCard({ photos }: { photos: readonly HazardPhoto[] }) {
  const { t } = useTranslation();
  const cardSize = useCardSize();
  const groups = KINDS.map((kind) => ({ kind, ids: photos.filter((photo) => photo.kind === kind).map((photo) => photo.id) })).filter(
    (group) => group.ids.length > 0,
  );
  return (
    <Card size={cardSize} title={t('hazard.detail.photos')} data-testid="hazard-photos">
      {groups.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('hazard.detail.noPhotos')} />
      ) : (
        <Flex vertical gap={16}>
          {groups.map((group) => (
            <div key={group.kind}>
              <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }}>
                {t(`hazard.photoKinds.${group.kind}`)}
              </Typography.Text>
              <PhotoThumbnails ids={group.ids} />
            </div>
          ))}
        </Flex>
      )}
    </Card>
  );
}
