import {
  CalendarOutlined,
  CheckCircleOutlined,
  CloseCircleOutlined,
  FieldTimeOutlined,
  FlagOutlined,
  SendOutlined,
  ThunderboltOutlined,
  ToolOutlined,
} from '@ant-design/icons';
import { Button, Flex, type ButtonProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { HAZARD_ACTIONS, type HazardAction } from './hazard.types.ts';

const ICONS: Record<HazardAction, ReactNode> = {
  start_rectification: <ToolOutlined />,
  submit_for_review: <SendOutlined />,
  approve: <CheckCircleOutlined />,
  reject: <CloseCircleOutlined />,
  rectify_immediately: <ThunderboltOutlined />,
  list_for_supervision: <FlagOutlined />,
  request_extension: <FieldTimeOutlined />,
  decide_extension: <CalendarOutlined />,
};

/** The step that moves the hazard forward is the primary button; one at most. */
const PRIMARY_ORDER: readonly HazardAction[] = [
  'approve',
  'submit_for_review',
  'start_rectification',
  'decide_extension',
  'list_for_supervision',
];

function styleOf(action: HazardAction, primary: HazardAction | undefined): Pick<ButtonProps, 'type' | 'danger'> {
  if (action === primary) return { type: 'primary' };
  if (action === 'reject') return { danger: true };
  return {};
}

interface HazardActionButtonsProps {
  /** `allowedActions` of the hazard as the server computed it for this user. */
  actions: readonly string[];
  onSelect: (action: HazardAction) => void;
  disabled?: boolean;
}

/**
 * One button per action the server allows, and no other: the web never guesses who may do what
 * (core/hazards/hazard-lifecycle.ts `allowedActions`).
 */
export function HazardActionButtons({ actions, onSelect, disabled }: HazardActionButtonsProps) {
  const { t } = useTranslation();
  const shown = HAZARD_ACTIONS.filter((action) => actions.includes(action));
  if (shown.length === 0) return null;
  const primary = PRIMARY_ORDER.find((action) => shown.includes(action));
  return (
    <Flex gap={8} wrap role="group" aria-label={t('hazard.detail.actions')} data-testid="hazard-actions">
      {shown.map((action) => (
        <Button
          key={action}
          {...styleOf(action, primary)}
          icon={ICONS[action]}
          disabled={disabled}
          onClick={() => onSelect(action)}
          data-action={action}
        >
          {t(`hazard.actions.${action}`)}
        </Button>
      ))}
    </Flex>
  );
}

