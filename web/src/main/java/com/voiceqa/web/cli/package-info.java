/**
 * The web module's commands of {@code ./voiceqa} ({@code serve}, {@code admin}) and what they check before the
 * product starts: the one data folder, its lock, the ports, and the small offline context of a command run with the
 * product stopped ({@code OfflineContext}).
 */
package com.voiceqa.web.cli;
