package com.voiceqa.web.handover;

import com.voiceqa.web.retention.AccountStatusService;
import com.voiceqa.web.users.UserDisabled;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A disabled rep's accounts are at risk until someone takes them over. */
@Component
class DepartureListener {

    static final String NOTE = "负责人已停用，待交接";

    private final HandoverRepository accounts;
    private final AccountStatusService statuses;

    DepartureListener(HandoverRepository accounts, AccountStatusService statuses) {
        this.accounts = accounts;
        this.statuses = statuses;
    }

    @EventListener
    void onUserDisabled(UserDisabled event) {
        accounts.ownedBy(event.userId()).forEach(account -> statuses.flagAtRisk(account, NOTE));
    }
}
