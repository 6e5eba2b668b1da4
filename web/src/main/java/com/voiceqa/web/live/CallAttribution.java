package com.voiceqa.web.live;

import com.voiceqa.core.events.CallMetadata;
import com.voiceqa.web.accounts.AccountRepository;
import com.voiceqa.web.devices.DeviceRepository;
import com.voiceqa.web.pipeline.CallStore;
import com.voiceqa.web.pipeline.NewCall;
import com.voiceqa.web.security.CurrentUser;
import com.voiceqa.web.users.UserRepository;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Who a device call belongs to, and its row: the rep is the one the device is registered to, the account the one the
 * device declared (created for that rep when new). The one way a device call gets its row, live or after a restart.
 */
@Component
class CallAttribution {

    private final UserRepository users;
    private final AccountRepository accounts;
    private final DeviceRepository devices;
    private final CallStore store;

    CallAttribution(UserRepository users, AccountRepository accounts, DeviceRepository devices, CallStore store) {
        this.users = users;
        this.accounts = accounts;
        this.devices = devices;
        this.store = store;
    }

    /**
     * The rep a device call belongs to. What the device declares (its rep id) is not evidence: any device, or an
     * anonymous loopback client, could name any rep.
     */
    Optional<CurrentUser> rep(CallMetadata meta) {
        return devices.rep(meta.deviceId()).flatMap(users::principal);
    }

    /** Attributes the call and stores its row once (a call already stored keeps its row and attribution). */
    NewCall register(CallMetadata meta, Optional<CurrentUser> rep) {
        Long repId = rep.map(CurrentUser::id).orElse(null);
        Long accountId = meta.accountId().isBlank() ? null : accounts.ensure(meta.accountId(), repId);
        return store.register(new NewCall(meta.callId(), "device", repId, accountId, meta.deviceId(),
                meta.recordedAt(), 0, null, meta.format().layout()));
    }

    /** The account's owner, whose dashboard also sees the call. */
    Optional<Long> accountOwner(long accountId) {
        return accounts.owner(accountId);
    }

    /** Marks the device as seen now. */
    void deviceSeen(String deviceId) {
        devices.touch(deviceId);
    }
}
