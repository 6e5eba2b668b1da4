package com.voiceqa.web.issues;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At startup, raises the account issues of stored calls that have none yet (data from before this feature). */
@Component
@Order(0)
class IssueBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IssueBackfill.class);

    private final IssueRaiser raiser;

    IssueBackfill(IssueRaiser raiser) {
        this.raiser = raiser;
    }

    @Override
    public void run(ApplicationArguments args) {
        int calls = raiser.backfill();
        if (calls > 0) {
            log.info("account issues raised from {} stored calls", calls);
        }
    }
}
