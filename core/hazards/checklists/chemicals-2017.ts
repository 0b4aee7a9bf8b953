import { keyIndustryScope, type ChecklistItem, type ChecklistLibrary } from './checklist.schema.ts';

/**
 * 化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）(安监总管三〔2017〕121号), 20 items
 * (domain-rules §2.3 B): items 1–15 [H] (reproduced on several pages), items 16–20 [M] (unconfirmed). The document
 * numbers its items 一 … 二十 without articles. The 10 fireworks items of the same document are not transcribed.
 * A revised version (possibly a 部令) was being prepared [L]: check before go-live.
 */

const STANDARD = '化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）（安监总管三〔2017〕121号）';
const CHINESE = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const chinese = (n: number) => (n <= 10 ? CHINESE[n] : n < 20 ? `十${CHINESE[n - 10]}` : '二十') as string;

const TEXTS = [
  '危险化学品生产、经营单位主要负责人和安全生产管理人员未依法经考核合格',
  '特种作业人员未持证上岗',
  '涉及“两重点一重大”的生产装置、储存设施外部安全防护距离不符合国家标准要求',
  '涉及重点监管危险化工工艺的装置未实现自动化控制，系统未实现紧急停车功能，装备的自动化控制系统、紧急停车系统未投入使用',
  '构成一级、二级重大危险源的危险化学品罐区未实现紧急切断功能；涉及毒性气体、液化气体、剧毒液体的一级、二级重大危险源的危险化学品罐区未配备独立的安全仪表系统',
  '全压力式液化烃储罐未按国家标准设置注水措施',
  '液化烃、液氨、液氯等易燃易爆、有毒有害液化气体的充装未使用万向管道充装系统',
  '光气、氯气等剧毒气体及硫化氢气体管道穿越除厂区（包括化工园区、工业园区）外的公共区域',
  '地区架空电力线路穿越生产区且不符合国家标准要求',
  '在役化工装置未经正规设计且未进行安全设计诊断',
  '使用淘汰落后安全技术工艺、设备目录列出的工艺、设备',
  '涉及可燃和有毒有害气体泄漏的场所未按国家标准设置检测报警装置，爆炸危险场所未按国家标准安装使用防爆电气设备',
  '控制室或机柜间面向具有火灾、爆炸危险性装置一侧不满足国家标准关于防火防爆的要求',
  '化工生产装置未按国家标准要求设置双重电源供电，自动化控制系统未设置不间断电源',
  '安全阀、爆破片等安全附件未正常投用',
  '未建立与岗位相匹配的全员安全生产责任制或者未制定实施生产安全事故隐患排查治理制度',
  '未制定操作规程和工艺控制指标',
  '未按照国家标准制定动火、进入受限空间等特殊作业管理制度，或者制度未有效执行',
  '新开发的危险化学品生产工艺未经小试、中试、工业化试验直接进行工业化生产；国内首次使用的化工工艺未经过省级人民政府有关部门组织的安全可靠性论证；新建装置未制定试生产方案投料开车；精细化工企业未按规范性文件要求开展反应安全风险评估',
  '未按国家标准分区分类储存危险化学品，超量、超品种储存危险化学品，相互禁配物质混放混存',
] as const;

const HAZARDOUS_CHEMICALS = keyIndustryScope('hazardous_chemicals');

export const CHEMICALS_2017: ChecklistLibrary = {
  id: 'chemicals-2017',
  name: '化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）',
  industryScope: HAZARDOUS_CHEMICALS,
  edition: '安监总管三〔2017〕121号，2017年印发（试行）',
  source: 'domain-rules §2.3 B (pages 918178.cn, anzhuopai.com, 163.com for items 1–15)',
  items: TEXTS.map(
    (text, i): ChecklistItem => ({
      code: `HC17-${String(i + 1).padStart(2, '0')}`,
      standard: STANDARD,
      article: null,
      item: chinese(i + 1),
      text,
      industryScope: HAZARDOUS_CHEMICALS,
      isMajorCriterion: true,
      checkType: 'boolean',
      phrasing: 'violation',
      confidence: i + 1 <= 15 ? 'H' : 'M',
    }),
  ),
};
