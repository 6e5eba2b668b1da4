/**
 * The web module's commands of {@code ./voiceqa} ({@code serve}, {@code admin}) and what they check before the
 * product starts: the one data folder, its lock, the ports.
 */
package com.voiceqa.web.cli;
