import { DownOutlined, GlobalOutlined } from '@ant-design/icons';
import { Button, Dropdown, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, isLanguage, LANGUAGES } from '../i18n/i18n.ts';

interface LanguageSwitchProps {
  tone?: 'light' | 'dark';
}

export function LanguageSwitch({ tone = 'light' }: LanguageSwitchProps) {
  const { t, i18n } = useTranslation();
  const active = isLanguage(i18n.language) ? i18n.language : currentLanguage();
  const items: MenuProps['items'] = LANGUAGES.map((language) => ({
    key: language,
    label: <span lang={language}>{t(`language.${language}`)}</span>,
  }));
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items,
        selectable: true,
        selectedKeys: [active],
        onClick: ({ key }) => {
          if (isLanguage(key)) void changeLanguage(key);
        },
      }}
    >
      <Button
        type="text"
        aria-label={t('language.label')}
        data-testid="language-switch"
        icon={<GlobalOutlined />}
        style={{ color: tone === 'light' ? 'rgba(255,255,255,0.88)' : undefined }}
      >
        {t(`language.${active}`)}
        <DownOutlined style={{ fontSize: 10 }} />
      </Button>
    </Dropdown>
  );
}
