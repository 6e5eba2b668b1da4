/**
 * The daily digest per manager (每日摘要): what needs the manager's attention in their team's accounts (new high-risk
 * accounts, overdue follow-ups, silent accounts, handovers waiting), composed with the manager's own visibility and
 * sent to the manager's own alert channels once per day.
 */
package com.voiceqa.web.digest;
