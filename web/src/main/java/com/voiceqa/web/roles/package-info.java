/**
 * Reviewers' corrections of who said what (mono badge audio is diarized, so a call's roles can be wrong): swap or fix
 * speakers, then the call is scored and indexed again. Depends on {@code calls} and {@code pipeline}; nothing depends
 * on it.
 */
package com.voiceqa.web.roles;
