/**
 * Rep departure: when a rep is disabled their accounts are flagged at risk and listed for handover; managers and
 * admins reassign them in bulk, and every change of owner is kept. The new owner sees the account's whole call
 * history through {@link com.voiceqa.web.security.VisibilityScope#calls}. Depends on {@code users} (the
 * {@code UserDisabled} event) and {@code retention} (the at-risk flag).
 */
package com.voiceqa.web.handover;
