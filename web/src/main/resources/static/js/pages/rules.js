// Rules editor: a pack's JSON with validation (syntax here, semantics on the server), a dry run of the draft on a
// chosen call, saving as a new version (admin) and the version history. #/rules?pack=<id>&version=<n>
import { api } from '../api.js';
import { badge, card, dateTime, errorBox, h, mount, number, table } from '../dom.js';
import { categoryLabel, riskLabel, riskTone, severityLabel } from '../labels.js';
import { link, navigate } from '../router.js';
import { hitCard } from '../components/hit-card.js';

/** Parses the editor text; a syntax error names the line and column so it can be found. */
function parseDraft(text) {
  try {
    return { pack: JSON.parse(text) };
  } catch (error) {
    const at = Number(error.message.match(/position (\d+)/)?.[1]);
    if (Number.isNaN(at)) return { problem: `JSON 格式错误：${error.message}` };
    const before = text.slice(0, at).split('\n');
    return { problem: `JSON 格式错误：第 ${before.length} 行第 ${before.at(-1).length + 1} 列附近（${error.message}）` };
  }
}

/** Validation errors are sentences that name the rule and field. */
function problems(list) {
  return h('ul', { class: 'problems' }, list.map(e => h('li', {}, typeof e === 'string' ? e : JSON.stringify(e))));
}

function rulesTable(pack) {
  return table([
    { title: '规则', value: r => r.name ?? r.id },
    { title: '类别', value: r => categoryLabel(r.category) },
    { title: '严重度', value: r => severityLabel(r.severity) },
    { title: '分值', class: 'num', value: r => number(r.points, 0) },
    { title: '', value: r => [r.required ? badge('必做项', 'info') : null, r.veto ? badge('一票否决', 'danger') : null] },
  ], pack?.rules ?? [], { empty: '该规则包没有规则' });
}

/** One condition of a rule in a dry run: what it looks for, whether it held, where, and what was ruled out. */
function conditionLine(c) {
  const rejected = (c.rejected ?? []).map(r => `“${r.where?.text ?? ''}”（${r.reason}）`).join('、');
  return h('div', { class: 'small' }, c.satisfied ? '✓ ' : '✗ ', h('code', {}, c.conditionId), ` ${c.summary ?? ''}`,
    (c.hits ?? []).length ? h('span', { class: 'muted' }, ` · 命中 ${c.hits.map(e => `“${e.text}”`).join('、')}`) : null,
    rejected ? h('span', { class: 'muted' }, ` · 已排除 ${rejected}`) : null);
}

function explanationTable(explanations) {
  return table([
    { title: '规则', value: e => e.ruleId },
    { title: '表达式', value: e => h('code', {}, e.expression ?? '') },
    { title: '结果', value: e => (e.finding ? badge(e.matched ? '命中' : '缺失', 'danger') : badge('通过', 'ok')) },
    { title: '条件', value: e => (e.conditions ?? []).map(conditionLine) },
  ], explanations);
}

function dryRunResult(result, user) {
  const evaluation = result.evaluation;
  const go = ev => navigate('calls', result.callId, { t: ev.startSeconds, u: ev.utterance });
  const explanations = result.explanations ?? [];
  const findings = explanations.filter(e => e.finding);
  const others = explanations.filter(e => !e.finding);
  return [
    h('p', {}, `试运行 ${result.callId}：`,
      evaluation.maxScore > 0 ? `得分 ${number(evaluation.score, 0)} / ${number(evaluation.maxScore, 0)} ` : '',
      evaluation.vetoed ? badge('一票否决', 'danger') : null,
      badge(`流失风险：${riskLabel(evaluation.churnRisk)}`, riskTone(evaluation.churnRisk))),
    evaluation.hits.length ? evaluation.hits.map(hit => hitCard(hit, { user, callId: result.callId, onEvidence: go }))
      : h('p', { class: 'empty' }, '没有命中'),
    h('h2', {}, '判断过程'),
    findings.length ? explanationTable(findings) : null,
    h('details', {}, h('summary', {}, `其余 ${others.length} 条规则（未命中）的判断过程`), explanationTable(others)),
  ];
}

async function editor(root, user, query, packs) {
  const packId = query.pack ?? packs[0]?.packId;
  const [current, versions, calls] = await Promise.all([
    api.get(`/rules/${encodeURIComponent(packId)}${query.version ? `/versions/${query.version}` : ''}`),
    api.get(`/rules/${encodeURIComponent(packId)}/versions`),
    api.get('/calls', { size: 100, status: 'done' }),
  ]);
  const text = h('textarea', { class: 'editor', spellcheck: 'false', id: 'rule-json' }, JSON.stringify(current.pack, null, 2));
  const output = h('div', { id: 'rule-output' });
  const overview = h('div', {}, rulesTable(current.pack));
  const callPick = h('select', { id: 'dry-run-call' }, calls.items.map(c => h('option', { value: c.id }, `${c.id} · ${c.account?.name ?? ''}`)));
  const comment = h('input', { placeholder: '修改说明（保存时填写）', maxlength: 500 });

  const draft = () => {
    const parsed = parseDraft(text.value);
    if (parsed.problem) mount(output, errorBox(new Error(parsed.problem)));
    else mount(overview, rulesTable(parsed.pack));
    return parsed.pack;
  };
  // run(label, action) makes a button handler: parse the draft, show progress, then action's result or error.
  const run = (label, action) => async () => {
    const pack = draft();
    if (!pack) return;
    mount(output, h('p', { class: 'loading' }, `${label}中…`));
    try { mount(output, await action(pack)); } catch (error) { mount(output, errorBox(error)); }
  };
  const validate = run('校验', async pack => {
    const result = await api.post('/rules/validate', { pack });
    return result.valid ? h('p', { class: 'notice' }, '✓ 校验通过') : [h('p', {}, '校验未通过：'), problems(result.errors)];
  });
  const dryRun = run('试运行', async pack => dryRunResult(await api.post('/rules/dry-run', { callId: callPick.value, pack }), user));
  const save = run('保存', async pack => {
    const saved = await api.put(`/rules/${encodeURIComponent(packId)}`, { pack, comment: comment.value.trim() });
    setTimeout(() => navigate('rules', { pack: packId }), 800);
    return h('p', { class: 'notice' }, `已保存为第 ${saved.version} 版，新通话将使用此版本`);
  });

  mount(root, h('h1', {}, '质检规则'),
    h('div', { class: 'tabs' }, packs.map(p => h('button', {
      class: p.packId === packId ? 'active' : null, onclick: () => navigate('rules', { pack: p.packId }),
    }, `${p.name}（${p.ruleCount}）`))),
    h('div', { class: 'row' },
      h('div', { class: 'grow2' }, card(`${current.pack?.name ?? packId} · 第 ${current.version} 版${query.version ? '（历史版本）' : ''}`, [
        text,
        h('div', { class: 'toolbar' },
          h('button', { onclick: validate }, '校验'),
          h('label', {}, '试运行通话 ', callPick), h('button', { onclick: dryRun }, '试运行'),
          user.role === 'admin' ? [comment, h('button', { class: 'primary', onclick: save }, '保存新版本')] : h('span', { class: 'small muted' }, '只有管理员可以保存')),
        output])),
      h('div', {},
        card('规则一览', overview),
        card('版本历史', table([
          { title: '版本', value: v => h('a', { href: link('rules', { pack: packId, version: v.version }) }, `第 ${v.version} 版`) },
          { title: '时间', value: v => dateTime(v.createdAt) },
          { title: '作者', value: v => v.author?.name ?? '—' },
          { title: '说明', value: v => v.comment ?? '' },
        ], versions)))));
}

export async function render(root, { user, query }) {
  const packs = await api.get('/rules');
  if (!packs.length) {
    mount(root, h('h1', {}, '质检规则'), h('p', { class: 'empty' }, '还没有规则包'));
    return;
  }
  await editor(root, user, query, packs);
}
