import type { ThemeConfig } from 'antd';

/** A restrained government-blue palette: one brand colour, neutral surfaces, no decoration. */
export const BRAND_COLOR = '#1459c7';
export const HEADER_BACKGROUND = '#0b2c5f';

export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: BRAND_COLOR,
    colorInfo: BRAND_COLOR,
    colorLink: BRAND_COLOR,
    borderRadius: 6,
    colorBgLayout: '#f2f4f8',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: {
      headerBg: HEADER_BACKGROUND,
      headerHeight: 56,
      headerPadding: '0 20px',
      siderBg: '#ffffff',
      triggerBg: '#ffffff',
      triggerColor: 'rgba(0, 0, 0, 0.65)',
    },
    Menu: {
      itemBorderRadius: 6,
      itemMarginInline: 8,
      activeBarBorderWidth: 0,
    },
    Card: {
      headerFontSize: 15,
    },
    Table: {
      headerBg: '#f7f8fa',
    },
  },
};
