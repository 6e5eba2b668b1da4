// Chinese display names for the codes the API uses. Unknown codes are shown as they are, so a new rule category
// still displays (in its raw form) before it is given a name here.

const RISK = { none: '无风险', low: '低', medium: '中', high: '高' };
const RISK_TONE = { none: 'ok', low: 'info', medium: 'warn', high: 'danger' };

const CHURN_CATEGORY = {
  price: '价格', competitor: '竞品', service: '服务', quality: '质量', communication: '沟通不足',
  contact_change: '对接人变动', demand_reduction: '需求缩减', non_renewal: '不续约', channel_conflict: '窜货/渠道冲突',
};

/** Words people search for a churn category although customers rarely say them (nobody says 竞品 on a call). */
const CHURN_CATEGORY_WORDS = {
  太贵: 'price', 贵: 'price', 涨价: 'price', 竞争对手: 'competitor', 对手: 'competitor', 友商: 'competitor',
  投诉: 'service', 售后: 'service', 质量问题: 'quality', 故障: 'quality', 续约: 'non_renewal', 换人: 'contact_change',
};

const QA_ITEM = {
  greeting: '开场问候', self_intro: '自我介绍', needs_discovery: '需求挖掘', forbidden_words: '禁语',
  over_promise: '违规承诺', next_step: '明确下一步', closing: '结束语', long_silence: '长时间静默',
  negative_emotion: '负面情绪',
  interruption: '抢话', speech_rate: '语速',
};

const SPEAKER = { rep: '销售', customer: '客户', mixed: '双方' };
const ROLE = { admin: '管理员', manager: '主管', rep: '销售' };
const REVIEW_STATUS = {
  pending: '待复核', reviewed: '已复核', appealed: '申诉中', resolved: '已裁定', closed: '已关闭',
};
const SEVERITY = { info: '提示', low: '低', medium: '中', high: '高', critical: '致命' };

const lookup = table => code => (code == null ? '—' : table[String(code).toLowerCase()] ?? String(code));

export const riskLabel = lookup(RISK);
/** A risk level as a phrase: 高风险, 中风险, 低风险, 无风险. */
export const riskText = code => (String(code ?? '').toLowerCase() === 'none' ? riskLabel(code) : `${riskLabel(code)}风险`);
export const riskTone = code => RISK_TONE[String(code ?? '').toLowerCase()] ?? 'neutral';
export const churnCategoryLabel = lookup(CHURN_CATEGORY);
export const qaItemLabel = lookup(QA_ITEM);
export const speakerLabel = lookup(SPEAKER);
export const roleLabel = lookup(ROLE);
export const reviewStatusLabel = lookup(REVIEW_STATUS);
export const severityLabel = lookup(SEVERITY);
/** A category of either kind: churn categories first, then QA items. */
export const categoryLabel = code => CHURN_CATEGORY[String(code ?? '').toLowerCase()] ?? qaItemLabel(code);

export const RISK_LEVELS = Object.keys(RISK);

const ACCOUNT_STATUS = { active: '正常', at_risk: '有风险', lost: '已流失', won_back: '已挽回' };
const ACCOUNT_STATUS_TONE = { active: 'ok', at_risk: 'warn', lost: 'danger', won_back: 'info' };
/** Why an account was lost: the churn categories plus "other" (docs/retention.md). */
export const LOSS_REASONS = [...Object.keys(CHURN_CATEGORY), 'other'];

export const accountStatusLabel = lookup(ACCOUNT_STATUS);
export const accountStatusTone = code => ACCOUNT_STATUS_TONE[String(code ?? '').toLowerCase()] ?? 'neutral';
export const lossReasonLabel = code => (code === 'other' ? '其他' : churnCategoryLabel(code));
export const ACCOUNT_STATUSES = Object.keys(ACCOUNT_STATUS);

const ISSUE_STATE = { open: '未处理', in_progress: '处理中', resolved: '已解决' };
const ISSUE_STATE_TONE = { open: 'danger', in_progress: 'warn', resolved: 'ok' };
const DIRECTION = { rising: '上升', falling: '下降', stable: '平稳' };
export const issueStateLabel = lookup(ISSUE_STATE);
export const issueStateTone = code => ISSUE_STATE_TONE[String(code ?? '').toLowerCase()] ?? 'neutral';
export const directionLabel = lookup(DIRECTION);

const TIER = { key: '重点客户', standard: '普通客户', unrated: '未评级' };
export const tierLabel = lookup(TIER);
export const TIERS = Object.keys(TIER);

/** The churn category a search text names (its label, e.g. 竞品, or a word for it, e.g. 太贵), or null. */
export function churnCategoryFor(text) {
  const word = String(text ?? '').replaceAll('"', '').trim();
  return Object.keys(CHURN_CATEGORY).find(code => CHURN_CATEGORY[code] === word) ?? CHURN_CATEGORY_WORDS[word] ?? null;
}

/** The live engine's capacity figures on 实时监控 (GET /api/live/status → capacity), in the order shown. */
export const CAPACITY_LABELS = {
  liveSessions: '进行中通话', channels: '实时转写占用', queuedRecordings: '排队待转写', catchingUp: '追赶转写',
  coresUsed: '解码占用',
  worstBacklogSeconds: '最大积压',
};
